package vn.plancheck.layout;

import vn.plancheck.ingest.SourceLine;

/**
 * One physical line, or one cell of it, on its way to becoming part of a logical line.
 *
 * @param source     the physical line as the reader gave it (for a cell: with the cell's text and location)
 * @param text       the cleaned text, emphasis marks still in (they tell where a bold span ends)
 * @param kind       text, blank, or a boundary drawn by markup (a "|" line, a rule, a page number)
 * @param indent     leading spaces in the original, for text laid out by position
 * @param standalone a unit of its own that is never joined with its neighbours: a Word paragraph, a table
 *                   cell, a line wholly in bold (a web copy's heading)
 * @param marks      the {@link Marks} of {@code text}, or {@link Marks#UNKNOWN}
 */
record Piece(SourceLine source, String text, Kind kind, int indent, boolean standalone, int marks) {
    enum Kind { TEXT, BLANK, BOUNDARY }

    /** A piece whose marks are not known (a cell cut from a line): every test of its text is made. */
    Piece(SourceLine source, String text, Kind kind, int indent, boolean standalone) {
        this(source, text, kind, indent, standalone, Marks.UNKNOWN);
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }
}
