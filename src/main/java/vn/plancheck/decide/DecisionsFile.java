package vn.plancheck.decide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.plancheck.model.Decision;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.rules.Csv;

/**
 * A decisions file: a CSV (UTF-8, a BOM allowed, comma-separated, quoted cells) read by its header's column names, so
 * columns may come in any order and officials may add their own. Required: {@code rule_id, file, quote, decision,
 * reason}; optional: {@code by, date} and what identifies a finding better ({@code message, issuer, number, issued}).
 * The text is kept as read, so that an import rewrites only the rows it changes and leaves comments, extra columns
 * and quoting as they were.
 */
final class DecisionsFile {
    static final List<String> REQUIRED = List.of("rule_id", "file", "quote", "decision", "reason");
    /** Every column plancheck reads or writes, in the order of a new file. */
    static final List<String> COLUMNS = List.of("rule_id", "file", "quote", "decision", "reason", "by", "date",
            "message", "issuer", "number", "issued");

    private final boolean bom;
    private final String text;
    private final List<Csv.Row> rows;
    private final List<DecisionRow> decisions;

    private DecisionsFile(boolean bom, String text, List<Csv.Row> rows, List<DecisionRow> decisions) {
        this.bom = bom;
        this.text = text;
        this.rows = rows;
        this.decisions = decisions;
    }

    /** A file that does not exist yet: written with a BOM, so that Excel opens it as UTF-8. */
    static DecisionsFile empty() {
        return new DecisionsFile(true, "", List.of(), List.of());
    }

    /**
     * Reads and checks every row.
     *
     * @throws DecisionsException listing each problem as "file:line: …" (a missing column, an unknown decision, an
     *                            unreadable date, an unclosed quote)
     */
    static DecisionsFile read(Path file) throws IOException, DecisionsException {
        String name = file.toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (Csv.BadCsvException e) {
            throw new DecisionsException(name + ":" + e.line() + ": " + e.getMessage());
        }
        if (rows.isEmpty()) {
            return new DecisionsFile(bom, text, rows, List.of());
        }
        Csv.Row header = rows.get(0);
        for (String column : REQUIRED) {
            if (header.cells().stream().noneMatch(c -> c.strip().equalsIgnoreCase(column))) {
                throw new DecisionsException(name + ":" + header.line() + ": thiếu cột “" + column
                        + "” ở dòng tiêu đề; tệp quyết định cần các cột " + String.join(", ", REQUIRED)
                        + " (thêm by, date nếu muốn).");
            }
        }
        List<String> problems = new ArrayList<>();
        List<DecisionRow> decisions = new ArrayList<>();
        List<Csv.Row> data = Csv.withHeader(rows);
        for (int i = 0; i < data.size(); i++) {
            DecisionRow row = decision(i, data.get(i), name, problems);
            if (row != null) {
                decisions.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionsException(problems);
        }
        return new DecisionsFile(bom, text, rows, decisions);
    }

    private static DecisionRow decision(int index, Csv.Row r, String name, List<String> problems) {
        String at = name + ":" + r.line() + ": ";
        int before = problems.size();
        if (r.get("rule_id").isEmpty()) {
            problems.add(at + "thiếu mã quy tắc (cột rule_id).");
        }
        if (r.get("file").isEmpty() && (r.get("issuer").isEmpty() || r.get("number").isEmpty())) {
            problems.add(at + "thiếu tên tệp (cột file), hoặc cơ quan ban hành và số ký hiệu (cột issuer, number).");
        }
        Optional<DecisionStatus> status = Optional.empty();
        if (r.get("decision").isEmpty()) {
            problems.add(at + "thiếu quyết định (cột decision): ghi " + DecisionLabels.CHOICES + ".");
        } else {
            try {
                status = DecisionLabels.status(r.get("decision"));
            } catch (IllegalArgumentException e) {
                problems.add(at + "quyết định “" + r.get("decision") + "” không hợp lệ: chỉ dùng " + DecisionLabels.CHOICES + ".");
            }
        }
        java.time.LocalDate date = date(r, "date", at, problems);
        java.time.LocalDate issued = date(r, "issued", at, problems);
        if (problems.size() > before) {
            return null;
        }
        Decision decision = status.map(s -> new Decision(s, blankToNull(r.get("reason")), blankToNull(r.get("by")), date))
                .orElse(null);
        return new DecisionRow(index, r.line(), r.get("rule_id"), r.get("quote"), r.get("message"),
                DocumentRef.of(r.get("file"), r.get("issuer"), r.get("number"), issued), decision);
    }

    private static java.time.LocalDate date(Csv.Row r, String column, String at, List<String> problems) {
        try {
            return DecisionLabels.date(r.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(at + "ngày “" + r.get(column) + "” (cột " + column + ") không đọc được: ghi theo dạng 2024-06-15 hoặc 15/06/2024.");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Every data row, in file order; a row set back to "Mới" has no decision. */
    List<DecisionRow> rows() {
        return decisions;
    }

    /**
     * The file's bytes with rows changed and rows added, everything else as it was. The header gains the columns of
     * {@link #COLUMNS} it lacks.
     *
     * @param changed  data row index → the cells to set, by column name
     * @param appended new rows, each as cells by column name
     */
    byte[] write(Map<Integer, Map<String, String>> changed, List<Map<String, String>> appended) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> header = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).cells());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        int given = header.size();
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                index.put(column, header.size());
                header.add(column);
            }
        }
        // each row's own physical lines are replaced by its new text; other lines (comments, blank lines) stay
        List<String> lines = physicalLines(text);
        Map<Integer, String> replaced = new HashMap<>();
        Map<Integer, Integer> span = new HashMap<>();
        if (!rows.isEmpty() && header.size() > given) {
            replaced.put(rows.get(0).line() - 1, Csv.line(header));
            span.put(rows.get(0).line() - 1, lineCount(rows.get(0)));
        }
        changed.forEach((i, cells) -> {
            Csv.Row r = rows.get(i + 1);
            replaced.put(r.line() - 1, Csv.line(cells(new ArrayList<>(r.cells()), index, cells)));
            span.put(r.line() - 1, lineCount(r));
        });
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "");
        if (rows.isEmpty()) {
            out.append(Csv.line(header)).append(eol);
        }
        for (int i = 0; i < lines.size(); i++) {
            String own = replaced.get(i);
            if (own == null) {
                out.append(lines.get(i));
                continue;
            }
            i += span.get(i) - 1;
            out.append(own).append(ending(lines.get(i), eol));
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(eol);
        }
        for (Map<String, String> cells : appended) {
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            out.append(Csv.line(cells(row, index, cells))).append(eol);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> cells(List<String> row, Map<String, Integer> index, Map<String, String> values) {
        values.forEach((column, value) -> {
            int i = index.get(column);
            while (row.size() <= i) {
                row.add("");
            }
            row.set(i, value == null ? "" : value);
        });
        return row;
    }

    /** Lines of the text as read, each with its own line ending. */
    private static List<String> physicalLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The line ending of {@code line}, or {@code eol} for a last line that has none. */
    private static String ending(String line, String eol) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : eol;
    }

    /** The physical lines a row takes: one, and one more for each line break inside a quoted cell. */
    private static int lineCount(Csv.Row r) {
        int n = 1;
        for (String c : r.cells()) {
            n += (int) c.chars().filter(ch -> ch == '\n').count();
        }
        return n;
    }
}
