package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.pipeline.Checker;

/**
 * Text work grows with the text, not faster: a line of a megabyte (line breaks lost, a list of hundreds of dates, a
 * clause without punctuation) is read and checked. Before the fix, 80 KB of "gửi trước ngày …" took 31 s (every
 * date searched the whole clause for its recipient; a quarter megabyte would take minutes) and each unit named
 * on a long line copied the whole line; the limit below is ten times what the fixed code needs on a loaded CI
 * machine.
 */
class LongTextTortureTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    /** A good plan with one huge line put in its body (after its basis paragraph). */
    private static Path planWithLine(Path dir, String name, String line) throws IOException {
        String plan = Torture.goodPlan();
        int at = plan.indexOf("\nI.");
        Path p = dir.resolve(name);
        Files.writeString(p, plan.substring(0, at) + "\n" + line + plan.substring(at), StandardCharsets.UTF_8);
        return p;
    }

    private static DocumentResult check(Path file) throws Exception {
        Checker checker = Torture.checker();
        return assertTimeoutPreemptively(GENEROUS, () -> checker.check(file, file.getFileName().toString()));
    }

    @Test
    void aQuarterMegabyteOfReportDeadlinesWithoutPunctuationIsChecked(@TempDir Path dir) throws Exception {
        Path p = planWithLine(dir, "han.txt", Torture.line(256 << 10, 1, "gửi trước ngày D", "báo cáo kết quả trước ngày D",
                "Sở Tư pháp, Sở Y tế,", "UBND các xã", "hoàn thành trước ngày D"));
        DocumentResult r = check(p);
        assertEquals(DocumentStatus.CHECKED, r.getStatus(), r.getFindings().toString());
        assertTrue(r.getPlan().getDeadlines().size() > 100, "the deadlines are read, not skipped");
    }

    @Test
    void aQuarterMegabyteLineOfDatesIsChecked(@TempDir Path dir) throws Exception {
        Path p = planWithLine(dir, "ngay.txt", Torture.line(256 << 10, 2, "ngày D", "D", "từ ngày D đến ngày D", "năm 2026,",
                "tháng 5/2026", "quý II năm 2026"));
        assertEquals(DocumentStatus.CHECKED, check(p).getStatus());
    }

    /** Half a megabyte on one line, no line break at all: a text file whose line ends were lost. */
    @Test
    void aFileOfOneLineOfMegabytesIsChecked(@TempDir Path dir) throws Exception {
        String plan = Torture.goodPlan().replace('\n', ' ');
        StringBuilder b = new StringBuilder();
        while (b.length() < 512 << 10) {
            b.append(plan).append(' ');
        }
        Path p = dir.resolve("mot-dong.txt");
        Files.writeString(p, b, StandardCharsets.UTF_8);
        DocumentResult r = check(p);
        assertEquals(DocumentStatus.CHECKED, r.getStatus(), r.getFindings().toString());
        assertTrue(r.getFindings().stream().allMatch(f -> f.getLocation() == null || Integer.valueOf(1).equals(f.getLocation().line())),
                "every finding is placed on the file's one line: " + r.getFindings());
    }
}
