package vn.plancheck.ingest;

import java.util.List;

/** The text of one document in reading order, as read by one of the readers. */
public final class SourceText {
    private final String file;
    private final String format;
    private final List<SourceLine> lines;
    private final List<String> notes;
    private final boolean laidOut;
    private final List<Integer> ocrPages;

    /**
     * @param file   the path as given by the user
     * @param format "txt", "docx", "doc" or "pdf"
     * @param lines  the lines in reading order
     * @param notes  Vietnamese remarks on the reading (e.g. a page without text), possibly empty
     */
    public SourceText(String file, String format, List<SourceLine> lines, List<String> notes) {
        this(file, format, lines, notes, false, List.of());
    }

    /**
     * A text of which some pages were read by optical character recognition.
     *
     * @param ocrPages the pages (or images) whose text is Tesseract's reading of a scan, ascending
     */
    public SourceText(String file, String format, List<SourceLine> lines, List<String> notes, List<Integer> ocrPages) {
        this(file, format, lines, notes, false, ocrPages);
    }

    private SourceText(String file, String format, List<SourceLine> lines, List<String> notes, boolean laidOut,
                       List<Integer> ocrPages) {
        this.file = file;
        this.format = format;
        this.lines = List.copyOf(lines);
        this.notes = List.copyOf(notes);
        this.laidOut = laidOut;
        this.ocrPages = List.copyOf(ocrPages);
    }

    /** The same document as logical lines (the layout stage's output). */
    public SourceText laidOut(List<SourceLine> logicalLines) {
        return new SourceText(file, format, logicalLines, notes, true, ocrPages);
    }

    /**
     * The pages (of a PDF; the images of a Word file or an image file) whose text was read from a scan by optical
     * character recognition, ascending; empty for a text read as it was typed.
     */
    public List<Integer> ocrPages() { return ocrPages; }

    /** Whether any of the text was read from a scan by optical character recognition. */
    public boolean isOcr() { return !ocrPages.isEmpty(); }

    /** The same document with other lines (a part of them, or them changed); everything else is kept. */
    public SourceText withLines(List<SourceLine> otherLines) {
        return new SourceText(file, format, otherLines, notes, laidOut, ocrPages);
    }

    /** Whether the lines are the layout stage's logical lines rather than a reader's physical ones. */
    public boolean isLaidOut() { return laidOut; }

    /** Convenience for tests and .txt content already in memory: line i of {@code text} gets number i+1. */
    public static SourceText ofString(String file, String text) {
        String[] parts = text.split("\r?\n", -1);
        java.util.List<SourceLine> lines = new java.util.ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(i + 1, parts[i], vn.plancheck.model.Location.line(i + 1)));
        }
        return new SourceText(file, "txt", lines, List.of());
    }

    public String file() { return file; }
    public String format() { return format; }
    public List<SourceLine> lines() { return lines; }
    public List<String> notes() { return notes; }
}
