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

import vn.plancheck.model.Abbreviation;
import vn.plancheck.model.DissolvedUnit;
import vn.plancheck.model.DocSystem;
import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.IssuerBody;
import vn.plancheck.model.MergedProvince;
import vn.plancheck.model.PartyRuleset;
import vn.plancheck.model.Profile;
import vn.plancheck.model.RegisteredDocument;
import vn.plancheck.model.ReportDeadlineRule;
import vn.plancheck.model.RequiredSection;
import vn.plancheck.model.SectionTitle;
import vn.plancheck.model.Setting;
import vn.plancheck.model.TaskSubjectWord;
import vn.plancheck.model.TemplateWord;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.model.YearlyTheme;
import vn.plancheck.parse.ParseVocabulary;

/**
 * Reference facts loaded from {@code rules/data/*.csv}: tables that are really data (required sections,
 * yearly themes, the legal-document registry, dissolved units). Each known file maps its rows to one fact
 * class; a bad cell is reported with file and line so an official can fix the row.
 */
public final class ReferenceData {
    /** Turns one row into a fact; throws IllegalArgumentException with a Vietnamese reason for a bad cell. */
    private interface RowMapper extends Function<Csv.Row, Object> {
    }

    /** The tables, read by column name (the header row): officials may reorder columns in a spreadsheet program. */
    private static final Map<String, RowMapper> NAMED_TABLES = Map.ofEntries(
            Map.entry("legal-documents.csv", ReferenceData::registeredDocument),
            Map.entry("dissolved-units.csv", ReferenceData::dissolvedUnit),
            Map.entry("task-subjects.csv", ReferenceData::taskSubjectWord),
            Map.entry("abbreviations.csv", ReferenceData::abbreviation),
            Map.entry("provinces.csv", ReferenceData::provinces),
            Map.entry("template-words.csv", ReferenceData::templateWord),
            Map.entry("yearly-events.csv", ReferenceData::yearlyEvent),
            Map.entry("yearly-themes.csv", ReferenceData::yearlyTheme),
            Map.entry("document-kinds.csv", ReferenceData::documentKind),
            Map.entry("plan-profiles.csv", ReferenceData::profile),
            Map.entry("required-sections.csv", ReferenceData::requiredSection),
            Map.entry("section-titles.csv", ReferenceData::sectionTitle),
            Map.entry("report-deadlines.csv", ReferenceData::reportDeadlineRule),
            Map.entry("party-rulesets.csv", ReferenceData::partyRuleset),
            Map.entry("issuer-bodies.csv", ReferenceData::issuerBody),
            Map.entry("settings.csv", ReferenceData::setting));
    /** The columns a table must have. */
    private static final Map<String, List<String>> NAMED_COLUMNS = Map.ofEntries(
            Map.entry("legal-documents.csv", List.of("doc_type", "number_symbol", "issue_date", "issuer", "title", "status",
                    "status_date", "replaced_by")),
            Map.entry("dissolved-units.csv", List.of("unit", "aliases", "dissolved_on", "successor", "basis")),
            Map.entry("task-subjects.csv", List.of("words", "meaning")),
            Map.entry("abbreviations.csv", List.of("expansion", "forms")),
            Map.entry("provinces.csv", List.of("new_province", "old_provinces", "effective_date")),
            Map.entry("template-words.csv", List.of("kind", "word", "level")),
            Map.entry("yearly-events.csv", List.of("event")),
            Map.entry("yearly-themes.csv", List.of("event", "year", "theme")),
            Map.entry("document-kinds.csv", List.of("kind", "type_line", "symbol_codes", "is_plan", "vv_line")),
            Map.entry("plan-profiles.csv", List.of("profile", "name", "report_deadline")),
            Map.entry("required-sections.csv", List.of("profile", "section", "label")),
            Map.entry("section-titles.csv", List.of("section", "title")),
            Map.entry("report-deadlines.csv", List.of("from_year", "to_year", "profile", "issuer_level", "latest", "basis")),
            Map.entry("party-rulesets.csv", List.of("from_date", "ruleset")),
            Map.entry("issuer-bodies.csv", List.of("body", "party", "collective")),
            Map.entry("settings.csv", List.of("name", "value")));
    /** The columns a table may have besides; any other column is a typo that would silently be ignored. */
    private static final Map<String, List<String>> OPTIONAL_COLUMNS = Map.of(
            "yearly-events.csv", List.of("id", "period_start", "period_end", "hotline", "hotline_name", "basis"),
            "yearly-themes.csv", List.of("guidance", "report_deadline"),
            "plan-profiles.csv", List.of("title_starts", "title_phrases", "title_excludes", "implements", "issuer_system", "event"));
    /** Columns for the people who keep the data (sources, notes); never read. */
    private static final List<String> NOTE_COLUMNS = List.of("source", "note", "notes", "example", "examples", "ghi chú", "ghi_chu",
            "nguồn", "nguon", "ví dụ");


