package vn.plancheck.ingest;

import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Location;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.plancheck.ocr.OcrException;

/**
 * PDF through PDFBox 3, page by page: the page's text and the text of its annotations (form fields, stamps,
 * signature boxes), sorted by position, table columns split and two-column tables read cell by cell
 * ({@link ColumnSplittingStripper}, {@link ReadingOrder}). Line numbers run over the
 * extracted lines; locations are the page and the line on the page. A page without a text layer that draws an image
 * (a scan), and every page of a PDF without any text, is rendered at 300 dpi and read by Tesseract
 * ({@link Scans}, {@link ScanLines}); its lines are located on the page like a text page's. Besides the text, it
 * tells three kinds of useless PDF apart, because each needs a different fix from the user: a scan that cannot be
 * recognised here (Tesseract is not installed: the message gives the command), a password (remove it), and fonts
 * without a Unicode map (export again from the source document).
 */
final class PdfReader implements FormatReader {
    /** Fewer letters than this on a page: nothing a plan could be checked on (measured: text pages have 130+). */
    static final int MIN_LETTERS_PER_PAGE = 20;
    private static final int MAX_FORM_DEPTH = 5;
    /** White space and the space characters Java's {@code \s} does not match. */
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u205F\\u3000]+");

    @Override
    public SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException {
        FileMagic magic = FileMagic.of(file);
        if (magic != FileMagic.PDF) {
            throw Problems.unreadable(magic == FileMagic.OTHER ? Problems.corrupt("pdf") : Problems.misnamed("pdf", magic));
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return extract(doc, displayName, pages);
        } catch (DocumentClock.TimeLimitExceeded e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw Problems.unreadable(Problems.PDF_PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            throw Problems.unreadable(Problems.corrupt("pdf"), e);
        }
    }

    private static SourceText extract(PDDocument doc, String displayName, ScanProgress progress) throws IOException, UnreadableDocumentException {
        ColumnSplittingStripper stripper = new ColumnSplittingStripper();
        int pages = doc.getNumberOfPages();
        String[] texts = new String[pages];
        int[] letters = new int[pages];
        boolean[] images = new boolean[pages];
        List<SignatureBox> signatureBoxes = new ArrayList<>();
        int textlessPages = 0;
        int anyImages = 0;
        int visible = 0;
        int garbage = 0;
        List<List<String>> signatures = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            DocumentClock.checkpoint(DocumentClock.Stage.READ);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String text = stripper.getText(doc);
            texts[p - 1] = text;
            letters[p - 1] = (int) text.codePoints().filter(Character::isLetter).count();
            images[p - 1] = hasImages(doc.getPage(p - 1).getResources(), 0);
            anyImages += images[p - 1] ? 1 : 0;
            textlessPages += letters[p - 1] < MIN_LETTERS_PER_PAGE ? 1 : 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    visible++;
                    if (isGarbage(c)) {
                        garbage++;
                    }
                }
            }
            signatures.add(stripper.signatureLines());
        }
        // A page without text is a scan when it draws an image; when no page has text, every page is recognised
        // (the letters may have been turned into outlines).
        boolean allTextless = pages > 0 && textlessPages == pages;
        TextLines lines = new TextLines();
        Scans scans = new Scans(displayName, progress);
        PDFRenderer renderer = null;
        List<Integer> unread = new ArrayList<>();
        String ocrProblem = null;
        int ocrLetters = 0;
        int recognised = 0;
        List<Integer> beyond = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            DocumentClock.checkpoint(DocumentClock.Stage.READ);
            int onPage = -1;
            boolean scan = letters[p - 1] < MIN_LETTERS_PER_PAGE && (images[p - 1] || allTextless);
            if (scan && recognised >= Scans.MAX_PAGES) {
                beyond.add(p);
            } else if (scan) {
                recognised++;
                try {
                    if (scans.unavailable() != null) {
                        throw new OcrException(scans.unavailable());
                    }
                    renderer = renderer == null ? new PDFRenderer(doc) : renderer;
                    PDRectangle box = doc.getPage(p - 1).getCropBox();
                    float dpi = Scans.renderDpi(box.getWidth(), box.getHeight());
                    Scans.Page read = scans.read(render(renderer, p, dpi), Math.round(dpi), p, pages);
                    int found = read.letters();
                    if (found > 0) {
                        onPage = lines.addScan(read, p);
                        ocrLetters += found;
                    }
                    if (found < MIN_LETTERS_PER_PAGE && images[p - 1]) {
                        throw new OcrException(Problems.OCR_PAGE_EMPTY);
                    }
                } catch (OcrException e) {
                    ocrProblem = ocrProblem == null ? e.getMessage() : ocrProblem;
                    if (images[p - 1]) {
                        unread.add(p);
                    }
                }
            }
            if (onPage < 0) {
                onPage = addPage(lines, texts[p - 1], p);
            }
            if (!signatures.get(p - 1).isEmpty()) {
                signatureBoxes.add(new SignatureBox(p, onPage, signatures.get(p - 1)));
            }
        }
        for (SignatureBox box : signatureBoxes) {
            for (int i = 0; i < box.lines().size(); i++) {
                add(lines, box.lines().get(i), Location.pageLine(box.page(), box.linesOnPage() + i + 1));
            }
        }
        if (pages == 0 || (allTextless && ocrLetters < MIN_LETTERS_PER_PAGE)) {
            boolean ocrRan = pages > 0 && scans.unavailable() == null;
            String what = anyImages > 0 ? (ocrRan ? Problems.SCANNED_OCR_FAILED : Problems.SCANNED)
                    : (ocrRan ? Problems.NO_TEXT_OCR_FAILED : Problems.NO_TEXT);
            String why = pages == 0 ? null : ocrProblem != null ? ocrProblem : Problems.OCR_PAGE_EMPTY;
            throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, what + Scans.because(why));
        }
        if (garbage * 10 > visible * 3) {
            throw Problems.unreadable(Problems.NO_UNICODE_MAP);
        }
        if (!beyond.isEmpty()) {
            lines.note(Problems.ocrPagesCut(Scans.MAX_PAGES, Scans.MAX_PAGES + beyond.size()));
        }
        if (!unread.isEmpty()) {
            lines.note("Trang " + unread.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " không có lớp văn bản (ảnh scan): nội dung các trang này không được kiểm tra."
                    + Scans.because(ocrProblem));
        }
        return lines.build(displayName, "pdf");
    }

    /** The page as a grey image for recognition; an image PDFBox cannot decode (JBIG2, JPEG 2000) fails the page. */
    private static BufferedImage render(PDFRenderer renderer, int page, float dpi) throws OcrException {
        try {
            return renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw new OcrException("Không dựng được ảnh trang " + page + " để nhận dạng chữ (" + e.getClass().getSimpleName()
                    + "; ảnh nén kiểu JBIG2 hoặc JPEG 2000 cần thêm thư viện giải mã).", e);
        }
    }

    /**
     * Adds the page's lines; returns how many. The stripper ends every line with a separator; the one after the
     * page's last line opens nothing. Line k of the page is the k-th line in reading order (a header table's cells
     * are read one after the other).
     */
    private static int addPage(TextLines lines, String text, int page) {
        String[] parts = text.split("\r\n|\n|\r", -1);
        int count = parts.length;
        while (count > 0 && parts[count - 1].isBlank()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            add(lines, parts[i], Location.pageLine(page, i + 1));
        }
        return count;
    }

    /**
     * The lines of a page's signature boxes ("Ký bởi: …", "Thời gian ký: …"). They come after the whole document's
     * text, so that neither the header they lie over nor a sentence running on to the next page is cut by them;
     * each is located on its page, numbered on from the page's last line.
     */
    private record SignatureBox(int page, int linesOnPage, List<String> lines) {
    }

    private static void add(TextLines lines, String line, Location location) {
        String original = line.strip();
        lines.add(lines.size() + 1, spaces(original), original, location);
    }

    /**
     * In a PDF, spaces only separate: Word's no-break space after "Số:" (which patterns do not take for a space)
     * and the run of spaces left of a blank that was filled in later become one space, as pdftotext writes them.
     * The line's original keeps them.
     */
    static String spaces(String line) {
        return WIDE_SPACES.matcher(line).replaceAll(" ").strip();
    }

    /** U+FFFD, control characters and private-use code points: what fonts without ToUnicode yield. */
    private static boolean isGarbage(char c) {
        return c == '\uFFFD' || (Character.isISOControl(c) && c != '\t') || (c >= '\uE000' && c <= '\uF8FF');
    }

    /** Images drawn on the page, directly or inside form XObjects (scanners often wrap them). */
    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
