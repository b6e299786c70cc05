package vn.plancheck.model;

import java.time.Duration;

/**
 * The wall-clock limit of the document being checked on the current thread. The checker starts a clock for each
 * document; every stage calls {@link #checkpoint} at its steps, which throws {@link TimeLimitExceeded} once the
 * time is up, so one pathological document cannot hold up a batch. Without a clock (a unit test, a tool) the
 * checkpoints cost a thread-local read and never throw.
 */
public final class DocumentClock implements AutoCloseable {
    /** The stages a document goes through, in the words a user reads in the time-limit finding. */
    public enum Stage {
        READ("đọc tệp"), LAYOUT("dàn trang"), PARSE("phân tích văn bản"), RULES("áp dụng quy tắc");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** Vietnamese name of the stage. */
        public String label() {
            return label;
        }
    }

    private static final ThreadLocal<DocumentClock> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private long deadline;
    private Stage stage = Stage.READ;
    private String step;

    private DocumentClock(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** Starts the clock of a document on this thread; close it when the document is done. */
    public static DocumentClock start(Duration limit) {
        DocumentClock c = new DocumentClock(limit);
        CURRENT.set(c);
        return c;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** Records that {@code stage} is under way; throws when the document's time is up. */
    public static void checkpoint(Stage stage) {
        checkpoint(stage, null);
    }

    /**
     * Records that {@code stage} is at {@code step} (a Vietnamese phrase such as "trích hạn báo cáo", or null);
     * throws when the document's time is up.
     */
    public static void checkpoint(Stage stage, String step) {
        DocumentClock c = CURRENT.get();
        if (c == null) {
            return;
        }
        c.stage = stage;
        c.step = step;
        if (System.nanoTime() - c.deadline > 0) {
            throw new TimeLimitExceeded(c.limit, stage, step);
        }
    }

    /**
     * Moves the current document's deadline later by {@code nanos}: time spent where a limit of its own applies is not
     * counted against the document's (recognising a scanned page: a few seconds, at most the OCR timeout per page, for
     * at most {@code ingest}'s number of pages). No-op without a clock.
     */
    public static void excuse(long nanos) {
        DocumentClock c = CURRENT.get();
        if (c != null && nanos > 0) {
            c.deadline += nanos;
        }
    }

    /** True when the current document's time is up (for loops that stop on their own rather than throw). */
    public static boolean expired() {
        DocumentClock c = CURRENT.get();
        return c != null && System.nanoTime() - c.deadline > 0;
    }

    /** The current document's limit, or null without a clock. */
    public static Duration limit() {
        DocumentClock c = CURRENT.get();
        return c == null ? null : c.limit;
    }

    /** The document ran out of time in {@code stage}. */
    public static final class TimeLimitExceeded extends RuntimeException {
        private final transient Duration limit;
        private final transient Stage stage;
        private final String step;

        public TimeLimitExceeded(Duration limit, Stage stage, String step) {
            super("time limit " + limit + " exceeded in " + stage + (step == null ? "" : " (" + step + ")"), null, false, false);
            this.limit = limit;
            this.stage = stage;
            this.step = step;
        }

        public Duration limit() {
            return limit;
        }

        public Stage stage() {
            return stage;
        }

        /** The step within the stage, or null. */
        public String step() {
            return step;
        }
    }
}
