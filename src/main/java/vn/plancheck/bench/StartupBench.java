package vn.plancheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up as a reviewer meets it: the wall time of {@code ./plancheck check <one draft>} in a fresh process,
 * with the compiled rules cached, and right after a rule file was edited (which invalidates the cache).
 */
public final class StartupBench {
    /** Median wall times in seconds. */
    public record Figures(double cachedSeconds, double afterEditSeconds, int runs) {
        public void print(PrintStream out) {
            out.printf("Khởi động một bản dự thảo (tiến trình mới, trung vị %d lần): quy tắc không đổi %.2f s; ngay sau khi sửa quy tắc %.2f s%n",
                    runs, cachedSeconds, afterEditSeconds);
        }
    }

    private StartupBench() {
    }

    public static Figures measure(Path launcher, Path rulesDir, Path draft, Path work, int runs) throws IOException, InterruptedException {
        Path rules = work.resolve("rules");
        copy(rulesDir, rules);
        Path cache = work.resolve("cache");
        List<String> base = List.of(launcher.toString(), "check", "--rules", rules.toString(), "-o", work.resolve("s.xlsx").toString(), draft.toString());
        List<String> fill = List.of(launcher.toString(), "rules", "cache", "--rules", rules.toString());
        run(fill, cache); // the cache a reviewer's machine has once the rules were used
        List<Double> cached = new ArrayList<>();
        List<Double> edited = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            cached.add(run(base, cache));
            Path drl = rules.resolve("form.drl");
            Files.writeString(drl, "\n// sửa lần " + System.nanoTime() + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            edited.add(run(base, cache));
            // the edited run filled the cache in a background process; let it finish before the next measurement
            run(fill, cache);
        }
        return new Figures(median(cached), median(edited), runs);
    }

    private static double run(List<String> cmd, Path cache) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PLANCHECK_JAVA_OPTS", "-Dplancheck.cache.dir=" + cache);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
