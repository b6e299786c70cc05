package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import java.time.LocalDate;

import vn.plancheck.model.ActionMonthYear;
import vn.plancheck.model.DissolvedUnit;
import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.MergedProvince;
import vn.plancheck.model.PlanType;
import vn.plancheck.model.RegisteredDocument;
import vn.plancheck.model.ReportDeadlineRule;
import vn.plancheck.model.RequiredSection;
import vn.plancheck.model.SectionKind;

/**
 * Reference facts loaded from {@code rules/data/*.csv}: tables that are really data (required sections,
 * yearly themes, the legal-document registry, dissolved units). Each known file maps its rows to one fact
 * class; a bad cell is reported with file and line so an official can fix the row.
 */
public final class ReferenceData {
    /**
     * Turns one row into a fact, reading cells by position or, with the header's {@link Csv.Columns}, by column name;
     * throws IllegalArgumentException with a Vietnamese reason for a bad cell.
     */
    private interface RowMapper {
        Object map(Csv.Columns columns, Csv.Row row);

        static RowMapper byPosition(Function<Csv.Row, Object> f) {
            return (columns, row) -> f.apply(row);
        }
    }

    private static final Map<String, RowMapper> TABLES = Map.of(
            "required-sections.csv", RowMapper.byPosition(ReferenceData::requiredSection),
            "legal-documents.csv", RowMapper.byPosition(ReferenceData::registeredDocument),
            "action-month.csv", RowMapper.byPosition(ReferenceData::actionMonth),
            "dissolved-units.csv", RowMapper.byPosition(ReferenceData::dissolvedUnit),
            "report-deadlines.csv", RowMapper.byPosition(ReferenceData::reportDeadlineRule),
            "document-kinds.csv", ReferenceData::documentKind);

    /** provinces.csv has one row per new province; each merged old province becomes its own fact. */
    private static final String PROVINCES = "provinces.csv";

    private final List<Object> facts;

    private ReferenceData(List<Object> facts) {
        this.facts = List.copyOf(facts);
    }

    public static ReferenceData empty() {
        return new ReferenceData(List.of());
    }

    /** All reference facts, to be inserted next to each plan. */
    public List<Object> facts() {
        return facts;
    }

