package vn.plancheck.model;

/**
 * Start-up markers for measuring a single-draft check: with {@code -Dplancheck.trace} each {@link #mark} prints to
 * stderr the milliseconds since the JVM started (10 ms resolution at the origin), the thread and a label.
 * Costs one static read when off.
 */
public final class StartupTrace {
    private static final boolean ON = System.getProperty("plancheck.trace") != null;
    private static final long ORIGIN_NANOS = System.nanoTime();
    private static final long ORIGIN_MS = ON ? originSinceJvmStart() : 0;

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(StartupTrace::cpuByThread, "trace-cpu"));
        }
    }

    private StartupTrace() {
    }

    /** At exit: the CPU time of each thread, from /proc (JIT and GC threads included), largest first. */
    private static void cpuByThread() {
        try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(name.replaceAll("\\d+$", "#"), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
            StringBuilder b = new StringBuilder("trace cpu by thread (ms):");
            ticks.entrySet().stream().filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue() * 10));
            System.err.println(b);
        } catch (java.io.IOException | RuntimeException e) {
            // only a trace
        }
    }

    public static boolean on() {
        return ON;
    }

    public static void mark(String label) {
        if (ON) {
            long ms = ORIGIN_MS + (System.nanoTime() - ORIGIN_NANOS) / 1_000_000;
            System.err.printf("trace %5d ms  %-14s %s%n", ms, Thread.currentThread().getName(), label);
        }
    }

    /** The process's age from /proc (clock ticks of 10 ms since boot), or 0 where there is no /proc. */
    private static long originSinceJvmStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]); // field 22 of stat, counted from the state (field 3)
            double uptime = Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
