package vn.plancheck.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One streamed sheet with the layout every plancheck sheet shares: a bold header row that stays
 * frozen, fixed column widths (autoSize would need every row kept in memory) and an autofilter
 * over the data. Rows are appended in order and flushed by SXSSF behind the writer.
 */
final class XlsxSheet {
    /** A column: its Vietnamese header and its width in characters. */
    record Column(String header, int width) {
    }

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String TRUNCATED = "…";

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final int columns;
    private final int[] widths;
    private int next;
    /** Points per text line in a wrapped cell (default font, 11 pt). */
    private static final float LINE_POINTS = 15f;
    /** A wrapped cell never grows its row beyond this many lines; the rest stays one click away. */
    private static final int MAX_LINES = 12;

    XlsxSheet(SXSSFWorkbook wb, String name, XlsxStyles styles, List<Column> columns) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.columns = columns.size();
        this.widths = columns.stream().mapToInt(Column::width).toArray();
        Row header = newRow();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sheet.setColumnWidth(i, Math.min(255, c.width()) * 256);
            text(header, i, c.header(), styles.header);
        }
        // a header wider than its column wraps; the row must be as tall as its tallest header, or the second line
        // of "Ngày ban hành" is drawn over the first row of data
        int lines = 1;
        for (Column c : columns) {
            lines = Math.max(lines, (int) Math.ceil(c.header().length() * 1.15 / Math.max(1, c.width())));
        }
        header.setHeightInPoints(Math.min(4, lines) * 15f);
        sheet.createFreezePane(0, 1);
        // printed, a sheet is as wide as one landscape page and repeats its header row
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, this.columns - 1));
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    Row newRow() {
        return sheet.createRow(next++);
    }

    /** Index of the last row written (0 when only the header exists). */
    int lastRow() {
        return next - 1;
    }

    /** A text cell; null leaves an empty styled cell. Text beyond Excel's cell limit is cut. */
    void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            // Excel refuses (and POI throws on) more than 32,767 characters in a cell; a long OCR
            // evidence string must not sink the whole report.
            cell.setCellValue(value.length() > MAX_CELL_TEXT ? truncate(value) : value);
            if (style.getWrapText() && row.getRowNum() > 0) {
                fitHeight(row, col, value);
            }
        }
    }

    /**
     * Grows the row for wrapped text: spreadsheet programs do not fit row heights on opening a streamed file,
     * so a long message would otherwise hide behind the next row.
     */
    private void fitHeight(Row row, int col, String value) {
        int width = Math.max(4, col < widths.length ? widths[col] : 10);
        int lines = 0;
        for (String part : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(part.length() / (width * 1.1)));
        }
        float points = Math.min(MAX_LINES, lines) * LINE_POINTS;
        if (points > row.getHeightInPoints()) {
            row.setHeightInPoints(points);
        }
    }

    private static String truncate(String value) {
        int end = MAX_CELL_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // do not split a character outside the BMP
        }
        return value.substring(0, end) + TRUNCATED;
    }

    void number(Row row, int col, long value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** A number cell, or an empty cell when the value is absent. */
    void number(Row row, int col, Integer value) {
        if (value == null) {
            text(row, col, null, styles.number);
        } else {
            number(row, col, value.longValue(), styles.number);
        }
    }

    /** A real date cell shown as dd/mm/yyyy, or an empty cell. */
    void date(Row row, int col, LocalDate value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** Puts the autofilter over the header and the data rows up to {@code lastDataRow}. */
    void autoFilter(int lastDataRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastDataRow), 0, columns - 1));
    }
}