    /** Loads every known table in {@code dataDir}; errors are collected, not thrown one by one. */
    static ReferenceData load(Path dataDir, String displayPrefix, List<RuleError> errors) {
        List<Object> facts = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return new ReferenceData(facts);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            errors.add(new RuleError(displayPrefix, 0, "không đọc được thư mục dữ liệu: " + e.getMessage()));
            return new ReferenceData(facts);
        }
        for (Path file : files) {
            String display = displayPrefix + "/" + file.getFileName();
            if (file.getFileName().toString().equals(PROVINCES)) {
                loadProvinces(file, display, facts, errors);
                continue;
            }
            RowMapper mapper = TABLES.get(file.getFileName().toString());
            if (mapper == null) {
                continue; // other CSV files (e.g. notes kept by officials) are not reference tables
            }
            try {
                List<Csv.Row> rows = Csv.read(file);
                Csv.Columns columns = rows.isEmpty() ? new Csv.Columns(Map.of()) : Csv.Columns.of(rows.get(0));
                List<Object> table = new ArrayList<>();
                for (Csv.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                    try {
                        Object fact = mapper.map(columns, row);
                        String clash = clash(fact, table);
                        if (clash != null) {
                            errors.add(new RuleError(display, row.line(), clash));
                        }
                        table.add(fact);
                    } catch (IllegalArgumentException e) {
                        errors.add(new RuleError(display, row.line(), e.getMessage()));
                    }
                }
                facts.addAll(table);
            } catch (IOException e) {
                errors.add(new RuleError(display, 0, "không đọc được tệp: " + e.getMessage()));
            }
        }
        return new ReferenceData(facts);
    }

    private static Object documentKind(Csv.Columns c, Csv.Row r) {
        return new DocumentKind(required(c.get(r, "kind"), "kind"), blankToNull(c.get(r, "type_line")), list(c.get(r, "symbol_codes")),
                yesNo(c.get(r, "is_plan"), "is_plan"), !c.get(r, "vv_line").isBlank() && yesNo(c.get(r, "vv_line"), "vv_line"));
    }

    /**
     * A row that says the opposite of an earlier row of the same table, or null: two kinds with the same type line
     * or the same symbol abbreviation would make the kind of a document depend on the order of the rows.
     */
    private static String clash(Object fact, List<Object> earlier) {
        if (!(fact instanceof DocumentKind k)) {
            return null;
        }
        for (Object o : earlier) {
            DocumentKind e = (DocumentKind) o;
            if (k.getTypeKey() != null && k.getTypeKey().equals(e.getTypeKey())) {
                return "tên loại \"" + k.getTypeLine() + "\" đã có ở loại \"" + e.getKind() + "\"";
            }
            for (String code : k.getSymbolCodes()) {
                if (e.getSymbolCodes().contains(code)) {
                    return "chữ viết tắt \"" + code + "\" đã có ở loại \"" + e.getKind() + "\"";
                }
            }
        }
        return null;
    }

    private static boolean yesNo(String v, String column) {
        String f = vn.plancheck.text.VietText.fold(v);
        if (f.equals("YES") || f.equals("CO")) {
            return true;
        }
        if (f.equals("NO") || f.equals("KHONG")) {
            return false;
        }
        throw new IllegalArgumentException("cột " + column + ": \"" + v + "\" phải là yes hoặc no");
    }

    private static Object requiredSection(Csv.Row r) {
        return new RequiredSection(enumCell(PlanType.class, r.get(0), "plan_type"),
                enumCell(SectionKind.class, r.get(1), "section_kind"), r.get(2));
    }

    private static Object registeredDocument(Csv.Row r) {
        return new RegisteredDocument(r.get(0), required(r.get(1), "number_symbol"), date(r.get(2), "issue_date"), r.get(3), r.get(4),
                enumCell(RegisteredDocument.Status.class, r.get(5), "status"), date(r.get(6), "status_date"), blankToNull(r.get(7)));
    }

    private static Object actionMonth(Csv.Row r) {
        int year = integer(r.get(0), "year");
        return new ActionMonthYear(year, required(r.get(1), "theme"), list(r.get(2)), date(r.get(3), "period_start"),
                date(r.get(4), "period_end"), date(r.get(5), "report_deadline"));
    }

    private static Object dissolvedUnit(Csv.Row r) {
        List<String> aliases = new ArrayList<>(list(r.get(1)));
        if (aliases.isEmpty()) {
            aliases.add(required(r.get(0), "unit"));
        }
        LocalDate on = date(r.get(2), "dissolved_on");
        if (on == null) {
            throw new IllegalArgumentException("cột dissolved_on: cần ngày dạng YYYY-MM-DD");
        }
        return new DissolvedUnit(required(r.get(0), "unit"), aliases, on, r.get(3), r.get(4));
    }

    private static Object reportDeadlineRule(Csv.Row r) {
        return new ReportDeadlineRule(integer(r.get(0), "from_year"), r.get(1).isEmpty() ? 9999 : integer(r.get(1), "to_year"),
                enumCell(PlanType.class, r.get(2), "plan_type"), required(r.get(3), "issuer_level").toUpperCase(Locale.ROOT),
                monthDay(r.get(4)), r.get(5));
    }

    private static void loadProvinces(Path file, String display, List<Object> facts, List<RuleError> errors) {
        try {
            List<Csv.Row> rows = Csv.read(file);
            for (Csv.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                try {
                    String now = required(row.get(0), "new_province");
                    LocalDate on = date(row.get(2), "effective_date");
                    for (String old : list(row.get(1))) {
                        if (!old.equalsIgnoreCase(now)) {
                            facts.add(new MergedProvince(old, now, on));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new RuleError(display, row.line(), e.getMessage()));
                }
            }
        } catch (IOException e) {
            errors.add(new RuleError(display, 0, "không đọc được tệp: " + e.getMessage()));
        }
    }

    private static String required(String v, String column) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("cột " + column + ": không được để trống");
        }
        return v.trim();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static LocalDate date(String v, String column) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("cột " + column + ": \"" + v + "\" không phải ngày dạng YYYY-MM-DD");
        }
    }

    private static java.time.MonthDay monthDay(String v) {
        try {
            return java.time.MonthDay.parse("--" + v.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("cột latest: \"" + v + "\" phải có dạng MM-DD (ví dụ 07-20)");
        }
    }

    private static int integer(String v, String column) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cột " + column + ": \"" + v + "\" không phải số");
        }
    }

    static <E extends Enum<E>> E enumCell(Class<E> type, String value, String column) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cột " + column + ": giá trị \"" + value + "\" không hợp lệ; dùng một trong "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
