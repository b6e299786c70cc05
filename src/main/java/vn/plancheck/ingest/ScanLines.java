package vn.plancheck.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import vn.plancheck.model.Location;
import vn.plancheck.ocr.OcrPage;
import vn.plancheck.ocr.OcrWord;

/**
 * The lines of a recognised page in reading order, as {@link ColumnSplittingStripper} gives them for a text PDF.
 * Tesseract's page segmentation finds the blocks of a page, but it often reads the two cells of a header row as one
 * line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …") and it orders the blocks of the closing as it likes. So its lines are
 * cut where a gap between two words is wider than {@link #GAP_IN_LINE_HEIGHTS} times the line's height (words of a
 * line are a third of that apart; cells of a header table five times), gathered into the page's visual rows, and
 * handed to {@link ReadingOrder}, which reads a two-column table (the header, "Nơi nhận" beside the signature) cell by
 * cell, left column first.
 *
 * <p>Specks Tesseract reads as punctuation (a dot, a quote mark, a dash alone on a line) are dropped: a lone mark
 * beside a body line would otherwise make the row look like two columns.
 */
final class ScanLines {
    static final double GAP_IN_LINE_HEIGHTS = 1.5;
    /** ... and wider than this many of the page's usual spaces between words. */
    static final double GAP_IN_SPACES = 5.0;
    /** Below this confidence, a word without a letter or digit is taken for a speck and left out of the text. */
    private static final double SPECK_CONFIDENCE = 60;
    /** A box smaller than this share of the line's height on both sides is dust, whatever Tesseract read in it. */
    private static final double DUST = 0.2;
    /** A word without a letter or digit narrower than this share of the line's height is a mark, not a word. */
    private static final double MARK_WIDTH = 0.5;
    /** A space between two lines wider than this share of a line's height, and ... */
    private static final double BLANK_IN_LINE_HEIGHTS = 0.6;
    /** ... than this many times the page's usual space between lines, stands for a blank line. */
    private static final double BLANK_IN_GAPS = 1.6;

    /**
     * A line of the page: its text, its box in the image's pixels, and whether a wider space than between the lines
     * of a paragraph separates it from the line before (where a typed text has a blank line: after the header, around
     * the title, between blocks).
     */
    record Line(String text, int x0, int y0, int x1, int y1, boolean spaceBefore) {
        Line(String text, int x0, int y0, int x1, int y1) {
            this(text, x0, y0, x1, y1, false);
        }

        /** The line's box as shares of a page of {@code width} x {@code height} pixels; null without a size. */
        Location.Area area(int width, int height) {
            if (width <= 0 || height <= 0) {
                return null;
            }
            return new Location.Area((double) x0 / width, (double) y0 / height, (double) x1 / width, (double) y1 / height);
        }
    }

