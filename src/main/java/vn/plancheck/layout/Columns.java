package vn.plancheck.layout;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.text.DocumentTypes;
import vn.plancheck.text.VietText;

/**
 * Two columns side by side in text: the header (issuer left, national header right) and the closing
 * ("Nơi nhận" left, the signature right) of a plan, as {@code pdftotext -layout} prints a signed PDF or Word's
 * "plain text" writes a table (cells separated by tabs). Lines are split at column gaps; in the header and the
 * closing, the left column is read first and then the right one, which is the order a Word reader gives for
 * the same table, so the parser sees "Số: …" under the issuer and the date under the motto.
 */
final class Columns {
    /** How many lines the header may span before the document type. */
    private static final int HEADER_LINES = 16;
    /** How many lines the closing may span after "Nơi nhận". */
    private static final int CLOSING_LINES = 30;
    /** A cell that starts this close to the right column's edge still belongs to it (centred text). */
    private static final int SLACK = 8;
    private Columns() {
    }

    /**
     * Whether the text was laid out by position: at least two lines hold a column gap (four spaces or a tab
     * between words). Such text also marks paragraphs by indenting their first line.
     */
    static boolean isLaidOutByPosition(List<SourceLine> lines, int[] marks) {
        int gaps = 0;
        int indented = 0;
        int text = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t == null || t.isBlank()) {
                continue;
            }
            text++;
            if (Markup.indent(t) >= 2) {
                indented++;
            }
            // a gap is a tab or four spaces (a run of white space): a line without either is not stripped to be looked at
            if (!Marks.has(marks[i], Marks.PIPE) && Marks.has(marks[i], Marks.TAB | Marks.RUN) && Markup.hasColumnGap(t.strip())) {
                gaps++;
            }
        }
        return gaps >= 2 && indented * 5 >= text;
    }

    /** Whether some lines hold cells separated by tabs (Word's "plain text" of a table). */
    static boolean hasTabRows(List<SourceLine> lines, int[] marks) {
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            // a tab inside the stripped text is a tab of the line: most lines have none and are not stripped
            if (!Marks.has(marks[i], Marks.TAB)) {
                continue;
            }
            String t = l.text().strip();
            if (t.indexOf('\t') > 0 && Markup.columns(t).size() >= 2) {
                rows++;
            }
        }
        return rows >= 1;
    }

    /** Splits lines at column gaps, and reads the header's and the closing's columns one after the other. */
    static List<Piece> arrange(List<Piece> pieces) {
        boolean byPosition = pieces.stream().filter(p -> p.isText() && !p.standalone())
                .filter(p -> Markup.hasColumnGap(p.text().strip())).count() >= 2;
        if (!byPosition) {
            return pieces;
        }
        List<Piece> out = new ArrayList<>(pieces.size() + 16);
        int i = 0;
        while (i < pieces.size()) {
            int zoneEnd = zoneEnd(pieces, i, out.isEmpty() || noTextYet(out));
            if (zoneEnd > i) {
                readColumns(pieces.subList(i, zoneEnd), out);
                i = zoneEnd;
            } else {
                splitRow(pieces.get(i), out);
                i++;
            }
        }
        return out;
    }

    private static boolean noTextYet(List<Piece> out) {
        return out.stream().noneMatch(Piece::isText);
    }

    /** The end (exclusive) of a header or closing zone that starts at {@code i}, or {@code i} when none does. */
    private static int zoneEnd(List<Piece> pieces, int i, boolean atStart) {
        Piece p = pieces.get(i);
        if (!p.isText()) {
            return i;
        }
        String f = VietText.fold(p.text());
        int limit;
        if (atStart) {
            limit = HEADER_LINES;
        } else if (f.startsWith("NOI NHAN")) {
            limit = CLOSING_LINES;
        } else {
            return i;
        }
        int end = i;
        for (int k = i; k < Math.min(pieces.size(), i + limit); k++) {
            Piece q = pieces.get(k);
            if (k > i && q.isText()) {
                String fq = Regex.replaceAll(VietText.fold(q.text()), "[^A-Z ]", "").strip();
                // the header ends at the type line, or, in an official letter (which has none), at "Kính gửi:"
                if (atStart && (isDocType(q.text()) || fq.startsWith("KINH GUI")) || fq.startsWith("PHU LUC")) {
                    break;
                }
            }
            end = k + 1;
        }
        return end;
    }

    /**
     * Whether a line is a document's type line ("KẾ HOẠCH", OCR "KE HO~CH", "BIÊN BẢN HỌP"), as the header parser
     * reads it ({@link DocumentTypes#match}).
     */
    static boolean isDocType(String line) {
        return TYPE_LINES.get(line, l -> DocumentTypes.match(l) != null);
    }

    /**
     * {@link #isDocType} of short lines already asked (up to 64 chars, at most 4,096): matching a line in capitals
     * against every kind, OCR slips allowed, costs some microseconds, and the header's lines above the type line
     * ("ỦY BAN NHÂN DÂN", "TỈNH …", "Số: …") are asked of every document and recur across a batch. The answer depends
     * on the line alone.
     */
    private static final Answers<Boolean> TYPE_LINES = new Answers<>(4096, 64);

    /** The zone's left column, then its right column; the edge is where the leftmost second cell starts. */
    private static void readColumns(List<Piece> zone, List<Piece> out) {
        int edge = Integer.MAX_VALUE;
        for (Piece p : zone) {
            if (p.isText() && p.text().indexOf('\t') < 0) {
                List<Markup.Cell> cells = Markup.columns(p.text());
                if (cells.size() >= 2) {
                    edge = Math.min(edge, cells.get(1).column());
                }
            }
        }
        List<Piece> left = new ArrayList<>();
        List<Piece> right = new ArrayList<>();
        for (Piece p : zone) {
            if (!p.isText()) {
                left.add(p);
                continue;
            }
            boolean tabs = p.text().indexOf('\t') >= 0;
            List<Markup.Cell> cells = Markup.columns(p.text());
            for (int c = 0; c < cells.size(); c++) {
                Markup.Cell cell = cells.get(c);
                boolean isRight = tabs ? c > 0 : edge != Integer.MAX_VALUE && cell.column() >= edge - SLACK;
                boolean rule = Markup.isBoundary(cell.text());  // the short rule under the issuer's name
                Piece piece = new Piece(Layout.cellLine(p.source(), rule ? "" : cell.text(), p.source().location()),
                        rule ? "" : cell.text(), rule ? Piece.Kind.BOUNDARY : Piece.Kind.TEXT, cell.column(), false);
                (isRight ? right : left).add(piece);
            }
        }
        out.addAll(left);
        if (!right.isEmpty()) {
            out.add(new Piece(right.get(0).source(), "", Piece.Kind.BOUNDARY, 0, false));
            out.addAll(right);
            out.add(new Piece(right.get(right.size() - 1).source(), "", Piece.Kind.BOUNDARY, 0, false));
        }
    }

    /** Outside the header and the closing a row of cells (an annex table) is read cell by cell, left to right. */
    private static void splitRow(Piece p, List<Piece> out) {
        if (!p.isText() || p.standalone() || !Markup.hasColumnGap(p.text().strip())) {
            out.add(p);
            return;
        }
        List<Markup.Cell> cells = Markup.columns(p.text());
        for (int c = 0; c < cells.size(); c++) {
            Markup.Cell cell = cells.get(c);
            // the first cell keeps the line's indent: a paragraph's first line is indented in such text
            out.add(new Piece(Layout.cellLine(p.source(), cell.text(), p.source().location()), cell.text(),
                    Piece.Kind.TEXT, c == 0 ? p.indent() : cell.column(), c > 0));
        }
    }
}