    private final List<Object> facts;
    private final List<Object> words;
    private final Vocabulary vocabulary;
    private final ParseVocabulary parseVocabulary;
    private final IssuingUnits issuingUnits;

    private ReferenceData(List<Object> rows) {
        this.facts = rows.stream().filter(r -> !isWord(r)).toList();
        this.words = rows.stream().filter(ReferenceData::isWord).toList();
        this.vocabulary = new Vocabulary(words, facts);
        this.issuingUnits = new IssuingUnits(vocabulary.recipients(),
                only(rows, IssuingUnits.ProvinceName.class).stream().map(IssuingUnits.ProvinceName::name).toList(), facts);
        this.parseVocabulary = new ParseVocabulary(only(rows, Profile.class), only(rows, SectionTitle.class),
                only(rows, YearlyEvent.class), only(rows, DocumentKind.class), only(rows, IssuerBody.class));
    }

    private static <T> List<T> only(List<Object> rows, Class<T> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** What the parser reads from the data: the plan profiles, the section titles, the yearly events. */
    public ParseVocabulary parseVocabulary() {
        return parseVocabulary;
    }

    public static ReferenceData empty() {
        return new ReferenceData(List.of());
    }

    /** All reference facts, to be inserted next to each plan. */
    public List<Object> facts() {
        return facts;
    }

    /**
     * Vocabulary the derived facts are computed with (task subjects, abbreviations); no rule matches it, so it is
     * not inserted.
     */
    public List<Object> words() {
        return words;
    }

    /** Who issued a document (name and province), as the auditor's sheets and the roster match it. */
    public IssuingUnits issuingUnits() {
        return issuingUnits;
    }

    /** The word tables, compiled. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    private static boolean isWord(Object row) {
        return row instanceof TaskSubjectWord || row instanceof Abbreviation || row instanceof SectionTitle || row instanceof IssuerBody
                || row instanceof Setting || row instanceof IssuingUnits.ProvinceName;
    }

    /**
     * Loads only the data of a rules folder ({@code rulesDir}/data), without compiling the rules: for commands that
     * parse but do not check ({@code facts}). Throws with every error found.
     */
    public static ReferenceData loadData(Path rulesDir, String displayPrefix) throws RuleFileException {
        List<RuleError> errors = new ArrayList<>();
        ReferenceData data = load(rulesDir.resolve("data"), displayPrefix + "/data", errors);
        if (!errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        return data;
    }

    /** Loads every known table in {@code dataDir}; errors are collected, not thrown one by one. */
    static ReferenceData load(Path dataDir, String displayPrefix, List<RuleError> errors) {
        List<Object> facts = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return new ReferenceData(facts);
        }
        Map<Object, RuleError> origins = new java.util.IdentityHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            errors.add(new RuleError(displayPrefix, 0, "không đọc được thư mục dữ liệu: " + e.getMessage()));
            return new ReferenceData(facts);
        }
        for (Path file : files) {
            String display = displayPrefix + "/" + file.getFileName();
            if (NAMED_TABLES.containsKey(file.getFileName().toString())) {
                loadNamed(file, display, facts, origins, errors);
                continue;
            }
            // a misspelt table name would otherwise be ignored without a word, and its rows never used
            errors.add(new RuleError(display, 0, "tệp dữ liệu không thuộc bảng nào mà quy tắc đọc (kiểm tra tên tệp; các bảng: "
                    + String.join(", ", new java.util.TreeSet<>(NAMED_TABLES.keySet())) + ")"));
        }
        DataLinks.check(facts, origins, errors);
        return new ReferenceData(DataLinks.withRulesetEnds(facts));
    }

