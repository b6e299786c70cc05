package vn.plancheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Decision;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;
import vn.plancheck.report.XlsxSheet.Column;

/**
 * Writes the findings workbook: "Tổng hợp" (one row per document), "Phát hiện" (one row per
 * finding, with the reviewer's "Xử lý" drop-down and "Lý do"; the findings a decision set aside
 * last, below a title) and "Quy tắc" (the rule catalog).
 *
 * <p>Streamed with SXSSF in a single pass over the documents, writing the summary row and the
 * finding rows of each document side by side, so memory stays flat however large the batch.
 * What SXSSF keeps in memory is bounded here: at most {@value #MAX_HYPERLINKS} hyperlinks, one
 * data validation and one autofilter per sheet, a fixed set of styles, and the dismissed findings
 * (reviewers' decisions, so few) until the end of the sheet.
 */
public final class XlsxReportWriter {
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String FINDINGS_SHEET = "Phát hiện";
    static final String RULES_SHEET = "Quy tắc";
    static final String ISSUERS_SHEET = "Theo đơn vị";
    static final String LINKS_SHEET = "Kế hoạch cấp trên";
    /** Hyperlinks are never flushed by SXSSF; beyond this many the file name is plain text. */
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

    private static final int ROW_WINDOW = 200;

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

    /** Whether {@link #warmUpInBackground} was called, and when its warm-up is over. */
    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.concurrent.CompletableFuture<Void> WARM = new java.util.concurrent.CompletableFuture<>();

    /**
     * Runs {@link #warmUp} on a thread of its own, once per process; the workbooks opened afterwards are started
     * on that thread too when it is done, so a single-draft check finds its workbook ready when the draft's result
     * comes. Start logging first: POI logs.
     */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    warmUp();
                } finally {
                    WARM.complete(null);
                }
            }, "xlsx-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Loads and initialises POI's workbook classes (hundreds of ms on a cold JVM) by writing a tiny workbook to
     * nowhere; a command calls it on a background thread while the rules load, so a single-draft check does not
     * pay for both one after the other.
     */
    public static void warmUp() {
        TempFiles.acquire();
        try (SXSSFWorkbook wb = new UnmeasuredWorkbook(ROW_WINDOW)) {
            XlsxStyles styles = new XlsxStyles(wb);
            XlsxSheet sheet = new XlsxSheet(wb, SUMMARY_SHEET, styles, SUMMARY_COLUMNS);
            Row row = sheet.newRow();
            sheet.text(row, 0, "khởi động", styles.wrap);
            sheet.date(row, 1, java.time.LocalDate.of(2024, 1, 1));
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
            vn.plancheck.model.StartupTrace.mark("xlsx warm-up done");
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
        return open(file, rules, false);
    }

    /** The same, with the column "Mới so với lần trước" when the run is compared with a baseline. */
    public ReportSink open(Path file, List<RuleInfo> rules, boolean baseline) {
        return new Deferred(() -> new Session(file, rules, maxHyperlinks, baseline));
    }

    /**
     * The workbook is started when the first document (or the end) comes, not when the sink is opened: on a cold JVM
     * starting it waits for POI's classes, which {@link #warmUp} is loading on another thread meanwhile, and the
     * documents need not wait for that to be read and checked.
     */
    private static final class Deferred implements ReportSink {
        private final java.util.function.Supplier<Session> start;
        /** The session being started on the warm-up thread, once that is done (null without a warm-up). */
        private final java.util.concurrent.CompletableFuture<Session> started;
        private Session session;

        Deferred(java.util.function.Supplier<Session> start) {
            this.start = start;
            // runs on the warm-up thread when it is done, or here at once if it is
            this.started = WARMING.get() ? WARM.thenApply(x -> start.get()) : null;
        }

        private Session session() {
            if (session == null) {
                if (started != null) {
                    try {
                        session = started.join();
                    } catch (java.util.concurrent.CompletionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        if (e.getCause() instanceof Error err) {
                            throw err;
                        }
                        throw e;
                    }
                } else {
                    session = start.get();
                }
            }
            return session;
        }

        @Override
        public void add(DocumentResult doc) throws IOException {
            session().add(doc);
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            session().finish(totals);
        }

        @Override
        public void close() throws IOException {
            if (session == null && started != null) {
                // never used: the session started on the warm-up thread still holds temporary files
                try {
                    session = started.join();
                } catch (RuntimeException | Error e) {
                    return; // it never started
                }
            }
            if (session != null) {
                session.close();
            }
        }
    }

    private static int index(List<Column> columns, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalStateException(header);
    }

    /** A streaming workbook whose temporary files go to this run's own folder ({@link TempFiles}). */
    private static SXSSFWorkbook newWorkbook() {
        TempFiles.acquire();
        try {
            return new UnmeasuredWorkbook(ROW_WINDOW);
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
            wb.setCompressTempFiles(true); // temp files of a big batch would otherwise be ~10x the xlsx
            styles = new XlsxStyles(wb);
            summary = new XlsxSheet(wb, SUMMARY_SHEET, styles, SUMMARY_COLUMNS);
            issuers = new XlsxSheet(wb, ISSUERS_SHEET, styles, ISSUER_COLUMNS);
            links = new XlsxSheet(wb, LINKS_SHEET, styles, LINK_COLUMNS);
            findings = new XlsxSheet(wb, FINDINGS_SHEET, styles, baseline ? FINDING_COLUMNS_BASELINE : FINDING_COLUMNS);
            writeRules(rules, styles, new XlsxSheet(wb, RULES_SHEET, styles, RULE_COLUMNS));
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
            CellStyle text = muted ? styles.muted : styles.text;
            CellStyle wrap = muted ? styles.muted : styles.wrap;
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
                title.createCell(col).setCellStyle(styles.total);
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
            AtomicFiles.write(file, wb::write);
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
                    wb.dispose(); // deletes the temp files even when writing failed
                    wb.close();
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
            row.createCell(col).setCellStyle(styles.total); // a full top border under the table
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
