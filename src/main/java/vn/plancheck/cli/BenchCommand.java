package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.plancheck.bench.Bench;
import vn.plancheck.bench.PlanGenerator;
import vn.plancheck.bench.StartupBench;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.rules.RuleBase;

/** {@code plancheck bench}: generates plans from the fixtures and prints measured throughput, latency, heap and start-up. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo hiệu năng: sinh N kế hoạch từ các kế hoạch mẫu, kiểm tra cả lô và in số kế hoạch/giây, thời gian mỗi kế hoạch, heap đỉnh và thời gian khởi động.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    PlancheckCli parent;

    @Mixin
    RulesOption rules;

    @Option(names = "--plans", paramLabel = "N", description = "Số kế hoạch sinh ra (mặc định: ${DEFAULT-VALUE}).")
    int plans = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng (mặc định: số lõi CPU).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--startup-runs", paramLabel = "N", description = "Số lần đo khởi động (0 = bỏ qua; mặc định: ${DEFAULT-VALUE}).")
    int startupRuns = 5;

    @Option(names = "--server-runs", paramLabel = "N",
            description = "Số lần gửi một dự thảo .docx tới máy chủ (POST /api/check) để đo (0 = bỏ qua; mặc định: ${DEFAULT-VALUE}).")
    int serverRuns = 100;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Số lượt kiểm tra cả lô (mặc định: ${DEFAULT-VALUE}); với nhiều lượt, in từng lượt và lượt trung vị theo CPU: "
                    + "trên máy dùng chung, một lượt có thể chậm hơn 10–20 % vì việc khác.")
    int rounds = 1;

    @Option(names = "--keep", paramLabel = "DIR", description = "Giữ các kế hoạch sinh ra và sổ kết quả trong thư mục này.")
    Path keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = parent.out();
        Path home = Path.of(System.getProperty("plancheck.home", "."));
        Path work = keep != null ? keep : Files.createTempDirectory("plancheck-bench");
        long t0 = System.nanoTime();
        RuleBase base = rules.load(parent.err());
        if (base == null) {
            return ExitCode.USAGE_OR_RULES.code();
        }
        out.printf("Nạp quy tắc trong tiến trình này: %.2f s (%d quy tắc)%n", (System.nanoTime() - t0) / 1e9, base.catalog().size());
        List<String> bases = PlanGenerator.basesFrom(home.resolve("fixtures/plans"));
        List<Path> files = new PlanGenerator(bases, 42).write(work.resolve("plans"), plans);
        out.println("Đã sinh " + files.size() + " kế hoạch .txt từ " + bases.size() + " kế hoạch mẫu vào " + work.resolve("plans"));
        Checker checker = new Checker(base, Environment.version());
        Bench.batch(checker, files.subList(0, Math.min(200, files.size())), threads, work.resolve("warmup")); // JIT warm-up
        List<Bench.BatchFigures> all = new java.util.ArrayList<>();
        for (int r = 0; r < Math.max(1, rounds); r++) {
            Bench.BatchFigures round = Bench.batch(checker, files, threads, work.resolve("out"));
            if (rounds > 1) {
                out.print("Lượt " + (r + 1) + "/" + rounds + ": ");
            }
            round.print(out);
            all.add(round);
        }
        Bench.BatchFigures f = all.stream().sorted(java.util.Comparator.comparingDouble(Bench.BatchFigures::cpuMsPerPlan))
                .toList().get(all.size() / 2);
        if (all.size() > 1) {
            out.print("Lượt trung vị theo CPU: ");
            f.print(out);
        }
        Bench.floor(files, threads, f, out);
        Path launcher = home.resolve("plancheck");
        if (startupRuns > 0 && Files.isExecutable(launcher)) {
            StartupBench.Figures s = StartupBench.measure(launcher, rules.dir(), home.resolve("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.docx"),
                    work.resolve("startup"), startupRuns);
            s.print(out);
        }
        if (serverRuns > 0) {
            vn.plancheck.web.ServerBench.measure(rules.dir(), rules.display(), rules.noCache ? null : RuleBase.defaultCacheDir(),
                    Environment.version(), home.resolve("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.docx"), 30, serverRuns, threads)
                    .print(out);
        }
        out.printf("Mục tiêu: ≥ 500 kế hoạch/giây trên 2 lõi (≤ 4 ms CPU/kế hoạch), không quá 5 lần mức sàn; 10.000 kế hoạch trong heap 512 MB "
                + "(chạy với PLANCHECK_JAVA_OPTS=-Xmx512m); một bản .docx ≤ 0,7 s; sau khi sửa quy tắc ≤ 2,0 s; máy chủ: trung vị ≤ 100 ms cho một dự thảo.%n");
        if (keep == null) {
            deleteQuietly(work);
        }
        return ExitCode.OK.code();
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files only
        }
    }
}
