package vn.plancheck.ingest;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A text stripper for signed plans: it reads the text of annotations as well as the page's, cuts lines where table
 * columns meet, and writes two-column tables cell by cell ({@link ReadingOrder}). Every line it writes is one line
 * of the page, in reading order; the signature boxes' lines are kept apart ({@link #signatureLines()}).
 *
 * <p><b>Annotations.</b> Signing tools and e-office systems write the number and the day and month into the
 * blanks of the signed file as form fields, FreeText annotations or stamps, and the signature itself is a widget
 * whose appearance shows "Ký bởi: …", "Thời gian ký: …". PDFTextStripper reads only the page's content, so such
 * a number and date vanish (pdftotext, which draws form fields and annotations, reads them). Here every visible
 * annotation's appearance is read too: text that belongs to the page (fields, FreeText, stamps) joins the page's
 * text at its place; a signature's (a /Sig widget, or an annotation that says "Ký bởi", "Thời gian ký",
 * "Người ký") is read as lines of their own, kept apart, so that a box lying over the date line does not cut
 * into the header. Where the filled-in text lies over the blank's space characters, the spaces are dropped
 * ("2  0  8" would come out otherwise).
 *
 * <p><b>Columns.</b> Sorting by position puts the two cells of a header table row on one line
 * ("Số: /KH-KHCN Bắc Giang, ngày tháng 5 năm 2021"). A gap wider than {@link #GAP_IN_FONT_SIZES} times the font
 * size (1 cm at 14 pt; measured on the fixtures: 2.2 pt between justified words, 31–95 pt between header cells)
 * does not occur between words of running text, so the line is cut there. Two wide gaps inside a line are not
 * columns: the blank left for the number before it is issued ("Số:      /KH-UBND", so a word starting with "/"
 * never starts a new piece), and the tab Word users put between "Số:" and the number ("Số:⇥208/KH-…", so a number
 * right after a lone "Số:" stays with it).
 *
 * <p>One instance per document; not thread-safe.
 */
final class ColumnSplittingStripper extends PDFTextStripper {
    static final float GAP_IN_FONT_SIZES = 2f;
    private static final Logger LOG = LoggerFactory.getLogger(ColumnSplittingStripper.class);

    /** A line piece that is just the number label waiting for its number ("Số:", "SỐ"; NFC). */
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?iu)s[ốôo]\\s*:?");
    /** What signing tools write in a signature box; compared without white space, lower case, NFC. */
    private static final Pattern SIGNATURE_TEXT = Pattern.compile("kýbởi|thờigianký|ngườiký|signedby");
    private static final int MAX_FIELD_DEPTH = 10;

    /** The rows of the page being written, as PDFBox's line builder gives them; null while not capturing. */
    private List<List<Word>> rows;
    /** The lines of the signature boxes of the page written last. */
    private List<String> signatureLines = List.of();

    ColumnSplittingStripper() {
        setSortByPosition(true);
    }

    /** A word as PDFBox cut it: its text and glyphs. */
    private record Word(String text, List<TextPosition> glyphs) {
        float x0() {
            return glyphs.get(0).getXDirAdj();
        }

        float x1() {
            TextPosition last = glyphs.get(glyphs.size() - 1);
            return last.getXDirAdj() + last.getWidthDirAdj();
        }

        float fontSize() {
            return Math.max(glyphs.get(0).getFontSizeInPt(), 1f);
        }
    }

    @Override
    protected void writePage() throws IOException {
        List<List<TextPosition>> page = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            page.add(new ArrayList<>(article));
        }
        List<TextPosition> signatures = new ArrayList<>();
        readAnnotations(getCurrentPage(), page, signatures);
        for (List<TextPosition> article : page) {
            dropFilledInSpaces(article);
        }
        List<String> lines = layOut(page);
        signatureLines = signatures.isEmpty() ? List.of() : layOut(List.of(signatures));
        for (List<TextPosition> article : charactersByArticle) {
            article.clear();
        }
        for (String line : lines) {
            output.write(line);
            output.write(getLineSeparator());
        }
    }

    /**
     * The lines of the signature boxes on the page written last ({@link #getText} wrote the page's own lines), in
     * reading order; empty if it has none.
     */
    List<String> signatureLines() {
        return signatureLines;
    }

    /**
     * Reads the appearance of every visible annotation of the page, one at a time, into the page's articles or,
     * for a signature, into {@code signatures}. A glyph of an annotation is never taken for a duplicate of the
     * page's: a signature box's small letters lie over the date line's, and PDFTextStripper would drop those that
     * happen to fall on the same letter.
     */
    private void readAnnotations(PDPage page, List<List<TextPosition>> articles, List<TextPosition> signatures)
            throws IOException {
        boolean suppress = getSuppressDuplicateOverlappingText();
        setSuppressDuplicateOverlappingText(false);
        try {
            readAnnotationsKeepingDuplicates(page, articles, signatures);
        } finally {
            setSuppressDuplicateOverlappingText(suppress);
        }
    }

    private void readAnnotationsKeepingDuplicates(PDPage page, List<List<TextPosition>> articles,
            List<TextPosition> signatures) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation.isHidden() || annotation.isNoView() || annotation instanceof PDAnnotationLink
                    || annotation instanceof PDAnnotationPopup) {
                continue;
            }
            for (List<TextPosition> article : charactersByArticle) {
                article.clear();
            }
            try {
                showAnnotation(annotation);
            } catch (IOException | RuntimeException e) {
                // a broken appearance costs that annotation's text, not the document
                LOG.debug("Annotation {} on a page not read: {}", annotation.getSubtype(), e.toString());
                continue;
            }
            List<TextPosition> all = new ArrayList<>();
            charactersByArticle.forEach(all::addAll);
            if (all.isEmpty()) {
                continue;
            }
            if (isSignatureWidget(annotation) || saysSigned(all)) {
                signatures.addAll(all);
            } else {
                for (int i = 0; i < charactersByArticle.size(); i++) {
                    articles.get(i).addAll(charactersByArticle.get(i));
                }
            }
        }
    }

    /** A widget of a field of type /Sig (the type may be on the widget or on a parent field). */
    private static boolean isSignatureWidget(PDAnnotation annotation) {
        if (!(annotation instanceof PDAnnotationWidget)) {
            return false;
        }
        COSDictionary d = annotation.getCOSObject();
        for (int depth = 0; d != null && depth < MAX_FIELD_DEPTH; depth++) {
            COSName type = d.getCOSName(COSName.FT);
            if (type != null) {
                return COSName.SIG.equals(type);
            }
            d = d.getCOSDictionary(COSName.PARENT);
        }
        return false;
    }

    private static boolean saysSigned(List<TextPosition> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextPosition p : glyphs) {
            b.append(p.getUnicode());
        }
        String text = Normalizer.normalize(b.toString(), Normalizer.Form.NFC).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        return SIGNATURE_TEXT.matcher(text).find();
    }

    /**
     * Removes space glyphs that a visible glyph lies over: the blank of a draft ("ngày      tháng") into which
     * the number or the day was written later. Spaces elsewhere are kept.
     */
    private static void dropFilledInSpaces(List<TextPosition> glyphs) {
        Map<Integer, List<TextPosition>> inks = new HashMap<>();
        boolean anySpace = false;
        for (TextPosition p : glyphs) {
            if (p.getUnicode().isBlank()) {
                anySpace = true;
            } else {
                inks.computeIfAbsent(band(p), k -> new ArrayList<>()).add(p);
            }
        }
        if (!anySpace) {
            return;
        }
        glyphs.removeIf(p -> p.getUnicode().isBlank() && covered(p, inks));
    }

    /** Rows of the page in bands of 8 units of height, to find glyphs near a space without a full scan. */
    private static int band(TextPosition p) {
        return (int) Math.floor(p.getYDirAdj() / 8);
    }

    private static boolean covered(TextPosition space, Map<Integer, List<TextPosition>> inks) {
        float x0 = space.getXDirAdj();
        float x1 = x0 + space.getWidthDirAdj();
        float y = space.getYDirAdj();
        float h = Math.max(space.getHeightDir(), 1f);
        int band = band(space);
        for (int b = band - 2; b <= band + 2; b++) {
            for (TextPosition ink : inks.getOrDefault(b, List.of())) {
                float ix0 = ink.getXDirAdj();
                float ix1 = ix0 + ink.getWidthDirAdj();
                float overlap = Math.min(x1, ix1) - Math.max(x0, ix0);
                if (overlap > (x1 - x0) / 2 && Math.abs(ink.getYDirAdj() - y) < h / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * PDFBox's own sorting and line and word building over the glyphs (one list per article of the page, or one
     * list), then cutting at columns and ordering.
     */
    private List<String> layOut(List<List<TextPosition>> articles) throws IOException {
        for (int i = 0; i < charactersByArticle.size(); i++) {
            charactersByArticle.get(i).clear();
            if (i < articles.size()) {
                charactersByArticle.get(i).addAll(articles.get(i));
            }
        }
        rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        List<List<Word>> captured;
        try {
            super.writePage();
        } finally {
            captured = rows;
            rows = null;
        }
        List<List<ReadingOrder.Segment>> segmented = new ArrayList<>();
        for (List<Word> row : captured) {
            segmented.add(segments(row));
        }
        return ReadingOrder.order(segmented);
    }

    /** Cuts a row where a gap is wider than {@link #GAP_IN_FONT_SIZES} font sizes, except before a number. */
    private static List<ReadingOrder.Segment> segments(List<Word> row) {
        List<ReadingOrder.Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = 0;
        float end = Float.NaN;
        for (Word w : row) {
            String lead = w.text().stripLeading();
            boolean cut = !Float.isNaN(end) && w.x0() - end > GAP_IN_FONT_SIZES * w.fontSize()
                    && !lead.startsWith("/")
                    && !(startsWithDigit(lead) && isNumberLabel(text));
            if (cut) {
                out.add(new ReadingOrder.Segment(text.toString(), start, end));
                text.setLength(0);
            }
            if (text.length() == 0) {
                start = w.x0();
            } else {
                text.append(' ');
            }
            text.append(w.text());
            end = w.x1();
        }
        if (text.length() > 0) {
            out.add(new ReadingOrder.Segment(text.toString(), start, end));
        }
        return out;
    }

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** Whether {@code piece} is just the label waiting for its number ("Số:"): a number after it is not a column. */
    static boolean isNumberLabel(CharSequence piece) {
        return NUMBER_LABEL.matcher(Normalizer.normalize(piece, Normalizer.Form.NFC).strip()).matches();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (rows == null) {
            super.writeString(text, positions);
        } else if (!positions.isEmpty()) {
            rows.get(rows.size() - 1).add(new Word(text, List.copyOf(positions)));
        }
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        if (rows == null) {
            super.writeWordSeparator();
        }
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        if (rows == null) {
            super.writeLineSeparator();
        } else if (!rows.get(rows.size() - 1).isEmpty()) {
            rows.add(new ArrayList<>());
        }
    }

    @Override
    protected void writePageStart() throws IOException {
        if (rows == null) {
            super.writePageStart();
        }
    }

    @Override
    protected void writePageEnd() throws IOException {
        if (rows == null) {
            super.writePageEnd();
        }
    }
}
