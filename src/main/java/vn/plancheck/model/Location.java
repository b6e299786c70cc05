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
 */
public record Location(Integer page, Integer paragraph, Integer table, Integer row, Integer cell, Integer line) {
    public static final Location NONE = new Location(null, null, null, null, null, null);

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

    /** The same place in a table cell of a text rendering (a markdown or tab-separated row): keeps the line. */
    public Location inCell(int table, int row, int cell) {
        return new Location(page, paragraph, table, row, cell, line);
    }

    public boolean isNone() {
        return page == null && paragraph == null && table == null && row == null && cell == null && line == null;
    }
}
