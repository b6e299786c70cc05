package vn.plancheck.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr for a terminal: "Đang kiểm tra [=====>    ] 120/2000 tệp, 45 tệp/giây".
 * It redraws at most ten times a second and is cleared before other output is printed, so the per-document
 * lines on stdout stay readable. Never used when stderr is not a terminal or with --no-progress.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean shown;

    ProgressBar(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    synchronized void update(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 && filled < WIDTH ? ">" : filled == WIDTH ? "=" : "")
                + " ".repeat(WIDTH - filled);
        err.print("\r\u001B[KĐang kiểm tra [" + bar + "] " + done + "/" + total + " tệp, " + Math.round(done / seconds) + " tệp/giây");
        err.flush();
        shown = true;
    }

    /** Erases the bar (before other output, and at the end). */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
            shown = false;
        }
    }
}
