package vn.plancheck.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Decision;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;
import vn.plancheck.report.XlsxSheet.Column;
import vn.plancheck.report.XlsxSheet.Row;
import vn.plancheck.report.XlsxStyles.Style;

/**
 * Writes the findings workbook: "Tổng hợp" (one row per document), "Phát hiện" (one row per
 * finding, with the reviewer's "Xử lý" drop-down and "Lý do"; the findings a decision set aside
 * last, below a title) and "Quy tắc" (the rule catalog).
 *
 * <p>Written as SpreadsheetML by {@link XlsxWorkbook}, without POI, in a single pass over the documents: the finding
 * rows of each document go out as it comes ({@link Spool}), so memory stays flat however large the batch. What is kept
 * in memory is bounded: at most {@value #MAX_HYPERLINKS} hyperlinks, one data validation and one autofilter per sheet,
 * and the dismissed findings (reviewers' decisions, so few) until the end of the sheet.
 */
public final class XlsxReportWriter {
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String FINDINGS_SHEET = "Phát hiện";
    static final String RULES_SHEET = "Quy tắc";
    static final String ISSUERS_SHEET = "Theo đơn vị";
    static final String LINKS_SHEET = "Kế hoạch cấp trên";
    /** Hyperlinks are kept in memory until the end of their sheet; beyond this many the file name is plain text. */
    static final int MAX_HYPERLINKS = 5_000;
    /** The reviewer's choices in "Xử lý": not decided yet, then the decisions a decisions file remembers. */
    static final List<String> ACTIONS = java.util.stream.Stream.concat(Stream.of(DecisionStatus.UNDECIDED_LABEL),
            Arrays.stream(DecisionStatus.values()).map(DecisionStatus::label)).toList();

    // Headers that {@link ReviewedWorkbook} finds the columns by: renaming one here renames it there.
    static final String FILE = "Tệp";
    static final String ISSUER = "Cơ quan ban hành";
    static final String NUMBER = "Số ký hiệu";
    static final String ISSUED = "Ngày ban hành";
    static final String RULE = "Mã quy tắc";
    static final String MESSAGE = "Nội dung";
    static final String QUOTE = "Trích dẫn";
    static final String ACTION = "Xử lý";
    static final String REASON = "Lý do";
    static final String NEW = "Mới so với lần trước";
    /** The title of the section that lists, at the end of "Phát hiện", the findings a reviewer dismissed. */
    static final String DISMISSED_TITLE = "Đã bỏ qua hoặc chấp nhận (không tính vào số lỗi, cảnh báo, thông tin, kết luận và mã thoát)";

