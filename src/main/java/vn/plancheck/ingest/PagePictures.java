package vn.plancheck.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFPictureData;

import vn.plancheck.ocr.OcrException;

/**
 * A Word file that holds only pictures of its pages (a scan pasted into Word): the pictures large enough to be a
 * page are read by Tesseract, in document order, each as a page ("trang N" is the N-th such picture). A logo, a
 * signature or a stamp is smaller than {@link #MIN_SIDE} pixels and is left out; so is a picture ImageIO cannot
 * decode (EMF, WMF).
 */
final class PagePictures {
    /** A picture whose shorter side has fewer pixels is no page (an A4 page at 100 dpi is 827 pixels wide). */
    static final int MIN_SIDE = 600;

    private PagePictures() {
    }

    /**
     * The text of the page pictures, or null when none of the pictures is large enough to be a page.
     *
     * @param what     what the file is, for the message when it cannot be recognised here ("Tệp Word chỉ chứa ảnh …")
     * @param progress told of each page read
     */
    static SourceText read(List<XWPFPictureData> pictures, String displayName, String what, ScanProgress progress)
            throws UnreadableDocumentException {
        Scans scans = new Scans(displayName, progress);
        int pages = pageCount(pictures);
        TextLines lines = new TextLines();
        int page = 0;
        int letters = 0;
        String problem = null;
        for (XWPFPictureData picture : pictures) {
            BufferedImage image;
            try {
                image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
            } catch (IOException | RuntimeException e) {
                image = null;
            }
            if (image == null || Math.min(image.getWidth(), image.getHeight()) < MIN_SIDE) {
                continue;
            }
            if (page == Scans.MAX_PAGES) {
                lines.note(Problems.ocrPagesCut(Scans.MAX_PAGES, pictures.size()));
                break;
            }
            page++;
            if (scans.unavailable() != null) {
                throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, what + Scans.because(scans.unavailable()));
            }
            try {
                Scans.Page read = scans.read(image, Scans.imageDpi(image, 0), page, pages);
                int found = read.letters();
                if (found > 0) {
                    lines.addScan(read, page);
                    letters += found;
                }
            } catch (OcrException e) {
                problem = problem == null ? e.getMessage() : problem;
            }
        }
        if (page == 0) {
            return null;
        }
        if (letters < PdfReader.MIN_LETTERS_PER_PAGE) {
            throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, Problems.WORD_PICTURES_OCR_FAILED
                    + Scans.because(problem != null ? problem : Problems.OCR_PAGE_EMPTY));
        }
        return lines.build(displayName, "docx");
    }

    /**
     * How many of the pictures are pages, from their sizes as their headers state them (nothing is decoded): the
     * progress display's "trang 3/8". A picture whose header cannot be read is counted, as it may be a page.
     */
    private static int pageCount(List<XWPFPictureData> pictures) {
        int n = 0;
        for (XWPFPictureData picture : pictures) {
            try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture.getData()))) {
                java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    continue;
                }
                javax.imageio.ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    n += Math.min(reader.getWidth(0), reader.getHeight(0)) >= MIN_SIDE ? 1 : 0;
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException e) {
                n++;
            }
        }
        return Math.min(n, Scans.MAX_PAGES);
    }
}
