package vn.plancheck.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of the whole process and bytes allocated by the threads that do the work, between {@link #start} and
 * {@link #stop}. Worker threads report themselves with {@link #sample} after each task (their allocation counter is
 * lost when a pool ends), the thread that started the meter is measured directly: together they are the heap a batch
 * allocated (readers, parser, rules, report writers).
 */
final class Meter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Thread id → that thread's allocated bytes when it first reported, and when it last did. */
    private final Map<Long, long[]> workers = new ConcurrentHashMap<>();
    private final long ownThread = Thread.currentThread().getId();
    private long cpu0;
    private long own0;
    private long cpuNanos;
    private long ownBytes;

    Meter start() {
        cpu0 = OS.getProcessCpuTime();
        own0 = THREADS.getCurrentThreadAllocatedBytes();
        return this;
    }

    /**
     * Called on a worker thread after each task. A worker's first report counts from the thread's start: a batch's
     * pool threads are new, so nothing of an earlier batch is in them.
     */
    void sample() {
        long id = Thread.currentThread().getId();
        if (id == ownThread) {
            return;
        }
        long now = THREADS.getCurrentThreadAllocatedBytes();
        workers.computeIfAbsent(id, k -> new long[1])[0] = now;
    }

    Meter stop() {
        cpuNanos = OS.getProcessCpuTime() - cpu0;
        ownBytes = THREADS.getCurrentThreadAllocatedBytes() - own0;
        return this;
    }

    /** Process CPU time (all threads: workers, writer, JIT, GC) between start and stop. */
    long cpuNanos() {
        return cpuNanos;
    }

    /** Bytes allocated by the workers and by the measuring thread. */
    long allocatedBytes() {
        long sum = ownBytes;
        for (long[] w : workers.values()) {
            sum += w[0];
        }
        return sum;
    }
}
