package vn.plancheck.layout;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Location;

/**
 * The layout stage, between reading and parsing: turns the physical lines a reader returns into the plan's
 * logical lines. Readers of Word files already give one line per paragraph or cell; text files and PDFs give
 * lines as a page or a web page broke them, so here
 * <ul>
 *   <li>invisible and look-alike characters are normalised ({@link Invisibles});</li>
 *   <li>markup is dropped: markdown emphasis, pseudo-table pipes and rules, page numbers ({@link Markup});</li>
 *   <li>table rows are split into cells, and two columns laid side by side are read column by column in the
 *       header and the closing ({@link Columns});</li>
 *   <li>hard-wrapped lines of one sentence, heading, header field or signature line are joined ({@link Wraps});</li>
 *   <li>a line of thousands of chars (line breaks lost) is cut into sentences ({@link LongLines});</li>
 *   <li>the header is found wherever it starts, and what precedes it (a web page's banner) is left out
 *       ({@link HeaderStart}).</li>
 * </ul>
 * Every logical line keeps the physical lines it came from ({@link SourceLine#parts()}), so a finding can be
 * placed and quoted in the original ({@link Quotes}). Thread-safe; its only state is bounded caches of answers that
 * depend on a line or an evidence alone (a type line, the national header, a quote's pattern), shared by the
 * documents of a batch.
 */
public final class Layout {
    private Layout() {
    }

    /** The logical lines of {@code raw}; a text already laid out is returned as it is. */
    public static SourceText apply(SourceText raw) {
        if (raw.isLaidOut()) {
            return raw;
        }
        DocumentClock.checkpoint(DocumentClock.Stage.LAYOUT);
        // a scan's lines are a page's lines, whatever the file (a Word file of page pictures, an image)
        boolean flowing = "txt".equals(raw.format()) || "pdf".equals(raw.format()) || raw.isOcr();
        Scratch scratch = new Scratch();
        // each line's chars are read once here; the tests below ask its marks before reading it again
        int[] marks = flowing ? Marks.ofLines(raw.lines(), scratch) : null;
        boolean byPosition = flowing && Columns.isLaidOutByPosition(raw.lines(), marks);
        List<Piece> pieces = flowing ? flowingPieces(raw.lines(), marks, byPosition, scratch) : paragraphPieces(raw.lines(), scratch);
        if (flowing && (byPosition || Columns.hasTabRows(raw.lines(), marks))) {
            pieces = Columns.arrange(pieces);
        }
        List<SourceLine> logical = flowing ? Wraps.join(pieces, scratch) : asLines(pieces);
        logical = LongLines.split(logical);
        logical = HeaderStart.trim(logical);
        DocumentClock.checkpoint(DocumentClock.Stage.LAYOUT);
        return raw.laidOut(logical);
    }

    /** Word paragraphs are logical lines already: only their characters are cleaned. */
    private static List<Piece> paragraphPieces(List<SourceLine> lines, Scratch scratch) {
        List<Piece> out = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            String t = cleaned(l.text() == null ? "" : l.text(), scratch);
            out.add(new Piece(l, t, t.isBlank() ? Piece.Kind.BLANK : Piece.Kind.TEXT, 0, true));
        }
        return out;
    }

    private static List<SourceLine> asLines(List<Piece> pieces) {
        List<SourceLine> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            out.add(SourceLine.logical(p.kind() == Piece.Kind.TEXT ? p.text().strip() : "", List.of(p.source())));
        }
        return out;
    }

    /**
     * Lines of a text file or a PDF page: markup recognised, markdown table rows split into cells. Emphasis marks
     * are kept in the text until the lines are joined: an unclosed "**" says the next line belongs to this one.
     */
    private static List<Piece> flowingPieces(List<SourceLine> lines, int[] lineMarks, boolean layoutText, Scratch scratch) {
        List<Piece> out = new ArrayList<>(lines.size());
        int table = 0;
        int row = 0;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            String raw = l.text() == null ? "" : l.text();
            int marks = lineMarks[i];
            // the reader strips paired emphasis from the text; unpaired marks are in the original only (most lines
            // are their own original: the same string has no '*' either)
            String original = l.original();
            if (!Marks.has(marks, Marks.STAR) && original != raw && original.indexOf('*') >= 0 && Markup.emphasisOpen(original)) {
                raw = original;
                marks = Marks.of(raw, scratch);
            }
            String t = raw;
            if (Marks.has(marks, Marks.INVISIBLE)) {
                t = Invisibles.clean(raw);
                marks = Marks.of(t, scratch);
            }
            if (t.isBlank()) {
                out.add(new Piece(l, "", Piece.Kind.BLANK, 0, false));
                inTable = false;
                continue;
            }
            if (Marks.has(marks, Marks.PIPE) && Markup.isTableRow(t)) {
                if (!inTable) {
                    table++;
                    row = 0;
                    inTable = true;
                }
                if (Markup.isBoundary(t)) {
                    continue;                  // the |---|---| rule under a table's head row
                }
                row++;
                List<String> cells = Markup.tableCells(t);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isBlank()) {
                        SourceLine cell = new SourceLine(l.number(), cells.get(c), l.location().inCell(table, row, c + 1), l.original());
                        out.add(new Piece(cell, cells.get(c), Piece.Kind.TEXT, 0, true));
                    }
                }
                continue;
            }
            inTable = false;
            if (Markup.isBoundary(t)) {
                // a line of marks only ("**") may still close a bold span opened above: Wraps reads its text
                out.add(new Piece(l, Markup.isMarksOnly(t) ? t.strip() : "", Piece.Kind.BOUNDARY, 0, false));
                continue;
            }
            if (layoutText && Markup.isPageNumber(t) && Markup.indent(t) >= 8) {
                out.add(new Piece(l, "", Piece.Kind.BOUNDARY, 0, false));   // a page number between two pages
                continue;
            }
            boolean bold = Marks.has(marks, Marks.STAR) && Markup.wholeLineBold(t);
            out.add(new Piece(l, t, Piece.Kind.TEXT, Markup.indent(t), bold, marks));
        }
        return out;
    }

    /** {@link Invisibles#clean}: a line without a char it changes is returned as it is, told by its marks. */
    private static String cleaned(String s, Scratch scratch) {
        return Marks.has(Marks.of(s, scratch), Marks.INVISIBLE) ? Invisibles.clean(s) : s;
    }

    /** A cell of a physical line, as a line of its own. */
    static SourceLine cellLine(SourceLine line, String text, Location where) {
        return new SourceLine(line.number(), text, where, line.original());
    }
}
