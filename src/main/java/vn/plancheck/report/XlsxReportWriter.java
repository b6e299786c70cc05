package vn.plancheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;
import vn.plancheck.report.XlsxSheet.Column;

/**
 * Writes the findings workbook: "Tổng hợp" (one row per document), "Phát hiện" (one row per
 * finding) and "Quy tắc" (the rule catalog).
 *
 * <p>Streamed with SXSSF in a single pass over the documents, writing the summary row and the
 * finding rows of each document side by side, so memory stays flat however large the batch.
 * What SXSSF keeps in memory is bounded here: at most {@value #MAX_HYPERLINKS} hyperlinks, one
 * data validation and one autofilter per sheet, and a fixed set of styles.
 */
public final class XlsxReportWriter {
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String FINDINGS_SHEET = "Phát hiện";
    static final String RULES_SHEET = "Quy tắc";
    /** Hyperlinks are never flushed by SXSSF; beyond this many the file name is plain text. */
    static final int MAX_HYPERLINKS = 5_000;
    static final List<String> ACTIONS = List.of("Mới", "Đã sửa", "Bỏ qua");

    private static final int ROW_WINDOW = 200;

    private static final List<Column> SUMMARY_COLUMNS = List.of(
            new Column("STT", 6), new Column("Tệp", 40), new Column("Cơ quan ban hành", 32),
            new Column("Số ký hiệu", 16), new Column("Ngày ban hành", 13), new Column("Loại kế hoạch", 24),
            new Column("Năm", 7), new Column("Lỗi", 7), new Column("Cảnh báo", 10), new Column("Thông tin", 10),
            new Column("Trạng thái", 40));
    private static final List<Column> FINDING_COLUMNS = List.of(
            new Column("STT", 7), new Column("Tệp", 32), new Column("Mã quy tắc", 26), new Column("Mức độ", 11),
            new Column("Nhóm", 16), new Column("Nội dung", 60), new Column("Dòng", 7), new Column("Trích dẫn", 40),
            new Column("Căn cứ pháp lý", 32), new Column("Xử lý", 10));
    private static final List<Column> RULE_COLUMNS = List.of(
            new Column("Mã quy tắc", 28), new Column("Nhóm", 16), new Column("Mức độ", 11),
            new Column("Mô tả", 60), new Column("Căn cứ pháp lý", 40), new Column("Tệp quy tắc", 28));
    private static final int ACTION_COLUMN = 9;

    private final int maxHyperlinks;

    public XlsxReportWriter() {
        this(MAX_HYPERLINKS);
    }

    /** For tests: a lower hyperlink cap, to see the fallback to plain text on a small file. */
    XlsxReportWriter(int maxHyperlinks) {
        this.maxHyperlinks = maxHyperlinks;
    }

