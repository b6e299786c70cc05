package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final String OLD = "báo cáo cũ";

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path existingTarget(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.writeString(target, OLD, StandardCharsets.UTF_8);
        return target;
    }

    @Test
    void replacesTheTargetAndLeavesNoTempFile() throws IOException {
        Path target = existingTarget("out.json");
        AtomicFiles.write(target, out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));
        assertEquals("mới", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.json"), listing());
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/c/out.xlsx");
        AtomicFiles.write(target, out -> out.write(1));
        assertEquals(1, Files.size(target));
    }

    @Test
    void failingBodyLeavesTargetUntouchedAndNoTempFile() throws IOException {
        Path target = existingTarget("out.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]); // past the buffer, so the temp file really has content
            throw new IOException("đĩa đầy");
        }));
        // the user reads which file and why in Vietnamese; the original failure stays the cause
        assertTrue(e.getMessage().startsWith("Không ghi được " + target), e.getMessage());
        assertEquals("đĩa đầy", e.getCause().getMessage());
        assertEquals(OLD, Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.json"), listing());
    }

    @Test
    void refusesToReplaceADirectory() throws IOException {
        Files.createDirectory(dir.resolve("report.json"));
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("report.json"), out -> out.write(1)));
        assertEquals(List.of("report.json"), listing());
    }

    @Test
    void jsonWriterFailingMidwayKeepsTheOldReport() throws IOException {
        Path target = existingTarget("report.json");
        assertThrows(IllegalStateException.class,
                () -> new JsonReportWriter().write(TestRuns.failingMidway(), target));
        assertEquals(OLD, Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("report.json"), listing());
    }

    @Test
    void xlsxWriterFailingMidwayKeepsTheOldReport() throws IOException {
        Path target = existingTarget("findings.xlsx");
        assertThrows(IllegalStateException.class,
                () -> new XlsxReportWriter().write(TestRuns.failingMidway(), target));
        assertEquals(OLD, Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("findings.xlsx"), listing());
    }
}