    /** A piece of a Tesseract line between two wide gaps. */
    private record Piece(List<OcrWord> words, int x0, int y0, int x1, int y1, int height) {
        String text() {
            StringBuilder b = new StringBuilder();
            for (OcrWord w : words) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w.text());
            }
            return b.toString();
        }

        double center() {
            return (y0 + y1) / 2.0;
        }

        static Piece of(List<OcrWord> words, int height) {
            int x0 = Integer.MAX_VALUE;
            int y0 = Integer.MAX_VALUE;
            int x1 = Integer.MIN_VALUE;
            int y1 = Integer.MIN_VALUE;
            for (OcrWord w : words) {
                x0 = Math.min(x0, w.left());
                y0 = Math.min(y0, w.top());
                x1 = Math.max(x1, w.right());
                y1 = Math.max(y1, w.bottom());
            }
            return new Piece(List.copyOf(words), x0, y0, x1, y1, height);
        }
    }

    private ScanLines() {
    }

    /** The page's lines in reading order, without the repairs that need the page's pixels. */
    static List<Line> read(OcrPage page) {
        return read(page, null);
    }

    /**
     * The page's lines in reading order, with Tesseract's characteristic misreadings repaired ({@link ScanRepairs}).
     *
     * @param image the page image Tesseract read (its pixels settle the strokes of a Roman numeral), or null
     */
    static List<Line> read(OcrPage page, BufferedImage image) {
        List<Piece> pieces = new ArrayList<>();
        int space = wordSpace(page);
        for (List<OcrWord> line : page.lines()) {
            pieces.addAll(cut(line.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList(), space));
        }
        pieces.removeIf(p -> !hasLetterOrDigit(p.text()) && !"*".equals(p.text()));
        Map<ReadingOrder.Segment, Piece> bySegment = new IdentityHashMap<>();
        List<List<ReadingOrder.Segment>> rows = new ArrayList<>();
        for (List<Piece> row : rows(pieces)) {
            List<ReadingOrder.Segment> segments = new ArrayList<>();
            for (Piece p : row) {
                ReadingOrder.Segment s = new ReadingOrder.Segment(p.text(), p.x0(), p.x1());
                bySegment.put(s, p);
                segments.add(s);
            }
            rows.add(segments);
        }
        List<Line> out = new ArrayList<>();
        for (ReadingOrder.Segment s : ReadingOrder.orderSegments(rows)) {
            Piece p = bySegment.get(s);
            String text = s.text();
            String roman = ScanRepairs.romanLabel(p.words(), image);
            if (roman != null) {
                text = roman + " " + text.strip().replaceFirst("^\\S+\\s*", "");
            }
            out.add(new Line(ScanRepairs.text(text), p.x0(), p.y0(), p.x1(), p.y1()));
        }
        return spaced(out);
    }

    /**
     * Marks the lines that follow a space wider than 1.6 times the usual gap between two lines (and wider than most
     * of a line's height): the typed text's blank lines, which keep a title apart from the paragraph under it. A
     * line that starts higher than the one before (the right column of a table) is never marked.
     */
    private static List<Line> spaced(List<Line> lines) {
        List<Integer> gaps = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            heights.add(lines.get(i).y1() - lines.get(i).y0());
            if (i > 0 && lines.get(i).y0() > lines.get(i - 1).y0()) {
                gaps.add(Math.max(0, lines.get(i).y0() - lines.get(i - 1).y1()));
            }
        }
        if (gaps.isEmpty()) {
            return lines;
        }
        double threshold = Math.max(BLANK_IN_LINE_HEIGHTS * median(heights), BLANK_IN_GAPS * median(gaps));
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean space = i > 0 && l.y0() > lines.get(i - 1).y0() && l.y0() - lines.get(i - 1).y1() > threshold;
            out.add(space ? new Line(l.text(), l.x0(), l.y0(), l.x1(), l.y1(), true) : l);
        }
        return out;
    }

    private static double median(List<Integer> xs) {
        List<Integer> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Cuts a Tesseract line where two words are far apart, except before "/…" and a number after "Số:". Only words
     * measure a gap: a mark (a dash, a dot, a speck Tesseract read as a comma) is narrower than half the line's
     * height and must not bridge a gutter; it goes with the piece it stands next to, or is dropped when it stands
     * alone in the gap. A mark as wide as a word is a word Tesseract could not read: it keeps the line whole.
     */
    private static List<Piece> cut(List<OcrWord> all, int space) {
        if (all.isEmpty()) {
            return List.of();
        }
        int height = lineHeight(all);
        double gutter = Math.max(GAP_IN_LINE_HEIGHTS * height, GAP_IN_SPACES * space);
        List<OcrWord> words = new ArrayList<>();
        for (OcrWord w : all) {
            if (Math.max(w.width(), w.height()) >= DUST * height) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<List<OcrWord>> groups = new ArrayList<>();
        List<OcrWord> current = new ArrayList<>();
        OcrWord last = null;                                  // the last word that measures gaps
        List<OcrWord> marks = new ArrayList<>();              // marks since it
        for (OcrWord w : words) {
            boolean mark = isMark(w, height);
            if (mark) {
                marks.add(w);
                continue;
            }
            if (last != null && inkLeft(w) - inkRight(last) > gutter
                    && !w.text().startsWith("/")
                    && !(Character.isDigit(w.text().charAt(0)) && isNumberLabel(current))) {
                for (OcrWord m : marks) {
                    if (m.left() - last.right() <= height) {
                        current.add(m);                       // "thực hiện./." , "Hạnh phúc -"
                    }
                }
                groups.add(current);
                current = new ArrayList<>();
                for (OcrWord m : marks) {
                    if (w.left() - m.right() <= height) {
                        current.add(m);                       // the dash before a recipient
                    }
                }
            } else {
                current.addAll(marks);
            }
            marks.clear();
            current.add(w);
            last = w;
        }
        for (OcrWord m : marks) {
            if (last == null || m.left() - last.right() <= height) {
                current.add(m);
            }
        }
        groups.add(current);
        List<Piece> out = new ArrayList<>();
        for (List<OcrWord> g : groups) {
            List<OcrWord> kept = g.stream().filter(w -> !isSpeck(w)).toList();
            if (!kept.isEmpty()) {
                out.add(Piece.of(kept, height));
            }
        }
        return out;
    }

    private static boolean isNumberLabel(List<OcrWord> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(w.text()));
        return ColumnSplittingStripper.isNumberLabel(b);
    }

    /**
     * The page's usual space between two words of a line (the median gap between neighbouring words that hold a
     * letter or digit, leaving out gaps wider than a line's height), or 1 when the page has none.
     */
    private static int wordSpace(OcrPage page) {
        List<Integer> gaps = new ArrayList<>();
        for (List<OcrWord> line : page.lines()) {
            List<OcrWord> words = line.stream().filter(w -> hasLetterOrDigit(w.text()))
                    .sorted(Comparator.comparingInt(OcrWord::left)).toList();
            for (int i = 1; i < words.size(); i++) {
                int gap = inkLeft(words.get(i)) - inkRight(words.get(i - 1));
                if (gap > 0 && gap < words.get(i).height()) {
                    gaps.add(gap);
                }
            }
        }
        return gaps.isEmpty() ? 1 : Math.max(1, (int) median(gaps));
    }

    /**
     * Where the letters of a word end: Tesseract's box takes in the dots and dashes run onto it ("DÂN..."), which
     * would narrow the gap to the next column; a mark at either end is measured off as its share of the characters.
     */
    private static int inkRight(OcrWord w) {
        String t = w.text();
        int end = t.length();
        while (end > 0 && !Character.isLetterOrDigit(t.charAt(end - 1))) {
            end--;
        }
        return end == 0 || end == t.length() ? w.right() : w.left() + w.width() * end / t.length();
    }

    private static int inkLeft(OcrWord w) {
        String t = w.text();
        int start = 0;
        while (start < t.length() && !Character.isLetterOrDigit(t.charAt(start))) {
            start++;
        }
        return start == 0 || start == t.length() ? w.left() : w.left() + w.width() * start / t.length();
    }

    /** The median height of the line's words that hold a letter (accents and descenders make some taller). */
    private static int lineHeight(List<OcrWord> words) {
        List<Integer> hs = words.stream().filter(w -> hasLetterOrDigit(w.text())).map(OcrWord::height).sorted().toList();
        if (hs.isEmpty()) {
            hs = words.stream().map(OcrWord::height).sorted().toList();
        }
        return Math.max(1, hs.get(hs.size() / 2));
    }

    /**
     * The page's visual rows, top to bottom, each left to right: a piece joins the row above it when their middles
     * are less than half a line apart and they do not overlap side by side (two lines of one column never share a
     * row, however skewed the scan).
     */
    private static List<List<Piece>> rows(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Piece::center));
        List<List<Piece>> rows = new ArrayList<>();
        for (Piece p : sorted) {
            List<Piece> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && fits(row, p)) {
                row.add(p);
            } else {
                row = new ArrayList<>();
                row.add(p);
                rows.add(row);
            }
        }
        for (List<Piece> row : rows) {
            row.sort(Comparator.comparingInt(Piece::x0));
        }
        return rows;
    }

    private static boolean fits(List<Piece> row, Piece p) {
        for (Piece q : row) {
            boolean sideBySide = p.x1() <= q.x0() || q.x1() <= p.x0();
            if (!sideBySide || Math.abs(p.center() - q.center()) > Math.max(p.height(), q.height()) / 2.0) {
                return false;
            }
        }
        return true;
    }

    /** How many letters the lines hold. */
    static int letters(List<Line> lines) {
        int n = 0;
        for (Line l : lines) {
            n += (int) l.text().codePoints().filter(Character::isLetter).count();
        }
        return n;
    }

    private static boolean isMark(OcrWord w, int height) {
        return !hasLetterOrDigit(w.text()) && w.width() < MARK_WIDTH * height;
    }

    private static boolean isSpeck(OcrWord w) {
        return w.confidence() < SPECK_CONFIDENCE && !hasLetterOrDigit(w.text());
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
