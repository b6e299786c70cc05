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
    static final String ISSUERS_SHEET = "Theo đơn vị";
    static final String LINKS_SHEET = "Kế hoạch cấp trên";
    /** Hyperlinks are never flushed by SXSSF; beyond this many the file name is plain text. */
    static final int MAX_HYPERLINKS = 5_000;
    static final List<String> ACTIONS = List.of("Mới", "Đã sửa", "Bỏ qua");

    private static final int ROW_WINDOW = 200;

    private static final List<Column> SUMMARY_COLUMNS = List.of(
            new Column("STT", 6), new Column("Tệp", 40), new Column("Cơ quan ban hành", 32),
            new Column("Số ký hiệu", 16), new Column("Ngày ban hành", 13), new Column("Loại kế hoạch", 24),
            new Column("Năm", 7), new Column("Lỗi", 7), new Column("Cảnh báo", 10), new Column("Thông tin", 10),
            new Column("Trạng thái", 40));
    // What a reviewer reads first (the message, where it is and the original words there) comes before what
    // the program read: the line of the extracted text and the evidence, the parsed value the rule matched.
    private static final List<Column> FINDING_COLUMNS = List.of(
            new Column("STT", 7), new Column("Tệp", 32), new Column("Mã quy tắc", 26), new Column("Mức độ", 11),
            new Column("Nhóm", 16), new Column("Nội dung", 60), new Column("Vị trí", 22), new Column("Trích dẫn", 40),
            new Column("Dòng", 7), new Column("Bằng chứng", 32), new Column("Căn cứ pháp lý", 32),
            new Column("Xử lý", 10));
    private static final List<Column> RULE_COLUMNS = List.of(
            new Column("Mã quy tắc", 28), new Column("Nhóm", 16), new Column("Mức độ", 11),
            new Column("Mô tả", 60), new Column("Căn cứ pháp lý", 40), new Column("Tệp quy tắc", 28));
    /** "Xử lý", the last column: derived, so that a new column cannot leave the drop-down list elsewhere. */
    private static final int ACTION_COLUMN = FINDING_COLUMNS.size() - 1;
    private static final List<Column> ISSUER_COLUMNS = IssuerTable.COLUMNS;
    private static final List<Column> LINK_COLUMNS = List.of(
            new Column("Kế hoạch cấp trên", 36), new Column("Cơ quan ban hành", 28), new Column("Kế hoạch cấp dưới", 36),
            new Column("Cơ quan ban hành", 28), new Column("Cách liên kết", 30), new Column("Lỗi", 7), new Column("Cảnh báo", 10),
            new Column("Thông tin", 10), new Column("Trạng thái", 36));

    private final int maxHyperlinks;

    public XlsxReportWriter() {
        this(MAX_HYPERLINKS);
    }

    /** For tests: a lower hyperlink cap, to see the fallback to plain text on a small file. */
    XlsxReportWriter(int maxHyperlinks) {
        this.maxHyperlinks = maxHyperlinks;
    }

    /**
     * Loads and initialises POI's workbook classes (hundreds of ms on a cold JVM) by writing a tiny workbook to
     * nowhere; a command calls it on a background thread while the rules load, so a single-draft check does not
     * pay for both one after the other.
     */
    public static void warmUp() {
        TempFiles.acquire();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
            XlsxStyles styles = new XlsxStyles(wb);
            XlsxSheet sheet = new XlsxSheet(wb, SUMMARY_SHEET, styles, SUMMARY_COLUMNS);
            Row row = sheet.newRow();
            sheet.text(row, 0, "khởi động", styles.wrap);
            sheet.date(row, 1, java.time.LocalDate.of(2024, 1, 1));
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real write reports its own errors
        } finally {
            TempFiles.release();
        }
    }

    /** Writes the workbook to {@code file} atomically (see {@link AtomicFiles}). */
    public void write(CheckRun run, Path file) throws IOException {
        try (ReportSink sink = open(file, run.getRules() == null ? List.of() : run.getRules())) {
            for (DocumentResult doc : run.getDocuments() == null ? List.<DocumentResult>of() : run.getDocuments()) {
                sink.add(doc);
            }
            sink.finish(new ReportSink.RunTotals(run.getSkippedFiles()));
        }
    }

    /**
     * Starts a workbook fed document by document. Rows go to SXSSF's compressed temporary files as they
     * come; the file itself is written atomically by {@code finish}.
     */
    public ReportSink open(Path file, List<RuleInfo> rules) {
        return new Session(file, rules, maxHyperlinks);
    }

    /** A streaming workbook whose temporary files go to this run's own folder ({@link TempFiles}). */
    private static SXSSFWorkbook newWorkbook() {
        TempFiles.acquire();
        try {
            return new SXSSFWorkbook(ROW_WINDOW);
        } catch (RuntimeException e) {
            TempFiles.release();
            throw e;
        }
    }

    private static final class Session implements ReportSink {
        private final Path file;
        private final SXSSFWorkbook wb = newWorkbook();
        private final XlsxStyles styles;
        private final XlsxSheet summary;
        private final XlsxSheet issuers;
        private final XlsxSheet links;
        private final XlsxSheet findings;
        private final Tally tally = new Tally();
        private final IssuerTable issuerTable = new IssuerTable();
        private final java.util.Map<String, DocLine> docLines = new java.util.HashMap<>();
        private final int maxHyperlinks;
        private int hyperlinks;
        private boolean closed;

        Session(Path file, List<RuleInfo> rules, int maxHyperlinks) {
            this.file = file;
            this.maxHyperlinks = maxHyperlinks;
            wb.setCompressTempFiles(true); // temp files of a big batch would otherwise be ~10x the xlsx
            styles = new XlsxStyles(wb);
            summary = new XlsxSheet(wb, SUMMARY_SHEET, styles, SUMMARY_COLUMNS);
            issuers = new XlsxSheet(wb, ISSUERS_SHEET, styles, ISSUER_COLUMNS);
            links = new XlsxSheet(wb, LINKS_SHEET, styles, LINK_COLUMNS);
            findings = new XlsxSheet(wb, FINDINGS_SHEET, styles, FINDING_COLUMNS);
            writeRules(rules, styles, new XlsxSheet(wb, RULES_SHEET, styles, RULE_COLUMNS));
        }

        @Override
        public void add(DocumentResult doc) {
            tally.add(doc);
            issuerTable.add(doc);
            Row docRow = summaryRow(doc, (int) tally.documents(), styles, summary);
            // 1-based row of this document on "Tổng hợp", for the links from its findings.
            String target = "'" + SUMMARY_SHEET + "'!B" + (docRow.getRowNum() + 1);
            docLines.put(doc.getFile(), new DocLine(target, Labels.status(doc), doc.count(Severity.ERROR), doc.count(Severity.WARNING),
                    doc.count(Severity.INFO), doc.getPlan() == null ? null : doc.getPlan().getIssuer(), Labels.planName(doc.getPlan())));
            for (Finding f : doc.getFindings()) {
                Row row = findings.newRow();
                findings.number(row, 0, findings.lastRow(), styles.number);
                link(row, 1, doc.getFile(), target, findings);
                findings.text(row, 2, f.getRuleId(), styles.text);
                Severity s = f.getSeverity();
                findings.text(row, 3, s == null ? null : s.label(), styles.severity(s));
                findings.text(row, 4, f.getCategory() == null ? null : f.getCategory().label(), styles.text);
                findings.text(row, 5, f.getMessage(), styles.wrap);
                findings.text(row, 6, Labels.where(f), styles.wrap);
                findings.text(row, 7, f.getQuote(), styles.wrap);
                findings.number(row, 8, f.getLine() > 0 ? f.getLine() : null); // 0 = whole document
                findings.text(row, 9, f.getEvidence(), styles.wrap);
                findings.text(row, 10, f.getBasis(), styles.wrap);
                findings.text(row, ACTION_COLUMN, ACTIONS.get(0), styles.text);
            }
        }

        /** The cell links to a document's row on "Tổng hợp"; past the cap, plain text (hyperlinks stay in memory). */
        private void link(Row row, int col, String text, String target, XlsxSheet sheet) {
            if (hyperlinks < maxHyperlinks && target != null) {
                sheet.text(row, col, text, styles.link);
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(target);
                row.getCell(col).setHyperlink(link);
                hyperlinks++;
            } else {
                sheet.text(row, col, text, styles.text);
            }
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            summary.autoFilter(summary.lastRow()); // before the totals row, so sorting leaves it last
            totalsRow(tally, styles, summary);
            if (totals.interrupted()) {
                Row row = summary.newRow();
                summary.text(row, 1, ConsoleReportWriter.INTERRUPTED + tally.documents()
                        + " tệp đã kiểm tra xong có trong sổ này; các tệp còn lại chưa được kiểm tra.", styles.problem);
            }
            skippedRows(totals.skipped(), styles, summary);
            findings.autoFilter(findings.lastRow());
            addActionValidation(findings);
            issuerTable.write(issuers, styles);
            writeLinks(totals.links());
            AtomicFiles.write(file, wb::write);
            close();
        }

        private void writeLinks(List<vn.plancheck.model.PlanLink> planLinks) {
            for (vn.plancheck.model.PlanLink l : planLinks) {
                DocLine parent = docLines.get(l.getParentFile());
                DocLine child = docLines.get(l.getChildFile());
                Row row = links.newRow();
                // the auditor knows the parent by its number and date, not by where its file lies
                String parentName = parent == null || parent.name() == null ? l.getParentFile() : parent.name() + " (" + l.getParentFile() + ")";
                link(row, 0, parentName, parent == null ? null : parent.target(), links);
                links.text(row, 1, parent == null ? null : parent.issuer(), styles.wrap);
                link(row, 2, l.getChildFile(), child == null ? null : child.target(), links);
                links.text(row, 3, child == null ? null : child.issuer(), styles.wrap);
                links.text(row, 4, l.getHow(), styles.wrap);
                links.number(row, 5, child == null ? null : child.errors(), styles.number);
                links.number(row, 6, child == null ? null : child.warnings(), styles.number);
                links.number(row, 7, child == null ? null : child.infos(), styles.number);
                links.text(row, 8, child == null ? null : child.status(), styles.wrap);
            }
            links.autoFilter(links.lastRow());
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    wb.dispose(); // deletes the temp files even when writing failed
                    wb.close();
                } finally {
                    TempFiles.release();
                }
            }
        }
    }

    /** What the link sheet needs of a document, kept after its rows are flushed. */
    private record DocLine(String target, String status, long errors, long warnings, long infos, String issuer, String name) {
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

    /** Below the totals: each file found in the folders and not checked, with why ("Trạng thái"). */
    private static void skippedRows(List<vn.plancheck.model.SkippedFile> skipped, XlsxStyles styles, XlsxSheet sheet) {
        if (skipped.isEmpty()) {
            return;
        }
        sheet.newRow();
        Row head = sheet.newRow();
        sheet.text(head, 1, "Tệp không kiểm tra (" + skipped.size() + ")", styles.total);
        sheet.text(head, 10, "Lý do", styles.total);
        for (vn.plancheck.model.SkippedFile f : skipped) {
            Row row = sheet.newRow();
            sheet.text(row, 1, f.file(), styles.wrap);
            sheet.text(row, 10, f.reason(), styles.wrap);
        }
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

    private static void writeRules(List<RuleInfo> rules, XlsxStyles styles, XlsxSheet sheet) {
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