    private static String unknownColumn(String table, List<String> header) {
        List<String> known = columnsOf(table);
        for (String h : header) {
            String c = h.trim().toLowerCase(Locale.ROOT);
            if (!c.isEmpty() && !known.contains(c) && !NOTE_COLUMNS.contains(c)) {
                return h.trim();
            }
        }
        return null;
    }

    private static List<String> columnsOf(String table) {
        List<String> all = new ArrayList<>(NAMED_COLUMNS.get(table));
        all.addAll(OPTIONAL_COLUMNS.getOrDefault(table, List.of()));
        return all;
    }


    /** What must be unique in a table: a year's theme, a document's number and symbol, a dissolved unit, a profile… */
    private static String keyOf(Object fact) {
        if (fact instanceof YearlyTheme y) {
            return y.getEvent() + " năm " + y.getYear();
        }
        if (fact instanceof RegisteredDocument d) {
            return d.getNumberSymbol();
        }
        if (fact instanceof DissolvedUnit u) {
            return u.getUnit();
        }
        if (fact instanceof Profile p) {
            return p.getId();
        }
        if (fact instanceof RequiredSection r) {
            return r.getProfile() + " " + r.getSection();
        }
        if (fact instanceof SectionTitle t) {
            return vn.plancheck.text.VietText.fold(t.title());
        }
        if (fact instanceof YearlyEvent e && e.getId() != null) {
            return e.getId();
        }
        if (fact instanceof Setting t) {
            return t.name();
        }
        if (fact instanceof PartyRuleset r) {
            return r.getFrom().toString();
        }
        return null;
    }

    private static void loadNamed(Path file, String display, List<Object> facts, Map<Object, RuleError> origins,
                                  List<RuleError> errors) {
        String name = file.getFileName().toString();
        try {
            List<Csv.Row> all = Csv.read(file);
            List<Csv.Row> rows = Csv.withHeader(all);
            for (String column : NAMED_COLUMNS.get(name)) {
                if (!all.isEmpty() && !rows.isEmpty() && !rows.get(0).has(column)) {
                    errors.add(new RuleError(display, all.get(0).line(), "thiếu cột " + column + " ở dòng tiêu đề"));
                    return;
                }
            }
            String unknown = unknownColumn(name, all.isEmpty() ? List.of() : all.get(0).cells());
            if (unknown != null) {
                errors.add(new RuleError(display, all.get(0).line(), "cột \"" + unknown + "\" không có trong bảng này (kiểm tra chính tả; các cột: "
                        + String.join(", ", columnsOf(name)) + "; cột ghi chú: source, note, example, ghi chú)"));
                return;
            }
            List<Object> table = new ArrayList<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            int columns = all.isEmpty() ? 0 : all.get(0).cells().size();
            for (Csv.Row row : rows) {
                if (row.cells().size() < columns) {
                    errors.add(new RuleError(display, row.line(), "dòng có " + row.cells().size() + " cột, dòng tiêu đề có "
                            + columns + " cột (thiếu dấu phẩy, hoặc ô có dấu phẩy chưa đặt trong ngoặc kép)"));
                    continue;
                }
                try {
                    Object fact = NAMED_TABLES.get(name).apply(row);
                    String clash = clash(fact, table);
                    if (clash != null) {
                        errors.add(new RuleError(display, row.line(), clash));
                    }
                    String key = keyOf(fact);
                    if (key != null && !keys.add(key)) {
                        errors.add(new RuleError(display, row.line(), "trùng với một dòng trước: " + key));
                    }
                    for (Object one : fact instanceof List<?> many ? many : List.of(fact)) {
                        origins.put(one, new RuleError(display, row.line(), ""));
                        table.add(one);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new RuleError(display, row.line(), e.getMessage()));
                }
            }
            facts.addAll(table);
        } catch (Csv.BadCsvException e) {
            errors.add(new RuleError(display, e.line(), e.getMessage()));
        } catch (IOException e) {
            errors.add(new RuleError(display, 0, "không đọc được tệp: " + e.getMessage()));
        }
    }

