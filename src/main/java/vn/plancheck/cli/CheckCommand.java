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
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Severity;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.Outcome;
import vn.plancheck.report.ConsoleReportWriter;
import vn.plancheck.report.JsonReportWriter;
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

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        Severity threshold;
        try {
            threshold = "NONE".equalsIgnoreCase(failOn) ? null : Severity.valueOf(failOn.toUpperCase());
        } catch (IllegalArgumentException e) {
            err.println("--fail-on phải là ERROR, WARNING, INFO hoặc NONE (đã nhận: " + failOn + ").");
            return ExitCode.USAGE_OR_RULES.code();
        }
        RuleBase base = rules.load(err);
        if (base == null) {
            return ExitCode.USAGE_OR_RULES.code();
        }
        CheckRun run = new Checker(base, Environment.version()).checkAll(paths, threads, null);
        new XlsxReportWriter().write(run, output);
        boolean jsonToStdout = "-".equals(json);
        if (json != null) {
            if (jsonToStdout) {
                new JsonReportWriter().write(run, out);
                out.flush();
            } else {
                new JsonReportWriter().write(run, Path.of(json));
            }
        }
        PrintStream summary = jsonToStdout ? err : out;
        new ConsoleReportWriter().write(run, summary, !noColor && System.console() != null && !jsonToStdout);
        summary.println("Sổ kết quả: " + output + (json != null && !jsonToStdout ? "; JSON: " + json : ""));
        return Outcome.exitCode(run, threshold);
    }
}