    private static final List<Column> SUMMARY_COLUMNS = List.of(
            new Column("STT", 6), new Column("Tệp", 40), new Column("Cơ quan ban hành", 32),
            new Column("Số ký hiệu", 16), new Column("Ngày ban hành", 13), new Column("Loại kế hoạch", 30),
            new Column("Năm", 7), new Column("Lỗi", 7), new Column("Cảnh báo", 10), new Column("Thông tin", 10),
            new Column("Đã bỏ qua", 10), new Column("Trạng thái", 40), new Column("Cùng văn bản với", 40));
    private static final int STATUS_COLUMN = index(SUMMARY_COLUMNS, "Trạng thái");
    /** The other files of the same document (a plan sent as .docx, .pdf and .txt). */
    private static final int SAME_DOCUMENT_COLUMN = index(SUMMARY_COLUMNS, "Cùng văn bản với");
    // What a reviewer reads first (the message, where it is and the original words there) comes before what
    // the program read: the line of the extracted text and the evidence, the parsed value the rule matched.
    private static final List<Column> FINDING_COLUMNS = List.of(
            new Column("STT", 7), new Column("Tệp", 32), new Column("Mã quy tắc", 26), new Column("Mức độ", 11),
            new Column("Nhóm", 16), new Column("Nội dung", 60), new Column("Vị trí", 22), new Column("Trích dẫn", 40),
            new Column("Dòng", 7), new Column("Bằng chứng", 32), new Column("Căn cứ pháp lý", 32),
            new Column(ACTION, 12), new Column(REASON, 30));
    /** With {@code --baseline}: whether each finding is new since the earlier run. */
    private static final List<Column> FINDING_COLUMNS_BASELINE = Stream.concat(FINDING_COLUMNS.stream(),
            Stream.of(new Column(NEW, 12))).toList();
    private static final List<Column> RULE_COLUMNS = List.of(
            new Column("Mã quy tắc", 28), new Column("Nhóm", 16), new Column("Mức độ", 11),
            new Column("Mô tả", 60), new Column("Căn cứ pháp lý", 40), new Column("Tệp quy tắc", 28));
    /** Found by header, so that a new column cannot leave the drop-down list elsewhere. */
    private static final int ACTION_COLUMN = index(FINDING_COLUMNS, ACTION);
    private static final int REASON_COLUMN = index(FINDING_COLUMNS, REASON);
    private static final int NEW_COLUMN = index(FINDING_COLUMNS_BASELINE, NEW);
    private static final List<Column> ISSUER_COLUMNS = IssuerTable.COLUMNS;
    /** "Trạng thái" of a roster unit that sent no plan. */
    static final String NOT_SUBMITTED = "Chưa nộp";
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
     * Starts a workbook fed document by document. Rows are written out as they come (to a temporary file of the
     * run's own folder past a few megabytes); the file itself is written atomically by {@code finish}.
     */
    public ReportSink open(Path file, List<RuleInfo> rules) {
        return open(file, rules, false);
    }

    /** The same, with the column "Mới so với lần trước" when the run is compared with a baseline. */
    public ReportSink open(Path file, List<RuleInfo> rules, boolean baseline) {
        return new Session(file, rules, maxHyperlinks, baseline);
    }

    private static int index(List<Column> columns, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalStateException(header);
    }

    private static final class Session implements ReportSink {
        private final Path file;
        private final XlsxWorkbook wb = new XlsxWorkbook();
        private final XlsxStyles styles;
        private final XlsxSheet summary;
        private final XlsxSheet issuers;
        private final XlsxSheet links;
        private final XlsxSheet findings;
        private final Tally tally = new Tally();
        private final BatchIndex index = new BatchIndex();
        private final int maxHyperlinks;
        private final boolean baseline;
        /** Dismissed findings wait here for the end of "Phát hiện"; only reviewers' decisions, so few. */
        private final List<Placed> dismissed = new java.util.ArrayList<>();
        private int hyperlinks;
        private int findingNumber;
        private boolean closed;

        Session(Path file, List<RuleInfo> rules, int maxHyperlinks, boolean baseline) {
            this.file = file;
            this.maxHyperlinks = maxHyperlinks;
            this.baseline = baseline;
            TempFiles.acquire(); // released by close
            styles = wb.styles();
            summary = wb.createSheet(SUMMARY_SHEET, SUMMARY_COLUMNS);
            issuers = wb.createSheet(ISSUERS_SHEET, ISSUER_COLUMNS);
            links = wb.createSheet(LINKS_SHEET, LINK_COLUMNS);
            findings = wb.createSheet(FINDINGS_SHEET, baseline ? FINDING_COLUMNS_BASELINE : FINDING_COLUMNS);
            writeRules(rules, styles, wb.createSheet(RULES_SHEET, RULE_COLUMNS));
        }

        @Override
        public void add(DocumentResult doc) {
            tally.add(doc);
            index.add(doc);
            String target = target(index.entries().size() - 1);
            for (Finding f : doc.getFindings()) {
                if (f.isDismissed()) {
                    dismissed.add(new Placed(doc.getFile(), target, f));
                } else {
                    findingRow(new Placed(doc.getFile(), target, f), false);
                }
            }
        }

        /** One finding's row; a dismissed one in grey, so that it reads as not counting. */
        private void findingRow(Placed p, boolean muted) {
            Finding f = p.finding();
            Row row = findings.newRow();
            findings.number(row, 0, ++findingNumber, styles.number);
            link(row, 1, p.file(), p.target(), findings);
            Style text = muted ? styles.muted : styles.text;
            Style wrap = muted ? styles.muted : styles.wrap;
            findings.text(row, 2, f.getRuleId(), text);
            Severity s = f.getSeverity();
            findings.text(row, 3, s == null ? null : s.label(), muted ? styles.muted : styles.severity(s));
            findings.text(row, 4, f.getCategory() == null ? null : f.getCategory().label(), text);
            findings.text(row, 5, f.getMessage(), wrap);
            findings.text(row, 6, Labels.where(f), wrap);
            findings.text(row, 7, f.getQuote(), wrap);
            findings.number(row, 8, f.getLine() > 0 ? f.getLine() : null); // 0 = whole document
            findings.text(row, 9, f.getEvidence(), wrap);
            findings.text(row, 10, f.getBasis(), wrap);
            Decision d = f.getDecision();
            findings.text(row, ACTION_COLUMN, d == null ? DecisionStatus.UNDECIDED_LABEL : d.status().label(), styles.text);
            findings.text(row, REASON_COLUMN, d == null ? null : d.reason(), styles.wrap);
            if (baseline) {
                Boolean isNew = f.getNewSinceBaseline();
                findings.text(row, NEW_COLUMN, isNew == null ? null : isNew ? "Có" : "Không", styles.text);
            }
        }

        /**
         * The dismissed findings, after the others and below a title row: out of the autofilter's range, so sorting
         * and filtering the findings that count never mixes them in, yet in the same sheet, where the reviewer can
         * still read them and change the decision.
         */
        private void dismissedSection() {
            if (dismissed.isEmpty()) {
                return;
            }
            Row title = findings.newRow();
            for (int col = 0; col <= REASON_COLUMN; col++) {
                findings.blank(title, col, styles.total);
            }
            findings.text(title, 1, DISMISSED_TITLE + ": " + dismissed.size(), styles.total);
            for (Placed p : dismissed) {
                findingRow(p, true);
            }
        }

        /** The cell links to a document's row on "Tổng hợp"; past the cap, plain text (hyperlinks stay in memory). */
        private void link(Row row, int col, String text, String target, XlsxSheet sheet) {
            if (hyperlinks < maxHyperlinks && target != null) {
                sheet.text(row, col, text, styles.link);
                sheet.hyperlink(row, col, target);
                hyperlinks++;
            } else {
                sheet.text(row, col, text, styles.text);
            }
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            vn.plancheck.model.StartupTrace.mark("xlsx finish");
            // "Tổng hợp" is written last, when the files that are one document (a plan as .docx, .pdf and .txt) are known
            for (BatchIndex.Entry e : index.entries()) {
                summaryRow(e, index, styles, summary);
            }
            summary.autoFilter(summary.lastRow()); // before the totals row, so sorting leaves it last
            totalsRow(tally, index, styles, summary, baseline);
            if (totals.interrupted()) {
                Row row = summary.newRow();
                summary.text(row, 1, ConsoleReportWriter.INTERRUPTED + tally.documents()
                        + " tệp đã kiểm tra xong có trong sổ này; các tệp còn lại chưa được kiểm tra.", styles.problem);
            }
            skippedRows(totals.skipped(), styles, summary);
            findings.autoFilter(findings.lastRow());
            dismissedSection();
            addActionValidation(findings);
            IssuerTable.write(index, issuers, styles);
            writeLinks(totals);
            AtomicFiles.write(file, wb::writeTo);
            close();
            vn.plancheck.model.StartupTrace.mark("xlsx written");
        }

        private void writeLinks(RunTotals totals) {
            for (vn.plancheck.model.PlanLink l : totals.links()) {
                BatchIndex.Entry parent = index.entry(l.getParentFile());
                BatchIndex.Entry child = index.entry(l.getChildFile());
                Row row = links.newRow();
                // the auditor knows the parent by its number, date and issuer, not by where its file lies
                link(row, 0, Labels.parentName(l.getParent()), parent == null ? null : target(parent.index()), links);
                links.text(row, 1, l.getParent().issuer(), styles.wrap);
                link(row, 2, l.getChildFile(), child == null ? null : target(child.index()), links);
                links.text(row, 3, child == null ? null : child.unit().label(), styles.wrap);
                links.text(row, 4, l.getHow(), styles.wrap);
                links.number(row, 5, child == null ? null : child.errors(), styles.number);
                links.number(row, 6, child == null ? null : child.warnings(), styles.number);
                links.number(row, 7, child == null ? null : child.infos(), styles.number);
                links.text(row, 8, child == null ? null : child.status(), styles.wrap);
            }
            for (vn.plancheck.model.RosterUnit u : totals.notSubmitted()) {
                Row row = links.newRow();
                links.text(row, 0, totals.parent() == null ? null : Labels.parentName(totals.parent()), styles.wrap);
                links.text(row, 1, totals.parent() == null ? null : totals.parent().issuer(), styles.wrap);
                links.text(row, 3, u.label(), styles.wrap);
                links.text(row, 4, "danh sách đơn vị phải nộp (--roster), dòng " + u.line(), styles.wrap);
                links.text(row, 8, NOT_SUBMITTED, styles.problem);
            }
            links.autoFilter(links.lastRow());
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    wb.close(); // deletes the temporary files even when writing failed
                } finally {
                    TempFiles.release();
                }
            }
        }
    }

    /** A finding with its file and the link to the file's row on "Tổng hợp". */
    private record Placed(String file, String target, Finding finding) {
    }

    /** The cell of a document's row on "Tổng hợp" ({@code index} 0-based; row 1 is the header), for links to it. */
    private static String target(int index) {
        return "'" + SUMMARY_SHEET + "'!B" + (index + 2);
    }

    private static Row summaryRow(BatchIndex.Entry e, BatchIndex index, XlsxStyles styles, XlsxSheet sheet) {
        Row row = sheet.newRow();
        sheet.number(row, 0, e.index() + 1, styles.number);
        sheet.text(row, 1, e.file(), styles.wrap);
        sheet.text(row, 2, e.unit().name(), styles.wrap);
        sheet.text(row, 3, e.numberSymbol(), styles.text);
        sheet.date(row, 4, e.date());
        sheet.text(row, 5, e.type(), styles.wrap);
        sheet.number(row, 6, e.year());
        sheet.number(row, 7, e.errors(), styles.number);
        sheet.number(row, 8, e.warnings(), styles.number);
        sheet.number(row, 9, e.infos(), styles.number);
        sheet.number(row, 10, e.dismissed(), styles.number);
        sheet.text(row, STATUS_COLUMN, e.status(), e.readable() ? styles.wrap : styles.problem);
        List<String> others = index.sameDocument(e).stream().filter(x -> x != e).map(BatchIndex.Entry::name).toList();
        sheet.text(row, SAME_DOCUMENT_COLUMN, others.isEmpty() ? null : String.join("; ", others), styles.wrap);
        return row;
    }

    private static void totalsRow(Tally tally, BatchIndex index, XlsxStyles styles, XlsxSheet sheet, boolean baseline) {
        Row row = sheet.newRow();
        for (int col = 0; col < SUMMARY_COLUMNS.size(); col++) {
            sheet.blank(row, col, styles.total); // a full top border under the table
        }
        List<List<BatchIndex.Entry>> copies = index.copies();
        String documents = copies.isEmpty() ? ""
                : ", " + index.documents().size() + " văn bản (" + copies.size() + " văn bản có nhiều tệp, mỗi văn bản tính một lần)";
        sheet.text(row, 1, "Tổng cộng: " + tally.documents() + " tệp" + documents + "; " + index.distinctPlans() + " kế hoạch",
                styles.total);
        sheet.number(row, 7, tally.errors(), styles.totalNumber);
        sheet.number(row, 8, tally.warnings(), styles.totalNumber);
        sheet.number(row, 9, tally.infos(), styles.totalNumber);
        sheet.number(row, 10, tally.dismissed(), styles.totalNumber);
        sheet.text(row, STATUS_COLUMN, tally.checked() + " đã kiểm tra, " + tally.unreadable() + " không đọc được"
                + (baseline ? "; " + tally.newFindings() + " phát hiện mới so với lần trước" : ""), styles.total);
    }

    /** Below the totals: each file found in the folders and not checked, with why ("Trạng thái"). */
    private static void skippedRows(List<vn.plancheck.model.SkippedFile> skipped, XlsxStyles styles, XlsxSheet sheet) {
        if (skipped.isEmpty()) {
            return;
        }
        Row head = sheet.newRow();
        sheet.text(head, 1, "Tệp không kiểm tra (" + skipped.size() + ")", styles.total);
        sheet.text(head, STATUS_COLUMN, "Lý do", styles.total);
        for (vn.plancheck.model.SkippedFile f : skipped) {
            Row row = sheet.newRow();
            sheet.text(row, 1, f.file(), styles.wrap);
            sheet.text(row, STATUS_COLUMN, f.reason(), styles.wrap);
        }
    }

    /** One list validation over the whole "Xử lý" column, not one per row (they stay in memory). */
    private static void addActionValidation(XlsxSheet findings) {
        int last = findings.lastRow();
        if (last < 1) {
            return;
        }
        findings.listValidation(1, last, ACTION_COLUMN, ACTIONS, "Xử lý", "Chọn một trong: " + String.join(", ", ACTIONS) + ".");
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
