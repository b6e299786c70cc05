package vn.plancheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plancheck.report.XlsxStyles.Style;

/**
 * One sheet with the layout every plancheck sheet shares: a bold header row that stays frozen, fixed column widths,
 * an autofilter over the data, printed landscape on A4 one page wide with the header repeated. Rows are appended in
 * order; each is written out as SpreadsheetML ({@code <row>}, inline strings) when the next one starts, into a
 * {@link Spool}, so that memory stays flat however many rows come. What comes after the rows in the sheet's XML (the
 * autofilter, the drop-down list, the hyperlinks) is kept until {@link #writeTo}.
 */
final class XlsxSheet {
    /** A column: its Vietnamese header and its width in characters. */
    record Column(String header, int width) {
    }

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String TRUNCATED = "…";
    /** Points per text line in a wrapped cell (default font, 11 pt). */
    private static final float LINE_POINTS = 15f;
    /** A wrapped cell never grows its row beyond this many lines; the rest stays one click away. */
    private static final int MAX_LINES = 12;

    /** A row being filled: its cells by column, and its height in points (negative: the default). */
    static final class Row {
        private final int index;
        private final Object[] values;
        private final Style[] styles;
        private float height = -1;

        private Row(int index, int columns) {
            this.index = index;
            this.values = new Object[columns];
            this.styles = new Style[columns];
        }

        int index() {
            return index;
        }
    }

    /** A list validation (a drop-down) over one column's rows. */
    private record ListValidation(int firstRow, int lastRow, int col, List<String> values, String errorTitle, String error) {
    }

    private record Link(int row, int col, String location) {
    }

    private final String name;
    private final XlsxStyles styles;
    private final int columns;
    private final int[] widths;
    private final Spool rows = new Spool();
    private final StringBuilder xml = new StringBuilder(1024);
    private final List<Link> links = new ArrayList<>();
    private final List<ListValidation> validations = new ArrayList<>();
    private Row pending;
    private int next;
    private int maxColumn;
    private int autoFilterLastRow = -1;

    XlsxSheet(String name, XlsxStyles styles, List<Column> columns) {
        if (name.length() > 31) {
            throw new IllegalArgumentException("a sheet name has at most 31 characters: " + name);
        }
        this.name = name;
        this.styles = styles;
        this.columns = columns.size();
        this.widths = columns.stream().mapToInt(Column::width).toArray();
        Row header = newRow();
        for (int i = 0; i < columns.size(); i++) {
            text(header, i, columns.get(i).header(), styles.header);
        }
        // a header wider than its column wraps; the row must be as tall as its tallest header, or the second line
        // of "Ngày ban hành" is drawn over the first row of data
        int lines = 1;
        for (Column c : columns) {
            lines = Math.max(lines, (int) Math.ceil(c.header().length() * 1.15 / Math.max(1, c.width())));
        }
        header.height = Math.min(4, lines) * 15f;
    }

    String name() {
        return name;
    }

    Row newRow() {
        flushPending();
        pending = new Row(next++, columns);
        return pending;
    }

    /** Index of the last row written (0 when only the header exists). */
    int lastRow() {
        return next - 1;
    }

    /** A text cell; null leaves an empty styled cell. Text beyond Excel's cell limit is cut. */
    void text(Row row, int col, String value, Style style) {
        set(row, col, value == null ? null : value.length() > MAX_CELL_TEXT ? truncate(value) : value, style);
        if (value != null && style.wrap() && row.index > 0) {
            fitHeight(row, col, value);
        }
    }

    /** An empty cell with a style (a border across a totals row). */
    void blank(Row row, int col, Style style) {
        set(row, col, null, style);
    }

