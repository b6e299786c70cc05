package vn.plancheck.annotate;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.plancheck.ingest.ReadingOrder;

/**
 * The text of one PDF page, each character mapped to the glyph that draws it, so that the words of a quote can be
 * turned into the boxes a highlight covers. The lines are those the PDF reader gives, in its order, so that a quote
 * running over two lines of a header cell is found, and "line N of the page" in a finding's location is line N
 * here: rows by position are cut where a gap is wider than two font sizes (not before a number's "/…", not after a
 * lone "Số:"), and a borderless two-column table (the header, the recipients and signature) is read left column
 * first, as {@code ingest.ReadingOrder} reads it. Word gaps and line ends are characters with no glyph.
 */
final class PageGlyphs extends PDFTextStripper {
    private static final float GAP_IN_FONT_SIZES = 2f;
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?iu)s[ốôo]\\s*:?");

    /** A word as PDFBox cut it. */
    private record Word(List<TextPosition> glyphs) {
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

        String text() {
            StringBuilder b = new StringBuilder();
            for (TextPosition p : glyphs) {
                b.append(p.getUnicode() == null ? "" : Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC));
            }
            return b.toString();
        }
    }

    /** Words of one line piece between column gaps, with its left and right edges. */
    private record Segment(List<Word> words, float x0, float x1) implements ReadingOrder.Span {
    }

    private final List<List<Word>> rows = new ArrayList<>();
    private List<Word> row = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();

    private PageGlyphs() {
        setSortByPosition(true);
    }

    /** The text of page {@code page} (1-based). */
    static PageGlyphs of(PDDocument doc, int page) throws IOException {
        PageGlyphs g = new PageGlyphs();
        g.setStartPage(page);
        g.setEndPage(page);
        g.writeText(doc, Writer.nullWriter());
        g.endRow();
        g.build();
        return g;
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        List<TextPosition> kept = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() != null && !p.getUnicode().isBlank()) {
                kept.add(p);
            } else if (!kept.isEmpty()) {
                row.add(new Word(kept));
                kept = new ArrayList<>();
            }
        }
        if (!kept.isEmpty()) {
            row.add(new Word(kept));
        }
    }

    @Override
    protected void writeLineSeparator() {
        endRow();
    }

    private void endRow() {
        if (!row.isEmpty()) {
            rows.add(row);
            row = new ArrayList<>();
        }
    }

    /** Lays the rows out in reading order as text, one segment per line. */
    private void build() {
        List<List<Segment>> cut = new ArrayList<>();
        for (List<Word> r : rows) {
            cut.add(segments(r));
        }
        List<Segment> ordered = ReadingOrder.orderSegments(cut);
        for (Segment s : ordered) {
            if (text.length() > 0) {
                gap('\n');
            }
            for (int i = 0; i < s.words().size(); i++) {
                if (i > 0) {
                    gap(' ');
                }
                for (TextPosition p : s.words().get(i).glyphs()) {
                    String nfc = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC);
                    for (int k = 0; k < nfc.length(); k++) {
                        text.append(nfc.charAt(k));
                        glyphs.add(p);
                    }
                }
            }
        }
    }

    private static List<Segment> segments(List<Word> row) {
        List<Segment> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float start = 0;
        float end = Float.NaN;
        for (Word w : row) {
            String lead = w.text();
            boolean cut = !Float.isNaN(end) && w.x0() - end > GAP_IN_FONT_SIZES * w.fontSize() && !lead.startsWith("/")
                    && !(!lead.isEmpty() && Character.isDigit(lead.charAt(0)) && NUMBER_LABEL.matcher(piece.toString().strip()).matches());
            if (cut) {
                out.add(new Segment(words, start, end));
                words = new ArrayList<>();
                piece.setLength(0);
            }
            if (words.isEmpty()) {
                start = w.x0();
            }
            words.add(w);
            piece.append(lead).append(' ');
            end = w.x1();
        }
        if (!words.isEmpty()) {
            out.add(new Segment(words, start, end));
        }
        return out;
    }


    private void gap(char c) {
        text.append(c);
        glyphs.add(null);
    }

    String text() {
        return text.toString();
    }

    /** The 1-based line of the page that character {@code index} is on. */
    int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The boxes of the characters [span], one per line of the page they lie on, as quadrilaterals in the page's
     * user space (x1 y1 x2 y2 x3 y3 x4 y4: upper left, upper right, lower left, lower right, the order viewers
     * expect). Glyph boxes are taken from the font size, tall enough for Vietnamese stacked diacritics.
     */
    float[] quads(TextKey.Span span, PDRectangle cropBox) {
        List<float[]> boxes = new ArrayList<>();
        float[] box = null;
        TextPosition previous = null;
        for (int i = span.start(); i < span.end() && i < glyphs.size(); i++) {
            TextPosition p = glyphs.get(i);
            if (p == null || p == previous) {
                continue;
            }
            float size = size(p);
            float left = p.getXDirAdj();
            float right = left + p.getWidthDirAdj();
            float top = p.getYDirAdj() - size * 0.95f;
            float bottom = p.getYDirAdj() + size * 0.25f;
            boolean sameLine = previous != null && Math.abs(p.getYDirAdj() - previous.getYDirAdj()) < size * 0.6f
                    && left >= previous.getXDirAdj() - size;
            if (box == null || !sameLine) {
                box = new float[] {left, top, right, bottom};
                boxes.add(box);
            } else {
                box[0] = Math.min(box[0], left);
                box[1] = Math.min(box[1], top);
                box[2] = Math.max(box[2], right);
                box[3] = Math.max(box[3], bottom);
            }
            previous = p;
        }
        float[] quads = new float[boxes.size() * 8];
        float x0 = cropBox.getLowerLeftX();
        float yTop = cropBox.getUpperRightY();
        for (int i = 0; i < boxes.size(); i++) {
            float[] b = boxes.get(i);
            float l = x0 + b[0];
            float r = x0 + b[2];
            float t = yTop - b[1];
            float d = yTop - b[3];
            System.arraycopy(new float[] {l, t, r, t, l, d, r, d}, 0, quads, i * 8, 8);
        }
        return quads;
    }

    private static float size(TextPosition p) {
        float s = p.getFontSizeInPt();
        return s > 1 ? s : Math.max(p.getHeightDir() * 1.4f, 8f);
    }
}
