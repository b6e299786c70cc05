package vn.plancheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.InputCollector;
import vn.plancheck.report.JsonReportWriter;
import vn.plancheck.report.ReportSink;
import vn.plancheck.report.XlsxReportWriter;

/**
 * The batch benchmark: checks {@code n} generated plans with the real pipeline (all cores, one rule base,
 * workbook and JSON streamed to disk) and measures throughput, CPU time and bytes allocated per plan, per-plan time and
 * peak heap.
 */
public final class Bench {
    /** Measured figures of one batch. */
    public record BatchFigures(int plans, double seconds, double plansPerSecond, double medianMs, double p95Ms, long peakHeapMb,
                               long maxHeapMb, long cpuNanos, long allocatedBytes) {
        /** Process CPU time per plan (every thread: workers, writer, JIT, GC). */
        public double cpuMsPerPlan() {
            return cpuNanos / 1e6 / plans;
        }

        /** Heap allocated per plan by the workers and the writer. */
        public long bytesPerPlan() {
            return allocatedBytes / Math.max(1, plans);
        }

        public void print(PrintStream out) {
            out.printf("Lô %d kế hoạch: %.2f s, %.0f kế hoạch/giây; CPU %.2f ms/kế hoạch (%.1f s CPU); cấp phát %.2f MB/kế hoạch; "
                    + "mỗi kế hoạch: trung vị %.2f ms, p95 %.2f ms; heap đỉnh %d MB (giới hạn %d MB)%n",
                    plans, seconds, plansPerSecond, cpuMsPerPlan(), cpuNanos / 1e9, bytesPerPlan() / 1048576.0,
                    medianMs, p95Ms, peakHeapMb, maxHeapMb);
        }
    }

    private Bench() {
    }

    /** The floor on the same files and threads (see {@link Floor}), printed with its ratio to {@code batch}. */
    public static void floor(List<Path> files, int threads, BatchFigures batch, PrintStream out) throws IOException {
        Floor.measure(files, threads); // warm-up
        Floor.measure(files, threads).print(out, batch);
    }

    public static BatchFigures batch(Checker checker, List<Path> files, int threads, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        resetPeaks();
        Meter meter = new Meter().start();
        long t0 = System.nanoTime();
        List<ReportSink> sinks = new ArrayList<>();
        try {
            sinks.add(new XlsxReportWriter().open(outDir.resolve("bench.xlsx"), checker.rules().catalog()));
            sinks.add(new JsonReportWriter().open(outDir.resolve("bench.json"), "bench"));
            new BatchRunner(checker).run(new InputCollector.Inputs(files, 0),
                    new BatchRunner.Options(threads, null, true, null, t -> {
                times.add(t);
                meter.sample();
            }), sinks);
        } finally {
            for (ReportSink s : sinks) {
                s.close();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        meter.stop();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new BatchFigures(files.size(), seconds, files.size() / seconds, percentile(sorted, 0.5) / 1e6,
                percentile(sorted, 0.95) / 1e6, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, meter.cpuNanos(),
                meter.allocatedBytes());
    }

    static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