    /**
     * Grows the row for wrapped text: spreadsheet programs do not fit row heights on opening a generated file,
     * so a long message would otherwise hide behind the next row.
     */
    private void fitHeight(Row row, int col, String value) {
        int width = Math.max(4, col < widths.length ? widths[col] : 10);
        int lines = 0;
        for (String part : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(part.length() / (width * 1.1)));
        }
        float points = Math.min(MAX_LINES, lines) * LINE_POINTS;
        if (points > (row.height < 0 ? LINE_POINTS : row.height)) {
            row.height = points;
        }
    }

    private static String truncate(String value) {
        int end = MAX_CELL_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // do not split a character outside the BMP
        }
        return value.substring(0, end) + TRUNCATED;
    }

    void number(Row row, int col, long value, Style style) {
        set(row, col, value, style);
    }

    /** A number cell, or an empty cell when the value is absent (a linked file that is not in the batch). */
    void number(Row row, int col, Long value, Style style) {
        set(row, col, value, style);
    }

    /** A number cell, or an empty cell when the value is absent. */
    void number(Row row, int col, Integer value) {
        set(row, col, value == null ? null : (Object) value.longValue(), styles.number);
    }

    /** A real date cell shown as dd/mm/yyyy, or an empty cell. */
    void date(Row row, int col, LocalDate value) {
        set(row, col, value == null ? null : (Object) excelDate(value), styles.date);
    }

    /** A link from the cell to a place in the workbook ({@code 'Tổng hợp'!B2}). */
    void hyperlink(Row row, int col, String location) {
        links.add(new Link(row.index, col, location));
    }

    /** A drop-down list over rows {@code firstRow..lastRow} of a column; a value not in the list is refused. */
    void listValidation(int firstRow, int lastRow, int col, List<String> values, String errorTitle, String error) {
        validations.add(new ListValidation(firstRow, lastRow, col, values, errorTitle, error));
    }

    /** Puts the autofilter over the header and the data rows up to {@code lastDataRow}. */
    void autoFilter(int lastDataRow) {
        autoFilterLastRow = Math.max(0, lastDataRow);
    }

    /** The autofilter's range as a formula ({@code 'Phát hiện'!$A$1:$M$5}), or null without one. */
    String autoFilterRange() {
        return autoFilterLastRow < 0 ? null
                : quotedName() + "!$" + column(0) + "$1:$" + column(columns - 1) + "$" + (autoFilterLastRow + 1);
    }

    /** The sheet's name quoted for a formula. */
    String quotedName() {
        return "'" + name.replace("'", "''") + "'";
    }

    int columns() {
        return columns;
    }

    private void set(Row row, int col, Object value, Style style) {
        if (row != pending) {
            throw new IllegalStateException("row " + row.index + " of " + name + " was already written");
        }
        row.values[col] = value;
        row.styles[col] = style;
    }

    /** Days since 1899-12-30 as Excel counts them (with its 29 February 1900); -1 before 1900, as POI wrote. */
    static double excelDate(LocalDate date) {
        if (date.getYear() < 1900) {
            return -1;
        }
        long days = date.toEpochDay() - LocalDate.of(1899, 12, 31).toEpochDay();
        return date.isBefore(LocalDate.of(1900, 3, 1)) ? days : days + 1;
    }

    private void flushPending() {
        if (pending == null) {
            return;
        }
        Row row = pending;
        pending = null;
        xml.setLength(0);
        String r = Integer.toString(row.index + 1);
        xml.append("<row r=\"").append(r).append('"');
        if (row.height >= 0) {
            xml.append(" customHeight=\"1\" ht=\"").append(row.height).append('"');
        }
        xml.append('>');
        for (int col = 0; col < row.values.length; col++) {
            Style style = row.styles[col];
            if (style == null) {
                continue;
            }
            maxColumn = Math.max(maxColumn, col);
            Object v = row.values[col];
            xml.append("<c r=\"").append(column(col)).append(r).append("\" s=\"").append(style.id()).append('"');
            if (v == null) {
                xml.append("/>");
            } else if (v instanceof String s) {
                xml.append(" t=\"inlineStr\"><is><t");
                if (!s.isEmpty() && (isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1)))) {
                    xml.append(" xml:space=\"preserve\"");
                }
                xml.append('>');
                escape(xml, s);
                xml.append("</t></is></c>");
            } else if (v instanceof Long l) {
                xml.append("><v>").append(l.longValue()).append("</v></c>");
            } else {
                double d = (Double) v;
                xml.append("><v>");
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    xml.append((long) d);
                } else {
                    xml.append(d);
                }
                xml.append("</v></c>");
            }
        }
        xml.append("</row>\n");
        try {
            rows.append(xml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** Writes the sheet's part ({@code xl/worksheets/sheetN.xml}); {@code first}: the sheet shown on opening. */
    void writeTo(OutputStream out, boolean first) throws IOException {
        flushPending();
        StringBuilder head = new StringBuilder(2048);
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<dimension ref=\"A1:").append(column(Math.max(maxColumn, columns - 1))).append(next).append("\"/>")
                .append("<sheetViews><sheetView ").append(first ? "tabSelected=\"1\" " : "").append("workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(Math.min(255, widths[i])).append("\" customWidth=\"1\"/>");
        }
        head.append("</cols><sheetData>\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        rows.copyTo(out);
        StringBuilder tail = new StringBuilder(1024 + links.size() * 64);
        tail.append("</sheetData>");
        if (autoFilterLastRow >= 0) {
            tail.append("<autoFilter ref=\"A1:").append(column(columns - 1)).append(autoFilterLastRow + 1).append("\"/>");
        }
        if (!validations.isEmpty()) {
            tail.append("<dataValidations count=\"").append(validations.size()).append("\">");
            for (ListValidation v : validations) {
                tail.append("<dataValidation type=\"list\" errorStyle=\"stop\" allowBlank=\"1\" showDropDown=\"0\" showErrorMessage=\"1\" errorTitle=\"");
                escape(tail, v.errorTitle());
                tail.append("\" error=\"");
                escape(tail, v.error());
                tail.append("\" sqref=\"").append(column(v.col())).append(v.firstRow() + 1).append(':')
                        .append(column(v.col())).append(v.lastRow() + 1).append("\"><formula1>");
                escape(tail, "\"" + String.join(",", v.values()) + "\"");
                tail.append("</formula1></dataValidation>");
            }
            tail.append("</dataValidations>");
        }
        if (!links.isEmpty()) {
            tail.append("<hyperlinks>");
            for (Link l : links) {
                tail.append("<hyperlink ref=\"").append(column(l.col())).append(l.row() + 1).append("\" location=\"");
                escape(tail, l.location());
                tail.append("\"/>");
            }
            tail.append("</hyperlinks>");
        }
        tail.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .append("</worksheet>");
        out.write(tail.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the rows' temporary file, if any. */
    void discard() throws IOException {
        rows.close();
    }

    /** The column's letters: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder(3);
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /**
     * Text for XML, in an element or an attribute: markup characters escaped, line ends and tabs as character
     * references (a parser would fold them otherwise), and what XML 1.0 cannot hold (control characters, U+FFFE,
     * U+FFFF, a lone half of a surrogate pair) replaced by '?', as POI did.
     */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xa;");
                case '\r' -> out.append("&#xd;");
                case '\t' -> out.append("&#x9;");
                default -> {
                    if (c < ' ' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('?');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('?');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