    /** Writes the workbook to {@code file} atomically (see {@link AtomicFiles}). */
    public void write(CheckRun run, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(run, out));
    }

    private void write(CheckRun run, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        wb.setCompressTempFiles(true); // temp files of a big batch would otherwise be ~10x the xlsx
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            XlsxSheet summary = new XlsxSheet(wb, SUMMARY_SHEET, styles, SUMMARY_COLUMNS);
            XlsxSheet findings = new XlsxSheet(wb, FINDINGS_SHEET, styles, FINDING_COLUMNS);
            XlsxSheet rules = new XlsxSheet(wb, RULES_SHEET, styles, RULE_COLUMNS);
            writeDocuments(run, wb, styles, summary, findings, maxHyperlinks);
            writeRules(run, styles, rules);
            wb.write(out);
        } finally {
            wb.dispose(); // deletes the temp files even when writing failed
            wb.close();
        }
    }

    private static void writeDocuments(CheckRun run, SXSSFWorkbook wb, XlsxStyles styles,
                                       XlsxSheet summary, XlsxSheet findings, int maxHyperlinks) {
        Tally tally = new Tally();
        int links = 0;
        List<DocumentResult> docs = run.getDocuments() == null ? List.of() : run.getDocuments();
        for (DocumentResult doc : docs) {
            tally.add(doc);
            Row docRow = summaryRow(doc, (int) tally.documents(), styles, summary);
            // 1-based row of this document on "Tổng hợp", for the links from its findings.
            String target = "'" + SUMMARY_SHEET + "'!B" + (docRow.getRowNum() + 1);
            for (Finding f : doc.getFindings()) {
                Row row = findings.newRow();
                findings.number(row, 0, findings.lastRow(), styles.number);
                if (links < maxHyperlinks) {
                    findings.text(row, 1, doc.getFile(), styles.link);
                    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(target);
                    row.getCell(1).setHyperlink(link);
                    links++;
                } else {
                    findings.text(row, 1, doc.getFile(), styles.text);
                }
                findings.text(row, 2, f.getRuleId(), styles.text);
                Severity s = f.getSeverity();
                findings.text(row, 3, s == null ? null : s.label(), styles.severity(s));
                findings.text(row, 4, f.getCategory() == null ? null : f.getCategory().label(), styles.text);
                findings.text(row, 5, f.getMessage(), styles.wrap);
                findings.number(row, 6, f.getLine() > 0 ? f.getLine() : null); // 0 = whole document
                findings.text(row, 7, f.getEvidence(), styles.wrap);
                findings.text(row, 8, f.getBasis(), styles.wrap);
                findings.text(row, ACTION_COLUMN, ACTIONS.get(0), styles.text);
            }
        }
        summary.autoFilter(summary.lastRow()); // before the totals row, so sorting leaves it last
        totalsRow(tally, styles, summary);
        findings.autoFilter(findings.lastRow());
        addActionValidation(findings);
    }

    private static Row summaryRow(DocumentResult doc, int stt, XlsxStyles styles, XlsxSheet sheet) {
        Row row = sheet.newRow();
        Plan plan = doc.getPlan();
        sheet.number(row, 0, stt, styles.number);
        sheet.text(row, 1, doc.getFile(), styles.wrap);
        sheet.text(row, 2, plan == null ? null : plan.getIssuer(), styles.wrap);
        sheet.text(row, 3, plan == null ? null : plan.getNumberSymbol(), styles.text);
        sheet.date(row, 4, plan == null ? null : plan.getIssueDate());
        sheet.text(row, 5, plan == null ? null : Labels.planType(plan.getType()), styles.text);
        sheet.number(row, 6, plan == null ? null : plan.getYear());
        sheet.number(row, 7, doc.count(Severity.ERROR), styles.number);
        sheet.number(row, 8, doc.count(Severity.WARNING), styles.number);
        sheet.number(row, 9, doc.count(Severity.INFO), styles.number);
        sheet.text(row, 10, Labels.status(doc), plan == null ? styles.problem : styles.wrap);
        return row;
    }

    private static void totalsRow(Tally tally, XlsxStyles styles, XlsxSheet sheet) {
        Row row = sheet.newRow();
        for (int col = 0; col <= 10; col++) {
            row.createCell(col).setCellStyle(styles.total); // a full top border under the table
        }
        sheet.text(row, 1, "Tổng cộng: " + tally.documents() + " tệp", styles.total);
        sheet.number(row, 7, tally.errors(), styles.totalNumber);
        sheet.number(row, 8, tally.warnings(), styles.totalNumber);
        sheet.number(row, 9, tally.infos(), styles.totalNumber);
        sheet.text(row, 10, tally.checked() + " đã kiểm tra, "
                + tally.unreadable() + " không đọc được", styles.total);
    }

    /** One list validation over the whole "Xử lý" column, not one per row (they stay in memory). */
    private static void addActionValidation(XlsxSheet findings) {
        int last = findings.lastRow();
        if (last < 1) {
            return;
        }
        DataValidationHelper helper = findings.sheet().getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(ACTIONS.toArray(String[]::new)),
                new CellRangeAddressList(1, last, ACTION_COLUMN, ACTION_COLUMN));
        // POI's XSSF flag is inverted against Excel's showDropDown: true here SHOWS the arrow.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Xử lý", "Chọn một trong: " + String.join(", ", ACTIONS) + ".");
        findings.sheet().addValidationData(validation);
    }

    private static void writeRules(CheckRun run, XlsxStyles styles, XlsxSheet sheet) {
        List<RuleInfo> rules = run.getRules() == null ? List.of() : run.getRules();
        for (RuleInfo r : rules) {
            Row row = sheet.newRow();
            sheet.text(row, 0, r.getId(), styles.text);
            sheet.text(row, 1, r.getCategory() == null ? null : r.getCategory().label(), styles.text);
            sheet.text(row, 2, r.getSeverity() == null ? null : r.getSeverity().label(), styles.severity(r.getSeverity()));
            sheet.text(row, 3, r.getTitle(), styles.wrap);
            sheet.text(row, 4, r.getBasis(), styles.wrap);
            sheet.text(row, 5, r.getSource(), styles.text);
        }
        sheet.autoFilter(sheet.lastRow());
    }
}