    private static Object documentKind(Csv.Row r) {
        return new DocumentKind(required(r.get("kind"), "kind"), blankToNull(r.get("type_line")), list(r.get("symbol_codes")),
                yesNo(r.get("is_plan"), "is_plan"), !r.get("vv_line").isBlank() && yesNo(r.get("vv_line"), "vv_line"));
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

    private static Object templateWord(Csv.Row r) {
        TemplateWord.Kind kind = enumCell(TemplateWord.Kind.class, r.get("kind"), "kind");
        String level = r.get("level").isBlank() ? null : r.get("level").trim().toUpperCase(Locale.ROOT);
        if (level != null && !List.of("COMMUNE", "DISTRICT", "PROVINCE", "CENTRAL").contains(level)) {
            throw new IllegalArgumentException("cột level: \"" + r.get("level") + "\" không hợp lệ; dùng COMMUNE, DISTRICT, PROVINCE, CENTRAL hoặc để trống");
        }
        return new TemplateWord(kind, required(r.get("word"), "word"), level);
    }

    private static Object yearlyEvent(Csv.Row r) {
        java.time.MonthDay start = r.get("period_start").isBlank() ? null : monthDay(r.get("period_start"), "period_start");
        java.time.MonthDay end = r.get("period_end").isBlank() ? null : monthDay(r.get("period_end"), "period_end");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("cột period_start, period_end: cần cả ngày bắt đầu và ngày kết thúc, hoặc để trống cả hai");
        }
        return new YearlyEvent(required(r.get("event"), "event"), r.get("id").isBlank() ? null : code(r.get("id"), "id"), start, end,
                blankToNull(r.get("hotline")), blankToNull(r.get("hotline_name")), blankToNull(r.get("basis")));
    }

    private static Object yearlyTheme(Csv.Row r) {
        return new YearlyTheme(code(r.get("event"), "event"), integer(r.get("year"), "year"), blankToNull(r.get("theme")),
                list(r.get("guidance")), date(r.get("report_deadline"), "report_deadline"));
    }

    private static Object profile(Csv.Row r) {
        String system = r.get("issuer_system").trim().toUpperCase(Locale.ROOT);
        DocSystem issuerSystem = system.isEmpty() ? null : enumCell(DocSystem.class, system, "issuer_system");
        return new Profile(code(r.get("profile"), "profile"), required(r.get("name"), "name"), list(r.get("title_starts")),
                list(r.get("title_phrases")), list(r.get("title_excludes")), list(r.get("implements")), issuerSystem,
                yesNo(r.get("report_deadline"), "report_deadline"), r.get("event").isBlank() ? null : code(r.get("event"), "event"));
    }

    private static Object requiredSection(Csv.Row r) {
        return new RequiredSection(code(r.get("profile"), "profile"), code(r.get("section"), "section"), required(r.get("label"), "label"));
    }

    private static Object sectionTitle(Csv.Row r) {
        return new SectionTitle(code(r.get("section"), "section"), required(r.get("title"), "title"));
    }

    /** The settings the program reads (settings.csv), with the range each must lie in. */
    static final Map<String, double[]> SETTINGS = Map.of("theme_similarity", new double[] {0.5, 1.0},
            "theme_similarity_ocr", new double[] {0.5, 1.0});

