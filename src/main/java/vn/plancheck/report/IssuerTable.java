package vn.plancheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.plancheck.model.Finding;
import vn.plancheck.model.IssuingUnit;
import vn.plancheck.model.Severity;
import vn.plancheck.report.XlsxSheet.Column;
import vn.plancheck.report.XlsxSheet.Row;

/**
 * The auditor's per-unit summary ("Theo đơn vị"): one row per issuing unit, told apart by its name and its place
 * (the "Sở Y tế" of two provinces are two rows; "UBND xã Đông Sơn" and "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN" one), with its
 * plans counted once however many files each came in, its files, its counts and its most serious finding. A plan
 * sent in several formats counts the findings of the copy with the most of each severity: the same defect read in
 * three files is one defect of the unit.
 */
final class IssuerTable {
    static final List<Column> COLUMNS = List.of(new Column("Đơn vị ban hành", 40), new Column("Địa bàn", 18),
            new Column("Số kế hoạch", 12), new Column("Lỗi", 7), new Column("Cảnh báo", 10), new Column("Thông tin", 10),
            new Column("Không đọc được", 14), new Column("Văn bản khác", 12), new Column("Tệp", 50),
            new Column("Phát hiện nghiêm trọng nhất", 70));
    /** A cell holds at most 32,767 characters; a long list of files is cut well before. */
    private static final int FILES_LIMIT = 2_000;

    /** One unit's row. */
    static final class Unit {
        final IssuingUnit unit;
        long plans;
        long notPlans;
        long unreadable;
        long errors;
        long warnings;
        long infos;
        final List<String> files = new ArrayList<>();
        Finding worst;
        String worstFile;

        Unit(IssuingUnit unit) {
            this.unit = unit;
        }

        String name() {
            return unit.name() == null ? "(không rõ đơn vị)" : unit.name();
        }

        long count(Severity s) {
            return switch (s) {
                case ERROR -> errors;
                case WARNING -> warnings;
                case INFO -> infos;
            };
        }

        private void add(Unit other) {
            plans += other.plans;
            notPlans += other.notPlans;
            unreadable += other.unreadable;
            errors += other.errors;
            warnings += other.warnings;
            infos += other.infos;
            files.addAll(other.files);
            if (other.worst != null && (worst == null || other.worst.getSeverity().ordinal() < worst.getSeverity().ordinal())) {
                worst = other.worst;
                worstFile = other.worstFile;
            }
        }
    }

    private IssuerTable() {
    }

    /** The units of the batch, most errors first. */
    static List<Unit> units(BatchIndex index) {
        Map<String, Unit> rows = new LinkedHashMap<>();
        for (List<BatchIndex.Entry> doc : index.documents()) {
            BatchIndex.Entry rep = BatchIndex.representative(doc);
            Unit u = rows.computeIfAbsent(rep.unit().key(), k -> new Unit(rep.unit()));
            if (!rep.readable()) {
                u.unreadable++;
            } else if (rep.plan()) {
                u.plans++;
            } else {
                u.notPlans++;
            }
            u.errors += doc.stream().mapToLong(BatchIndex.Entry::errors).max().orElse(0);
            u.warnings += doc.stream().mapToLong(BatchIndex.Entry::warnings).max().orElse(0);
            u.infos += doc.stream().mapToLong(BatchIndex.Entry::infos).max().orElse(0);
            u.files.add(String.join(" + ", doc.stream().map(BatchIndex.Entry::name).toList()));
            for (BatchIndex.Entry e : doc) {
                Finding f = e.worst();
                if (f != null && (u.worst == null || f.getSeverity().ordinal() < u.worst.getSeverity().ordinal())) {
                    u.worst = f;
                    u.worstFile = e.file();
                }
            }
        }
        mergePlaceless(rows);
        List<Unit> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparingLong((Unit u) -> -u.errors).thenComparing(Unit::name));
        return out;
    }

    /**
     * A unit's document that gives no place (a copy whose place line was lost) joins the unit of the same name when
     * there is exactly one such unit with a place; with two (two provinces' Sở Y tế) it stays apart.
     */
    private static void mergePlaceless(Map<String, Unit> rows) {
        for (Unit u : new ArrayList<>(rows.values())) {
            if (!u.unit.isKnown() || !u.unit.localityKey().isEmpty()) {
                continue;
            }
            List<Unit> placed = rows.values().stream()
                    .filter(o -> o != u && o.unit.nameKey().equals(u.unit.nameKey()) && !o.unit.localityKey().isEmpty()).toList();
            if (placed.size() == 1) {
                placed.get(0).add(u);
                rows.remove(u.unit.key());
            }
        }
    }

    static void write(BatchIndex index, XlsxSheet sheet, XlsxStyles styles) {
        for (Unit u : units(index)) {
            Row row = sheet.newRow();
            sheet.text(row, 0, u.name(), styles.wrap);
            sheet.text(row, 1, u.unit.locality(), styles.wrap);
            sheet.number(row, 2, u.plans, styles.number);
            sheet.number(row, 3, u.errors, styles.number);
            sheet.number(row, 4, u.warnings, styles.number);
            sheet.number(row, 5, u.infos, styles.number);
            sheet.number(row, 6, u.unreadable, styles.number);
            sheet.number(row, 7, u.notPlans, styles.number);
            sheet.text(row, 8, files(u.files), styles.wrap);
            sheet.text(row, 9, u.worst == null ? null
                    : "[" + u.worst.getSeverity().label() + "] " + u.worst.getRuleId() + ": " + u.worst.getMessage() + " (" + u.worstFile + ")",
                    styles.wrap);
        }
        sheet.autoFilter(sheet.lastRow());
    }

    /** "a.docx + a.pdf; b.txt", cut with "… (N tệp)" past the limit. */
    private static String files(List<String> files) {
        String all = String.join("; ", files);
        if (all.length() <= FILES_LIMIT) {
            return all;
        }
        return all.substring(0, FILES_LIMIT).stripTrailing() + "… (" + files.size() + " văn bản)";
    }
}
