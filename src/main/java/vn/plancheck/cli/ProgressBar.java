package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

import vn.plancheck.ingest.ScanProgress;

/**
 * A one-line progress bar on stderr for a terminal: "Đang kiểm tra [=====>    ] 120/2000 tệp, 45 tệp/giây". While
 * scans are being recognised (seconds a page) it counts their pages instead of the rate: "3/25 tệp, nhận dạng 12 trang
 * (đang ở trang 3/8)", the pages read so far in the run (a page read again, by the batch's first pass and then by the
 * check, counts once; how many there will be is not known before every file is opened) and the page being read of the
 * scan's pages. A single file gets a bar only while it is recognised: "Đang nhận dạng [===>   ] trang 3/8".
 *
 * <p>It redraws at most ten times a second, fits in 79 columns (a longer line would wrap, and the next redraw would
 * not go back to its start), and is erased before other output is printed, so the per-document lines on stdout stay
 * readable. Page events come from the worker threads: every method holds the bar's lock. Never used when stderr is
 * not a terminal or with --no-progress.
 */
final class ProgressBar implements ScanProgress {
    private static final int WIDTH = 30;
    private static final int MIN_WIDTH = 10;
    private static final int COLUMNS = 79;
    private static final long REDRAW_NANOS = 100_000_000L;

    /** Runs output to the terminal. */
    interface Output {
        void run() throws IOException;
    }

    private final PrintStream err;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private boolean shown;
    private int done;
    /** The scanned pages read so far, as file and page. */
    private final Set<String> pages = new HashSet<>();
    /** The page being read (or last read) and the pages of its document; 0 before any. */
    private int page;
    private int pagesOfScan;

    ProgressBar(PrintStream err, int total) {
        this(err, total, System::nanoTime);
    }

    /** @param clock nanoseconds, for the redraw interval and the rate (tests pass their own) */
    ProgressBar(PrintStream err, int total, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** {@code done} of the files have been checked and written. */
    synchronized void update(int done) {
        this.done = done;
        if (total > 1) {
            draw(done >= total);
        }
    }

    @Override
    public synchronized void pageStarted(String file, int page, int pages) {
        this.page = page;
        this.pagesOfScan = pages;
        draw(false);
    }

    @Override
    public synchronized void pageRead(String file, int page, int pages) {
        this.pages.add(file + '\u0000' + page);
        this.page = page;
        this.pagesOfScan = pages;
        draw(false);
    }

    /** The line as drawn now, without the terminal's control codes (for the tests). */
    synchronized String line() {
        double seconds = Math.max(1e-3, (clock.getAsLong() - start) / 1e9);
        String scan = page > 0 ? "trang " + page + "/" + pagesOfScan : "";
        String prefix;
        String suffix;
        double share;
        if (total > 1) {
            prefix = "Đang kiểm tra [";
            suffix = "] " + done + "/" + total + " tệp, " + (page > 0 ? "nhận dạng " + pages.size() + " trang (đang ở " + scan + ")"
                    : Math.round(done / seconds) + " tệp/giây");
            share = (double) done / total;
        } else {
            prefix = "Đang nhận dạng [";
            suffix = "] " + scan;
            share = pagesOfScan == 0 ? 0 : (double) pages.size() / pagesOfScan;
        }
        int width = Math.max(MIN_WIDTH, Math.min(WIDTH, COLUMNS - prefix.length() - suffix.length()));
        int filled = (int) Math.max(0, Math.min(width, Math.floor(width * share)));
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 && filled < width ? ">" : filled == width ? "=" : "")
                + " ".repeat(width - filled);
        return prefix + bar + suffix;
    }

    private void draw(boolean force) {
        long now = clock.getAsLong();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        if (total <= 1 && page == 0) {
            return;
        }
        lastDraw = now;
        err.print("\r\u001B[K" + line());
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

    /** Erases the bar and runs {@code output}; the workers' page events wait meanwhile, so they cannot draw into it. */
    synchronized void printing(Output output) throws IOException {
        clear();
        output.run();
    }
}
