package vn.plancheck.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.report.XlsxSheet.Column;

/**
 * The auditor's per-issuer summary ("Theo đơn vị"): plans, errors, warnings and the worst finding of each
 * issuing unit. Only counters and one finding per unit are kept, so it stays small for any batch.
 */
final class IssuerTable {
    static final List<Column> COLUMNS = List.of(new Column("Đơn vị ban hành", 40), new Column("Số kế hoạch", 12),
            new Column("Lỗi", 7), new Column("Cảnh báo", 10), new Column("Thông tin", 10), new Column("Không đọc được", 14),
            new Column("Phát hiện nghiêm trọng nhất", 70));

    private static final class Entry {
        long plans;
        long errors;
        long warnings;
        long infos;
        long unreadable;
        Finding worst;
        String worstFile;
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(DocumentResult doc) {
        String issuer = doc.getPlan() == null || doc.getPlan().getIssuer() == null ? "(không rõ đơn vị)" : doc.getPlan().getIssuer().strip();
        Entry e = entries.computeIfAbsent(issuer.toUpperCase(), k -> new Entry());
        e.plans++;
        e.errors += doc.count(Severity.ERROR);
        e.warnings += doc.count(Severity.WARNING);
        e.infos += doc.count(Severity.INFO);
        if (doc.getPlan() == null) {
            e.unreadable++;
        }
        for (Finding f : doc.getOpenFindings()) {
            if (e.worst == null || f.getSeverity().ordinal() < e.worst.getSeverity().ordinal()) {
                e.worst = f;
                e.worstFile = doc.getFile();
            }
        }
    }

    void write(XlsxSheet sheet, XlsxStyles styles) {
        entries.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Entry> x) -> -x.getValue().errors).thenComparing(Map.Entry::getKey))
                .forEach(x -> {
                    Entry e = x.getValue();
                    Row row = sheet.newRow();
                    sheet.text(row, 0, x.getKey(), styles.wrap);
                    sheet.number(row, 1, e.plans, styles.number);
                    sheet.number(row, 2, e.errors, styles.number);
                    sheet.number(row, 3, e.warnings, styles.number);
                    sheet.number(row, 4, e.infos, styles.number);
                    sheet.number(row, 5, e.unreadable, styles.number);
                    sheet.text(row, 6, e.worst == null ? null
                            : "[" + e.worst.getSeverity().label() + "] " + e.worst.getRuleId() + ": " + e.worst.getMessage() + " (" + e.worstFile + ")",
                            e.worst == null ? styles.wrap : styles.wrap);
                });
        sheet.autoFilter(sheet.lastRow());
    }
}
