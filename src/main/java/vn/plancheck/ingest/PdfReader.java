package vn.plancheck.ingest;

import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Location;

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
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PDF through PDFBox 3, page by page: the page's text and the text of its annotations (form fields, stamps,
 * signature boxes), sorted by position, table columns split and two-column tables read cell by cell
 * ({@link ColumnSplittingStripper}, {@link ReadingOrder}). Line numbers run over the
 * extracted lines; locations are the page and the line on the page. Besides the text, it tells three kinds of useless
 * PDF apart, because each needs a different fix from the user: a scan without a text layer (OCR it),
 * a password (remove it), and fonts without a Unicode map (export again from the source document).
 */
final class PdfReader implements FormatReader {
    /** Fewer letters than this on a page: nothing a plan could be checked on (measured: text pages have 130+). */
    static final int MIN_LETTERS_PER_PAGE = 20;
    private static final int MAX_FORM_DEPTH = 5;
    /** White space and the space characters Java's {@code \s} does not match. */
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u205F\\u3000]+");

    @Override
    public SourceText read(Path file, String displayName) throws IOException, UnreadableDocumentException {
        FileMagic magic = FileMagic.of(file);
        if (magic != FileMagic.PDF) {
            throw Problems.unreadable(magic == FileMagic.OTHER ? Problems.corrupt("pdf") : Problems.misnamed("pdf", magic));
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return extract(doc, displayName);
        } catch (DocumentClock.TimeLimitExceeded e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw Problems.unreadable(Problems.PDF_PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            throw Problems.unreadable(Problems.corrupt("pdf"), e);
        }
    }

    private static SourceText extract(PDDocument doc, String displayName) throws IOException, UnreadableDocumentException {
        ColumnSplittingStripper stripper = new ColumnSplittingStripper();
        TextLines lines = new TextLines();
        List<SignatureBox> signatureBoxes = new ArrayList<>();
        List<Integer> scannedPages = new ArrayList<>();
        int textlessPages = 0;
        int anyImages = 0;
        int visible = 0;
        int garbage = 0;
        int pages = doc.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            DocumentClock.checkpoint(DocumentClock.Stage.READ);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            String text = stripper.getText(doc);
            int letters = (int) text.codePoints().filter(Character::isLetter).count();
            boolean images = hasImages(doc.getPage(p - 1).getResources(), 0);
            anyImages += images ? 1 : 0;
            if (letters < MIN_LETTERS_PER_PAGE) {
                textlessPages++;
                if (images) {
                    scannedPages.add(p);
                }
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    visible++;
                    if (isGarbage(c)) {
                        garbage++;
                    }
                }
            }
            int onPage = addPage(lines, text, p);
            if (!stripper.signatureLines().isEmpty()) {
                signatureBoxes.add(new SignatureBox(p, onPage, stripper.signatureLines()));
            }
        }
        for (SignatureBox box : signatureBoxes) {
            for (int i = 0; i < box.lines().size(); i++) {
                add(lines, box.lines().get(i), Location.pageLine(box.page(), box.linesOnPage() + i + 1));
            }
        }
        if (pages == 0 || textlessPages == pages) {
            throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, anyImages > 0 ? Problems.SCANNED : Problems.NO_TEXT);
        }
        if (garbage * 10 > visible * 3) {
            throw Problems.unreadable(Problems.NO_UNICODE_MAP);
        }
        if (!scannedPages.isEmpty()) {
            lines.note("Trang " + scannedPages.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " không có lớp văn bản (ảnh scan): nội dung các trang này không được kiểm tra.");
        }
        return lines.build(displayName, "pdf");
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
