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

import vn.plancheck.model.PlanType;
import vn.plancheck.model.RequiredSection;
import vn.plancheck.model.SectionKind;

/**
 * Reference facts loaded from {@code rules/data/*.csv}: tables that are really data (required sections,
 * yearly themes, the legal-document registry, dissolved units). Each known file maps its rows to one fact
 * class; a bad cell is reported with file and line so an official can fix the row.
 */
public final class ReferenceData {
    /** Turns one row into a fact; throws IllegalArgumentException with a Vietnamese reason for a bad cell. */
    private interface RowMapper extends Function<Csv.Row, Object> {
    }

    private static final Map<String, RowMapper> TABLES = Map.of(
            "required-sections.csv", ReferenceData::requiredSection);

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
            RowMapper mapper = TABLES.get(file.getFileName().toString());
            if (mapper == null) {
                continue; // other CSV files (e.g. notes kept by officials) are not reference tables
            }
            try {
                List<Csv.Row> rows = Csv.read(file);
                for (Csv.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                    try {
                        facts.add(mapper.apply(row));
                    } catch (IllegalArgumentException e) {
                        errors.add(new RuleError(display, row.line(), e.getMessage()));
                    }
                }
            } catch (IOException e) {
                errors.add(new RuleError(display, 0, "không đọc được tệp: " + e.getMessage()));
            }
        }
        return new ReferenceData(facts);
    }

    private static Object requiredSection(Csv.Row r) {
        return new RequiredSection(enumCell(PlanType.class, r.get(0), "plan_type"),
                enumCell(SectionKind.class, r.get(1), "section_kind"), r.get(2));
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
