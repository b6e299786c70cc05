package vn.plancheck.model;

/**
 * Where something is in the original file, in the terms its user finds it by: the line of a .txt, the
 * paragraph (or table, row and cell) of a Word document, the page and the line on the page of a PDF.
 * Fields that do not apply are null. Report writers turn it into words ({@code report.Labels}).
 *
 * @param page      1-based page of a PDF
 * @param paragraph 1-based paragraph of a Word document, counted outside tables
 * @param table     1-based table of a Word document (or a table recognised in text)
 * @param row       1-based row within {@code table}
 * @param cell      1-based cell within {@code row}
 * @param line      1-based line of a .txt file, or the line on the page of a PDF
 * @param area      where the line is on a scanned page (read by OCR), else null
 */
public record Location(Integer page, Integer paragraph, Integer table, Integer row, Integer cell, Integer line,
                       Area area) {
    public static final Location NONE = new Location(null, null, null, null, null, null);

    /**
     * A rectangle on a page, as shares (0..1) of the page's width and height measured from its top-left corner, the
     * page being as it is shown (its crop box, turned as the PDF says): the box of a line that OCR read on a scan.
     */
    public record Area(double x0, double y0, double x1, double y1) {
    }

    /** A place without an area (every format but a scan). */
    public Location(Integer page, Integer paragraph, Integer table, Integer row, Integer cell, Integer line) {
        this(page, paragraph, table, row, cell, line, null);
    }

    public static Location line(int line) {
        return new Location(null, null, null, null, null, line);
    }

    public static Location paragraph(int paragraph) {
        return new Location(null, paragraph, null, null, null, null);
    }

    public static Location cell(int table, int row, int cell) {
        return new Location(null, null, table, row, cell, null);
    }

    public static Location pageLine(int page, int line) {
        return new Location(page, null, null, null, null, line);
    }

    /** Line {@code line} of a scanned page as OCR read it, and where it is on the page (may be null). */
    public static Location scanLine(int page, int line, Area area) {
        return new Location(page, null, null, null, null, line, area);
    }

    /** The same place in a table cell of a text rendering (a markdown or tab-separated row): keeps the line. */
    public Location inCell(int table, int row, int cell) {
        return new Location(page, paragraph, table, row, cell, line, area);
    }

    /** As a record prints itself; the area only when there is one (a scan), so other places read as before. */
    @Override
    public String toString() {
        return "Location[page=" + page + ", paragraph=" + paragraph + ", table=" + table + ", row=" + row + ", cell="
                + cell + ", line=" + line + (area == null ? "" : ", area=" + area) + "]";
    }

    public boolean isNone() {
        return page == null && paragraph == null && table == null && row == null && cell == null && line == null;
    }
}
