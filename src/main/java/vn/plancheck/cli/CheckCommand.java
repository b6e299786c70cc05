package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import java.nio.file.Files;
import java.util.ArrayList;

import vn.plancheck.decide.Baseline;
import vn.plancheck.decide.Decisions;
import vn.plancheck.decide.DecisionsException;
import vn.plancheck.decide.Review;
import vn.plancheck.annotate.ReviewerCopies;
import vn.plancheck.model.Severity;
import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.InputCollector;
import vn.plancheck.pipeline.Outcome;
import vn.plancheck.report.ReportSink;
import vn.plancheck.report.ConsoleReportWriter;
import vn.plancheck.report.JsonReportWriter;
import vn.plancheck.report.OutputCheck;
import vn.plancheck.report.XlsxReportWriter;
import vn.plancheck.rules.RuleBase;

/** {@code plancheck check}: check files and folders, write the workbook, the JSON and a console summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra các tệp kế hoạch (.docx, .doc, .pdf, .txt) và thư mục (đệ quy).")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    PlancheckCli parent;

    @Mixin
    RulesOption rules;

    @Mixin
    LimitsOption limits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Tệp hoặc thư mục cần kiểm tra.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", description = "Sổ kết quả Excel (mặc định: ${DEFAULT-VALUE}).")
    Path output = Path.of("plancheck-findings.xlsx");

    @Option(names = "--json", paramLabel = "FILE", description = "Ghi kết quả dạng JSON (\"-\" = ra màn hình).")
    String json;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Mức gây mã thoát 1: ERROR (mặc định), WARNING, INFO, NONE.")
    String failOn = "ERROR";

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng xử lý (mặc định: số lõi CPU).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-color", description = "Không tô màu kết quả trên màn hình.")
    boolean noColor;

    @Option(names = "--no-progress", description = "Không hiện thanh tiến độ.")
    boolean noProgress;

    @Option(names = "--parent", paramLabel = "FILE", description = "Kế hoạch cấp trên mà các kế hoạch được kiểm tra triển khai (kiểm tra liên kết LINK-…).")
    Path parentPlan;

    @Option(names = "--annotate", paramLabel = "DIR",
            description = "Ghi bản cho người soát vào thư mục DIR: tệp Word có nhận xét, tệp PDF có đánh dấu, tệp khác là báo cáo HTML (tệp gốc không bị sửa).")
    Path annotate;

    @Option(names = "--no-link", description = "Không tự tìm kế hoạch cấp trên trong lô (theo số, ký hiệu và ngày được viện dẫn).")
    boolean noLink;

    @Option(names = "--decisions", paramLabel = "FILE.csv",
            description = "Tệp quyết định đã lưu (rule_id, file, quote, decision, reason, by, date): phát hiện “Bỏ qua” hoặc “Chấp nhận” không tính vào kết quả.")
    Path decisionsFile;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "Tệp JSON của lần kiểm tra trước: đánh dấu các phát hiện mới so với lần đó.")
    Path baselineFile;

    @Option(names = "--roster", paramLabel = "FILE.csv", description = "Danh sách đơn vị phải nộp kế hoạch (cột name, province): đơn vị chưa nộp được liệt kê.")
    Path roster;

    @Override
    public Integer call() throws IOException {
        vn.plancheck.model.StartupTrace.mark("check: options parsed");
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        Severity threshold;
        try {
            threshold = "NONE".equalsIgnoreCase(failOn) ? null : Severity.valueOf(failOn.toUpperCase());
        } catch (IllegalArgumentException e) {
            err.println("--fail-on phải là ERROR, WARNING, INFO hoặc NONE (đã nhận: " + failOn + ").");
            return ExitCode.USAGE_OR_RULES.code();
        }
        vn.plancheck.rules.Roster units = null;
        if (roster != null) {
            try {
                units = vn.plancheck.rules.Roster.read(roster, roster.toString());
            } catch (vn.plancheck.rules.Roster.RosterException e) {
                err.println("--roster: " + e.getMessage());
                return ExitCode.USAGE_OR_RULES.code();
            }
        }
        Review review;
        try {
            review = new Review(decisionsFile == null ? null : Decisions.read(decisionsFile),
                    baselineFile == null ? null : Baseline.read(baselineFile));
        } catch (DecisionsException e) {
            e.problems().forEach(err::println);
            return ExitCode.USAGE_OR_RULES.code();
        }
        Prestart.awaitLogging();
        org.slf4j.LoggerFactory.getILoggerFactory(); // logging first: two threads initialising it at once get SLF4J warnings
        vn.plancheck.model.StartupTrace.mark("logging ready");
        vn.plancheck.model.DocumentLimits perDocument = limits.limits(err);
        if (perDocument == null) {
            return ExitCode.USAGE_OR_RULES.code();
        }
        RuleBase base = rules.load(err);
        if (base == null) {
            return ExitCode.USAGE_OR_RULES.code();
        }
        if (parentPlan != null && !Files.isRegularFile(parentPlan)) {
            err.println("--parent: không tìm thấy tệp " + parentPlan);
            return ExitCode.USAGE_OR_RULES.code();
        }
        if (annotate != null) {
            if (Files.exists(annotate) && !Files.isDirectory(annotate)) {
                err.println("--annotate: " + annotate + " là một tệp, không phải thư mục.");
                return ExitCode.USAGE_OR_RULES.code();
            }
            try {
                Files.createDirectories(annotate);
            } catch (IOException e) {
                err.println("--annotate: không tạo được thư mục " + annotate + " (" + e.getMessage() + ").");
                return ExitCode.USAGE_OR_RULES.code();
            }
        }
        try {
            // a read-only folder or a full disk is said now, not after the batch
            OutputCheck.verify(output, "sổ kết quả");
            if (json != null && !"-".equals(json)) {
                OutputCheck.verify(Path.of(json), "tệp JSON");
            }
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE_OR_RULES.code();
        }
        vn.plancheck.model.StartupTrace.mark("rules loaded");
        Checker checker = new Checker(base, Environment.version(), perDocument);
        InputCollector.Inputs inputs = BatchRunner.inputs(paths);
        boolean jsonToStdout = "-".equals(json);
        PrintStream summary = jsonToStdout ? err : out;
        boolean terminal = System.console() != null;
        // one file gets a bar only while its scanned pages are recognised
        ProgressBar bar = !noProgress && terminal && !inputs.files().isEmpty() ? new ProgressBar(err, inputs.files().size()) : null;
        List<ReportSink> sinks = new ArrayList<>();
        try (StopOnSignal stop = StopOnSignal.install()) {
            boolean baseline = review.hasBaseline();
            sinks.add(new XlsxReportWriter().open(output, base.catalog(), baseline));
            if (json != null) {
                sinks.add(jsonToStdout ? new JsonReportWriter().open(out, Environment.version(), baseline)
                        : new JsonReportWriter().open(Path.of(json), Environment.version(), baseline));
            }
            ReviewerCopies copies = annotate == null ? null : new ReviewerCopies(annotate, Environment.version());
            if (copies != null) {
                sinks.add(copies);
            }
            ReportSink console = new ConsoleReportWriter().open(summary, !noColor && terminal && !jsonToStdout,
                    inputs.files().size(), baseline);
            sinks.add(bar == null ? console : new ClearingSink(console, bar));
            BatchRunner.Outcome outcome = new BatchRunner(checker, review).roster(units == null ? null : units.units())
                    .stopOn(stop.interruption()).run(inputs,
                    new BatchRunner.Options(threads, parentPlan, !noLink, bar == null ? null : bar::update).withPages(bar), sinks);
            vn.plancheck.model.StartupTrace.mark("batch done");
            if (bar != null) {
                bar.clear();
            }
            summary.println("Sổ kết quả: " + output + (json != null && !jsonToStdout ? "; JSON: " + json : ""));
            if (copies != null) {
                summary.println(copies.summary());
                for (ReviewerCopies.Written w : copies.written()) {
                    if (w.remark() != null) {
                        summary.println("  " + w.source() + ": " + w.remark());
                    }
                }
            }
            return Outcome.exitCode(outcome, threshold);
        } finally {
            for (ReportSink sink : sinks) {
                sink.close();
            }
        }
    }

    /** Clears the progress bar before the console report prints a document. */
    private record ClearingSink(ReportSink inner, ProgressBar bar) implements ReportSink {
        @Override
        public void add(vn.plancheck.model.DocumentResult doc) throws IOException {
            bar.printing(() -> inner.add(doc));
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            bar.printing(() -> inner.finish(totals));
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