    private static Object setting(Csv.Row r) {
        String name = required(r.get("name"), "name");
        double[] range = SETTINGS.get(name);
        if (range == null) {
            throw new IllegalArgumentException("cột name: \"" + name + "\" không phải ngưỡng nào mà quy tắc dùng; các ngưỡng: "
                    + String.join(", ", new java.util.TreeSet<>(SETTINGS.keySet())));
        }
        double value;
        try {
            value = Double.parseDouble(required(r.get("value"), "value").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cột value: \"" + r.get("value") + "\" không phải số");
        }
        if (value < range[0] || value > range[1]) {
            throw new IllegalArgumentException("cột value: " + name + " phải từ " + range[0] + " đến " + range[1]);
        }
        return new Setting(name, value);
    }

    private static Object issuerBody(Csv.Row r) {
        return new IssuerBody(required(r.get("body"), "body"), yesNo(r.get("party"), "party"), yesNo(r.get("collective"), "collective"));
    }

    private static Object partyRuleset(Csv.Row r) {
        LocalDate from = date(r.get("from_date"), "from_date");
        if (from == null) {
            throw new IllegalArgumentException("cột from_date: cần ngày dạng YYYY-MM-DD");
        }
        return new PartyRuleset(from, null, required(r.get("ruleset"), "ruleset"));
    }

    /** A code the data's tables refer to each other by: capitals, digits and "_" ("CHILD_ACTION_MONTH"). */
    private static String code(String v, String column) {
        String c = required(v, column);
        if (!c.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("cột " + column + ": mã \"" + c + "\" chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (ví dụ CHILD_ACTION_MONTH)");
        }
        return c;
    }

    private static Object registeredDocument(Csv.Row r) {
        return new RegisteredDocument(r.get("doc_type"), required(r.get("number_symbol"), "number_symbol"),
                date(r.get("issue_date"), "issue_date"), r.get("issuer"), r.get("title"),
                enumCell(RegisteredDocument.Status.class, r.get("status"), "status"), date(r.get("status_date"), "status_date"),
                blankToNull(r.get("replaced_by")));
    }

    private static Object dissolvedUnit(Csv.Row r) {
        List<String> aliases = new ArrayList<>(list(r.get("aliases")));
        if (aliases.isEmpty()) {
            aliases.add(required(r.get("unit"), "unit"));
        }
        LocalDate on = date(r.get("dissolved_on"), "dissolved_on");
        if (on == null) {
            throw new IllegalArgumentException("cột dissolved_on: cần ngày dạng YYYY-MM-DD");
        }
        return new DissolvedUnit(required(r.get("unit"), "unit"), aliases, on, r.get("successor"), r.get("basis"));
    }

    private static Object taskSubjectWord(Csv.Row r) {
        return new TaskSubjectWord(required(r.get("words"), "words"), enumCell(TaskSubjectWord.Meaning.class, r.get("meaning"), "meaning"));
    }

    private static Object abbreviation(Csv.Row r) {
        List<String> forms = list(r.get("forms"));
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("cột forms: cần ít nhất một cách viết tắt");
        }
        return new Abbreviation(required(r.get("expansion"), "expansion"), forms);
    }

    private static Object reportDeadlineRule(Csv.Row r) {
        return new ReportDeadlineRule(integer(r.get("from_year"), "from_year"),
                r.get("to_year").isBlank() ? 9999 : integer(r.get("to_year"), "to_year"), code(r.get("profile"), "profile"),
                required(r.get("issuer_level"), "issuer_level").toUpperCase(Locale.ROOT), monthDay(r.get("latest"), "latest"),
                r.get("basis"));
    }

    /** One row per new province, its name a word (for telling a unit's province); each merged old province its own fact. */
    private static Object provinces(Csv.Row r) {
        String now = required(r.get("new_province"), "new_province");
        LocalDate on = date(r.get("effective_date"), "effective_date");
        List<Object> merged = new ArrayList<>();
        merged.add(new IssuingUnits.ProvinceName(now));
        for (String old : list(r.get("old_provinces"))) {
            if (!old.equalsIgnoreCase(now)) {
                merged.add(new MergedProvince(old, now, on));
            }
        }
        return merged;
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

    private static java.time.MonthDay monthDay(String v, String column) {
        try {
            return java.time.MonthDay.parse("--" + v.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("cột " + column + ": \"" + v + "\" phải có dạng MM-DD (ví dụ 07-20)");
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
