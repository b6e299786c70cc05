package vn.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The progress bar's line: files, then the pages of the scans being recognised; never wider than 79 columns. */
class ProgressBarTest {
    /** A clock a second further at every reading, so that every event is drawn. */
    private static final class Clock implements java.util.function.LongSupplier {
        long now;

        @Override
        public long getAsLong() {
            now += 1_000_000_000L;
            return now;
        }
    }

    @Test
    void aBatchCountsFilesThenThePagesOfItsScans() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), 25, new Clock());
        bar.update(2);
        assertTrue(bar.line().matches("Đang kiểm tra \\[=+> +\\] 2/25 tệp, \\d+ tệp/giây"), bar.line());
        bar.pageStarted("a.pdf", 1, 8);
        assertTrue(bar.line().endsWith("] 2/25 tệp, nhận dạng 0 trang (đang ở trang 1/8)"), bar.line());
        bar.pageRead("a.pdf", 1, 8);
        bar.pageRead("a.pdf", 2, 8);
        bar.pageRead("a.pdf", 1, 8);     // read again by the check after the first pass: counted once
        bar.pageStarted("b.tif", 3, 3);
        bar.update(3);
        assertTrue(bar.line().endsWith("] 3/25 tệp, nhận dạng 2 trang (đang ở trang 3/3)"), bar.line());
        assertTrue(bar.line().length() <= 79, bar.line());
        String drawn = out.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("\r\u001B[K" + bar.line()), "the last line is on the terminal");
    }

    @Test
    void oneFileHasABarOnlyWhileItsPagesAreRecognised() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), 1, new Clock());
        bar.update(1);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "a typed file: nothing to show");
        bar.pageRead("scan.pdf", 1, 4);
        bar.pageStarted("scan.pdf", 2, 4);
        assertEquals("Đang nhận dạng [" + "=".repeat(6) + ">" + " ".repeat(23) + "] trang 2/4", bar.line());
        bar.clear();
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("\r\u001B[K"), "erased");
    }
}
