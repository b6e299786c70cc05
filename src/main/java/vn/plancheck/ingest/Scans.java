package vn.plancheck.ingest;

import java.awt.image.BufferedImage;
import java.util.List;

import vn.plancheck.model.DocumentClock;
import vn.plancheck.ocr.Ocr;
import vn.plancheck.ocr.OcrException;

/**
 * Reading scanned pages for the readers: when to recognise, at what resolution, and what to tell the user when
 * recognition cannot run. One instance per document; Tesseract is asked whether it is there only when a page needs
 * it, so documents with a text layer never start it.
 */
final class Scans {
    /** A document has at most this many pages recognised (a plan has a few, with its annexes a few dozen). */
    static final int MAX_PAGES = 60;
    /** PDF pages are rendered at this resolution for recognition (Tesseract reads 10–14 pt text best at 300 dpi). */
    static final int RENDER_DPI = 300;
    /** A page larger than A4 is rendered at a lower resolution so that it stays under this many pixels (A3 at 300 dpi). */
    static final long MAX_PIXELS = 17_500_000L;
    /** Inches across an A4 page: an image file of a page is taken to be that wide when it says nothing else. */
    private static final double A4_WIDTH_INCHES = 8.27;

    private final String file;
    private final ScanProgress progress;
    private Ocr ocr;
    private String unavailable;
    private boolean asked;

    /**
     * @param file     the document as the user named it, for {@code progress}
     * @param progress told of each page read ({@link ScanProgress#NONE} for nobody)
     */
    Scans(String file, ScanProgress progress) {
        this.file = file;
        this.progress = progress == null ? ScanProgress.NONE : progress;
    }

    /** Null when pages can be recognised; else why not, with the command that installs Tesseract (Vietnamese). */
    String unavailable() {
        if (!asked) {
            asked = true;
            ocr = Ocr.configured();
            unavailable = ocr.unavailable();
        }
        return unavailable;
    }

    /**
     * The lines of one page image, in reading order, with the page's size in pixels (their boxes are in it). The time
     * it takes is not counted against the document's time limit ({@link DocumentClock#excuse}): a page has its own
     * (the OCR timeout) and a document at most {@link #MAX_PAGES} recognised pages.
     *
     * @param number the page's number in the document, @param pages the document's pages: for the progress display
     */
    Page read(BufferedImage page, int dpi, int number, int pages) throws OcrException {
        String why = unavailable();
        if (why != null) {
            throw new OcrException(why);
        }
        long start = System.nanoTime();
        progress.pageStarted(file, number, pages);
        try {
            return new Page(ScanLines.read(ocr.read(page, dpi), page), page.getWidth(), page.getHeight());
        } finally {
            DocumentClock.excuse(System.nanoTime() - start);
            progress.pageRead(file, number, pages);
        }
    }

    /** What Tesseract read on a page: the lines and the size of the image their boxes are measured in. */
    record Page(List<ScanLines.Line> lines, int width, int height) {
        int letters() {
            return ScanLines.letters(lines);
        }
    }

    /** The resolution to render a PDF page of {@code widthPt} x {@code heightPt} points at. */
    static float renderDpi(float widthPt, float heightPt) {
        double pixelsAt300 = (widthPt / 72.0 * RENDER_DPI) * (heightPt / 72.0 * RENDER_DPI);
        if (pixelsAt300 <= MAX_PIXELS) {
            return RENDER_DPI;
        }
        return (float) (RENDER_DPI * Math.sqrt(MAX_PIXELS / pixelsAt300));
    }

    /**
     * The resolution of an image of a page: the one the file states when it is plausible, else what it would be if
     * the page were A4 in portrait or landscape (a scanner's 200–600 dpi come out right).
     */
    static int imageDpi(BufferedImage image, int stated) {
        if (stated >= 70 && stated <= 1200) {
            return stated;
        }
        int shorter = Math.min(image.getWidth(), image.getHeight());
        int dpi = (int) Math.round(shorter / A4_WIDTH_INCHES);
        return Math.max(70, Math.min(1200, dpi));
    }

    /** The sentence that says why a scan was not read, to follow a message that ends with a full stop. */
    static String because(String reason) {
        return reason == null ? "" : " " + reason;
    }
}
