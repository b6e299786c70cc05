package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.pipeline.InputCollector;
import vn.plancheck.pipeline.Interruption;
import vn.plancheck.pipeline.Outcome;
import vn.plancheck.report.AtomicFiles;
import vn.plancheck.report.JsonReportWriter;
import vn.plancheck.report.ReportSink;
import vn.plancheck.report.XlsxReportWriter;

/**
 * Outputs: a place that cannot be written is said before any document is read, in Vietnamese; a full disk is said
 * in Vietnamese; temporary files are removed on every exit and those of killed runs cleaned; Ctrl-C keeps every
 * document checked so far in the workbook and the JSON, marked interrupted, and exits with 130. Before, a
 * read-only folder failed after the whole batch in the OS's English, and Ctrl-C lost everything.
 */
class OutputsTortureTest {
    private static Path plans(Path dir, int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String plan = Torture.goodPlan();
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("kh-%03d.txt", i)), plan.replace("Số: 15/", "Số: " + (i + 1) + "/"),
                    StandardCharsets.UTF_8);
        }
        return in;
    }

    @Test
    void anOutputThatCannotBeWrittenIsSaidBeforeAnyDocumentIsRead(@TempDir Path dir) throws IOException {
        Path in = plans(dir, 1);
        Path file = Files.writeString(dir.resolve("la-tep"), "x");
        Torture.Run r = Torture.cli("check", "-o", file.resolve("kq.xlsx").toString(), in.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("Không ghi được sổ kết quả vào " + file.resolve("kq.xlsx")) && r.err().contains("là một tệp, không phải thư mục"),
                r.err());
        assertFalse(r.out().contains("[1/1]"), "no document was read: " + r.out());

        Path folder = Files.createDirectories(dir.resolve("kq.json"));
        r = Torture.cli("check", "-o", dir.resolve("kq.xlsx").toString(), "--json", folder.toString(), in.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("Không ghi được tệp JSON vào " + folder + ": đường dẫn này là một thư mục"), r.err());
        assertFalse(Files.exists(dir.resolve("kq.xlsx")));
    }

    @Test
    void aFullDiskIsSaidInVietnameseAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("kq.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        }));
        assertTrue(e.getMessage().startsWith("Không ghi được " + target + ": ổ đĩa đã đầy."), e.getMessage());
        assertEquals(List.of(), Torture.listing(dir));
    }

    @Test
    void leftoversOfKilledRunsAreCleanedAndOwnTemporaryFilesNeverStay(@TempDir Path dir) throws Exception {
        Path in = plans(dir, 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path old = Files.writeString(out.resolve(".kq.json.tmp-3hx7q"), "{\"documents\": [");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(86_400)));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path deadRun = Files.createDirectories(tmp.resolve("plancheck-4194999")); // above any pid_max: no such process
        Files.writeString(deadRun.resolve("poi-sxssf-sheet1.xml.gz"), "x");

        Torture.Run r = Torture.cli("check", "--no-progress", "-o", out.resolve("kq.xlsx").toString(), "--json",
                out.resolve("kq.json").toString(), in.toString());
        assertTrue(r.exit() <= 1, r.all());
        assertEquals(List.of("kq.json", "kq.xlsx"), Torture.listing(out), "the killed run's hidden file is gone");
        assertFalse(Files.exists(deadRun), "the killed run's POI folder is gone");
        assertFalse(Files.exists(tmp.resolve("plancheck-" + ProcessHandle.current().pid())), "this run's POI folder is gone");
    }

    /** The batch is stopped after two documents (what the Ctrl-C hook does): both are in the reports, marked. */
    @Test
    void aStoppedRunKeepsWhatWasCheckedMarkedAsInterrupted(@TempDir Path dir) throws Exception {
        Path in = plans(dir, 6);
        Path json = dir.resolve("kq.json");
        Path xlsx = dir.resolve("kq.xlsx");
        Interruption stop = new Interruption();
        List<ReportSink> sinks = new ArrayList<>();
        sinks.add(new JsonReportWriter().open(json, "test"));
        sinks.add(new XlsxReportWriter().open(xlsx, Torture.shippedRules().catalog()));
        sinks.add(new ReportSink() {
            private int n;

            @Override
            public void add(DocumentResult doc) {
                if (++n == 2) {
                    stop.request();
                }
            }

            @Override
            public void finish(RunTotals totals) {
            }

            @Override
            public void close() {
            }
        });
        BatchRunner.Outcome outcome;
        try {
            outcome = new BatchRunner(Torture.checker()).stopOn(stop).run(InputCollector.collect(List.of(in)),
                    new BatchRunner.Options(1, null, false, null), sinks);
        } finally {
            for (ReportSink s : sinks) {
                s.close();
            }
        }
        assertTrue(outcome.interrupted());
        assertEquals(130, Outcome.exitCode(outcome, null));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, root.path("documents").size());
        assertTrue(root.path("summary").path("interrupted").asBoolean());
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            boolean marked = false;
            for (Row row : wb.getSheet("Tổng hợp")) {
                marked |= row.getCell(1) != null && row.getCell(1).getStringCellValue().startsWith("Đã dừng giữa chừng");
            }
            assertTrue(marked, "a line in Tổng hợp says the run was stopped");
        }
    }

    /** A real Ctrl-C (SIGINT) on a real process. */
    @Test
    void ctrlCWritesWhatWasCheckedAndExitsWith130(@TempDir Path dir) throws Exception {
        Path in = plans(dir, 400);
        Path out = Files.createDirectories(dir.resolve("out"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), "vn.plancheck.cli.PlancheckCli",
                "check", "--no-progress", "--threads", "1", "-o", out.resolve("kq.xlsx").toString(),
                "--json", out.resolve("kq.json").toString(), in.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("[5/400]")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String console = String.join("\n", lines);
        assertEquals(130, p.exitValue(), console);
        assertTrue(console.contains("Đã dừng giữa chừng theo yêu cầu (Ctrl-C)"), console);
        JsonNode root = new ObjectMapper().readTree(out.resolve("kq.json").toFile());
        int checked = root.path("documents").size();
        assertTrue(checked >= 5 && checked < 400, "documents checked so far: " + checked);
        assertTrue(root.path("summary").path("interrupted").asBoolean());
        assertEquals(List.of("kq.json", "kq.xlsx"), Torture.listing(out), "no temporary file left next to the reports");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(x -> x.getFileName().toString().startsWith("plancheck-")), "no POI temporary folder left");
        }
    }
}
