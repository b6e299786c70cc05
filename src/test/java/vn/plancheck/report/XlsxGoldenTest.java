package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plancheck.model.Category;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.PlanLink;
import vn.plancheck.model.PlanRef;
import vn.plancheck.model.RosterUnit;
import vn.plancheck.model.Severity;
import vn.plancheck.model.SkippedFile;

/**
 * The workbook as a user sees it ({@link WorkbookDump}) against golden dumps made with the earlier writer, which
 * built the workbook with POI's SXSSF: the same sheets, cells, values, types, looks, links, drop-down and layout.
 * Run with {@code -Dplancheck.regolden=true} to write the golden dumps again (after a deliberate change).
 */
class XlsxGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/xlsx-golden");

    @TempDir
    Path dir;

    private void check(String name, CheckRun run, ReportSink.RunTotals totals, boolean baseline, XlsxReportWriter writer)
            throws IOException {
        Path file = dir.resolve(name + ".xlsx");
        try (ReportSink sink = writer.open(file, run.getRules(), baseline)) {
            for (DocumentResult d : run.getDocuments()) {
                sink.add(d);
            }
            sink.finish(totals);
        }
        String dump = WorkbookDump.dump(file);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("plancheck.regolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, dump, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump, name);
    }

    @Test
    void sample() throws IOException {
        CheckRun run = TestRuns.sample();
        check("sample", run, new ReportSink.RunTotals(run.getSkippedFiles()), false, new XlsxReportWriter());
    }

    @Test
    void decidedWithBaseline() throws IOException {
        check("decided", TestRuns.decided(), new ReportSink.RunTotals(0), true, new XlsxReportWriter());
    }

    @Test
    void located() throws IOException {
        check("located", TestRuns.located(), new ReportSink.RunTotals(0), false, new XlsxReportWriter());
    }

    @Test
    void empty() throws IOException {
        check("empty", new CheckRun("0", List.of(), List.of(), 0), new ReportSink.RunTotals(0), false, new XlsxReportWriter());
    }

    @Test
    void linksRosterSkippedInterruptedAndCappedHyperlinks() throws IOException {
        CheckRun run = TestRuns.sample();
        PlanRef parent = new PlanRef("tinh/12-KH-UBND.pdf", "12/KH-UBND", java.time.LocalDate.of(2024, 5, 2), "UBND tỉnh Lai Châu");
        List<PlanLink> links = List.of(new PlanLink(TestRuns.FILE_1, TestRuns.FILE_2, "số ký hiệu được trích dẫn"),
                new PlanLink(parent, TestRuns.FILE_1, "--parent"));
        List<RosterUnit> roster = List.of(new RosterUnit("UBND xã Đông Sơn", null, 2), new RosterUnit("Sở Y tế", "Lai Châu", 3));
        ReportSink.RunTotals totals = new ReportSink.RunTotals(2, links, parent, roster, roster,
                List.of(new SkippedFile("a/b.xls", "định dạng không hỗ trợ"), new SkippedFile("c & <d>.odt", "tệp rỗng")), true);
        check("links", run, totals, false, new XlsxReportWriter(3));
    }

    @Test
    void awkwardText() throws IOException {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 32_766) {
            huge.append("Trích dẫn rất dài ");
        }
        huge.setLength(32_766);
        huge.append("😀 và tiếp"); // a surrogate pair across the cell limit
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("FORM-X", Category.FORM, Severity.WARNING,
                "  dấu cách đầu và cuối  ", 3, huge.toString(), "a & b < c > d \" e ' f"));
        findings.add(new Finding("FORM-Y", Category.FORM, Severity.INFO,
                "dòng một\ndòng hai\r\ndòng ba\ttab \u0001\u000B\u001F\uFFFE\uD800 lạc", 0, "", null));
        findings.add(new Finding("FORM-Z", null, null, null, -1, null, null));
        Plan p = new Plan();
        p.setIssuer("UBND xã <Tân> & \"Lập\"");
        p.setFile("x/y & z.docx");
        List<DocumentResult> docs = List.of(new DocumentResult("x/y & z.docx", DocumentStatus.CHECKED, null, p, findings),
                new DocumentResult("x/y & z.pdf", DocumentStatus.CHECKED, null, p, List.of()));
        CheckRun run = new CheckRun("0", docs, TestRuns.rules(), 0);
        check("awkward", run, new ReportSink.RunTotals(0), true, new XlsxReportWriter());
    }

    /** A link whose child is not a document of the batch keeps its row, with the child's counts left empty. */
    @Test
    void aLinkToAFileOutsideTheBatchHasEmptyCounts() throws IOException {
        CheckRun run = TestRuns.sample();
        List<PlanLink> links = List.of(new PlanLink(TestRuns.FILE_1, "khac/ngoai-lo.docx", "số ký hiệu được trích dẫn"));
        Path file = dir.resolve("outside.xlsx");
        try (ReportSink sink = new XlsxReportWriter().open(file, run.getRules(), false)) {
            for (DocumentResult d : run.getDocuments()) {
                sink.add(d);
            }
            sink.finish(new ReportSink.RunTotals(0, links, null, null, List.of(), List.of(), false));
        }
        String dump = WorkbookDump.dump(file);
        assertTrue(dump.contains("khac/ngoai-lo.docx"), dump);
    }

    /** Past a few megabytes the rows of "Phát hiện" go through a temporary file; they all come back, in order. */
    @Test
    void aSheetSpilledToATemporaryFileReadsBackWhole() throws IOException {
        Path file = dir.resolve("big.xlsx");
        new XlsxReportWriter().write(TestRuns.many(200, 50), file);
        try (java.io.InputStream in = Files.newInputStream(file);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheet("Phát hiện");
            assertEquals(10_000, s.getLastRowNum());
            assertEquals(10_000, (long) s.getRow(10_000).getCell(0).getNumericCellValue());
            assertEquals("lo/ke-hoach-199.docx", s.getRow(10_000).getCell(1).getStringCellValue());
            assertEquals("A1:M10001", s.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(5_000, s.getHyperlinkList().size());
            assertEquals(200, wb.getSheet("Tổng hợp").getLastRowNum() - 1);
        }
    }
}
