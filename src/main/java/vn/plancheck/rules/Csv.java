package vn.plancheck.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal RFC 4180 reader for the files that officials edit in a spreadsheet program (the reference data, the
 * decisions file): quoted fields, doubled quotes, a UTF-8 BOM, and comment lines starting with '#'.
 */
public final class Csv {
    /**
     * One data row with the 1-based line it starts on, for error messages, and the columns of the file's header
     * row by name (see {@link #withHeader}), so that a table can be read by column name whatever the column order.
     */
    public record Row(int line, List<String> cells, Map<String, Integer> columns) {
        Row(int line, List<String> cells) {
            this(line, cells, Map.of());
        }

        public String get(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        /** The cell under the header column {@code name} (case does not count); "" when the file has no such column. */
        public String get(String name) {
            Integer i = columns.get(name.toLowerCase(Locale.ROOT));
            return i == null ? "" : get(i);
        }

        public boolean has(String name) {
            return columns.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The header row of a table, to read cells by column name: officials may reorder or add columns in a spreadsheet
     * program without breaking the table.
     */
    record Columns(java.util.Map<String, Integer> index) {
        static Columns of(Row header) {
            java.util.Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < header.cells().size(); i++) {
                m.putIfAbsent(header.get(i).toLowerCase(java.util.Locale.ROOT), i);
            }
            return new Columns(m);
        }

        /** The cell of {@code column} (trimmed, "" when the row is short); a column the header lacks is an error. */
        String get(Row row, String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("dòng tiêu đề không có cột " + column);
            }
            return row.get(i);
        }
    }

    private Csv() {
    }

    /** A table that cannot be read as CSV (a quote opened and never closed), with the line where the trouble starts. */
    public static final class BadCsvException extends IOException {
        private final int line;

        BadCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<Row> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text);
    }

    /**
     * The data rows of a table whose first row names its columns, each able to answer {@link Row#get(String)};
     * empty when there is no row at all.
     */
    public static List<Row> withHeader(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            out.add(new Row(r.line(), r.cells(), Map.copyOf(columns)));
        }
        return out;
    }

    /** The rows of {@code text} (without a BOM), the header row first; blank and comment lines are left out. */
    public static List<Row> parse(String text) throws BadCsvException {
        List<Row> rows = new ArrayList<>();
        int quoteLine = 0;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart && !quoted && c == '#') {
                // comment line: skip to its end
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                line++;
                rowLine = line;
                continue;
            }
            atLineStart = false;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
                atLineStart = true;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            // the rest of the file would silently become one cell
            throw new BadCsvException(quoteLine, "dấu ngoặc kép mở ở dòng này không được đóng (ô có dấu phẩy phải nằm trọn trong một cặp ngoặc kép)");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowLine, cells);
        }
        return rows;
    }

    /**
     * One row as CSV text (no line ending): a cell is quoted when it holds a comma, a quote, a line break, white space
     * at either end, or starts with '#' (which would make the line a comment); quotes inside are doubled.
     */
    public static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = c.startsWith("#") || !c.strip().equals(c)
                    || c.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
            b.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        return b.toString();
    }

    private static void addRow(List<Row> rows, int line, List<String> cells) {
        boolean blank = cells.stream().allMatch(s -> s.isBlank());
        if (!blank) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
