package vn.plancheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.text.VietText;

/**
 * The floor a batch is compared with: the least work any checker must do on the same plans, measured in the same
 * run on the same threads — read each file, split it into lines, fold each line once, and one regular-expression
 * pass (a date) over the folded lines.
 */
final class Floor {
    private static final Pattern DATE = Pattern.compile("(?<![0-9])([0-9]{1,2}) ?[/.-] ?([0-9]{1,2}) ?[/.-] ?([0-9]{4})(?![0-9])"
            + "|NGAY ([0-9]{1,2}) THANG ([0-9]{1,2}) NAM ([0-9]{4})");

    /** CPU and wall time of the floor per plan. */
    record Figures(int plans, double seconds, long cpuNanos, long matches) {
        double cpuMsPerPlan() {
            return cpuNanos / 1e6 / plans;
        }

        double plansPerSecond() {
            return plans / seconds;
        }

        void print(PrintStream out, Bench.BatchFigures batch) {
            out.printf("Mức sàn trên cùng các kế hoạch (đọc tệp, gập mỗi dòng một lần, một lượt biểu thức chính quy): "
                    + "%.3f ms CPU/kế hoạch, %.0f kế hoạch/giây; plancheck tốn gấp %.1f lần mức sàn (theo CPU)%n",
                    cpuMsPerPlan(), plansPerSecond(), batch.cpuMsPerPlan() / cpuMsPerPlan());
        }
    }

    private Floor() {
    }

    static Figures measure(List<Path> files, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicLong matches = new AtomicLong();
        Meter meter = new Meter().start();
        long t0 = System.nanoTime();
        try {
            int chunk = (files.size() + threads - 1) / Math.max(1, threads);
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int from = 0; from < files.size(); from += chunk) {
                List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
                parts.add(pool.submit(() -> part.forEach(f -> matches.addAndGet(scan(f)))));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        meter.stop();
        return new Figures(files.size(), seconds, meter.cpuNanos(), matches.get());
    }

    private static long scan(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long n = 0;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            Matcher m = DATE.matcher(VietText.fold(text.substring(from, end)));
            while (m.find()) {
                n++;
            }
            from = end + 1;
        }
        return n;
    }
}
