package vn.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.cli.CheckCommandTest.Run;

/**
 * Issue 11's "decisions that are remembered", end to end through the command line: a reviewer fills in "Xử lý" and
 * "Lý do" in the workbook, imports it into a decisions file, edits the plan (lines inserted above the findings, one
 * finding really fixed), and the next check honours the decisions; an earlier run's JSON marks what is new.
 */
class DecisionsRoundTripTest {
    private static final String FIXTURE = "fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt";
    private static final String NAME = Path.of(FIXTURE).getFileName().toString();
    private static final String STALE = "TIME-STALE-YEAR";
    private static final String NO_OWNER = "UNIT-TASK-WITHOUT-OWNER";
    private static final String ZERO = "FORM-NUMBER-ZERO-MISSING";
    private static final String REASON = "Nhắc lại kết quả năm 2022, không phải chủ đề của năm nay";

    @TempDir
    Path dir;

    /** The fixture as the drafter edits it: {@code inserted} lines after line {@code after}, the number written {@code number}. */
    private Path edited(String folder, int after, List<String> inserted, String number) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(FIXTURE), StandardCharsets.UTF_8));
        lines.addAll(after, inserted);
        lines.replaceAll(l -> l.equals("Số: 7/KH-UBND") ? "Số: " + number + "/KH-UBND" : l);
        Path p = dir.resolve(folder).resolve(NAME);
        Files.createDirectories(p.getParent());
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    private static final List<String> MORE_TARGETS = List.of(
            "- Phấn đấu 100% thôn có điểm vui chơi, sinh hoạt cho trẻ em.",
            "- Không để trẻ em trong độ tuổi bỏ học.",
            "- Duy trì mô hình câu lạc bộ quyền trẻ em ở trường học.");

    private static Map<String, JsonNode> findingsByRule(JsonNode doc) {
        Map<String, JsonNode> out = new HashMap<>();
        doc.path("findings").forEach(f -> out.put(f.path("ruleId").asText(), f));
        return out;
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
            columns.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return columns;
    }

    /** What a reviewer does in Excel: picks a value in "Xử lý" and writes a reason, on the row of each rule. */
    private static void review(Path workbook, Map<String, String[]> byRule) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.getSheet("Phát hiện");
        Map<String, Integer> col = header(sheet);
        for (Row row : sheet) {
            Cell rule = row.getCell(col.get("Mã quy tắc"));
            String[] choice = rule == null ? null : byRule.get(rule.getStringCellValue());
            if (row.getRowNum() > 0 && choice != null) {
                type(row, col.get("Xử lý"), choice[0]);
                type(row, col.get("Lý do"), choice[1]);
            }
        }
        try (OutputStream out = Files.newOutputStream(workbook)) {
            wb.write(out);
        }
        wb.close();
    }

    /**
     * A value typed into a cell, as Excel saves it (a shared string): the streamed workbook writes inline strings,
     * and POI's setCellValue on one keeps the old inline text.
     */
    private static void type(Row row, int col, String value) {
        Cell old = row.getCell(col);
        org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** The rows of "Phát hiện" as rule → (Xử lý, Lý do, row number), and the row of the dismissed section's title. */
    private static Map<String, String[]> actions(Path workbook, int[] titleRow) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Phát hiện");
            Map<String, Integer> col = header(sheet);
            for (Row row : sheet) {
                String rule = f.formatCellValue(row.getCell(col.get("Mã quy tắc")));
                if (row.getRowNum() > 0 && rule.isEmpty()) {
                    titleRow[0] = row.getRowNum();
                    assertTrue(f.formatCellValue(row.getCell(col.get("Tệp"))).startsWith("Đã bỏ qua hoặc chấp nhận"));
                } else if (row.getRowNum() > 0) {
                    out.put(rule, new String[] {f.formatCellValue(row.getCell(col.get("Xử lý"))),
                            f.formatCellValue(row.getCell(col.get("Lý do"))), String.valueOf(row.getRowNum())});
                }
            }
        }
        return out;
    }

    @Test
    void aDecisionWrittenInTheWorkbookIsImportedAndHonouredAfterLinesWereInsertedAbove() throws IOException {
        Path w1 = dir.resolve("lan-1.xlsx");
        Run first = CheckCommandTest.run("check", "--no-progress", "--fail-on", "WARNING", "-o", w1.toString(), FIXTURE);
        assertEquals(1, first.exit(), first.err() + first.out());
        review(w1, Map.of(STALE, new String[] {"Bỏ qua", REASON},
                NO_OWNER, new String[] {"Chấp nhận", "Loa truyền thanh do thôn quản lý"},
                ZERO, new String[] {"Đã sửa", ""}));

        Path csv = dir.resolve("quyet-dinh.csv");
        Run imported = CheckCommandTest.run("decisions", "import", w1.toString(), "--into", csv.toString(), "--by", "Nguyễn Thị Lan");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 quyết định mới, 0 cập nhật, 0 không đổi"), imported.out());
        byte[] written = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(written, 3), "a BOM for Excel");
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFrule_id,file,quote,decision,reason,by,date,"), text);
        assertTrue(text.contains(STALE + "," + FIXTURE + ",Tháng hành động vì trẻ em năm 2022,Bỏ qua,\"" + REASON
                + "\",Nguyễn Thị Lan," + LocalDate.now()), "a reason with a comma is quoted: " + text);

        // the next draft: three lines inserted above both decided findings, the number really corrected to "07"
        Path v2 = edited("ban-2", 30, MORE_TARGETS, "07");
        Run without = CheckCommandTest.run("check", "--no-progress", "--fail-on", "WARNING", "-o", dir.resolve("x.xlsx").toString(), v2.toString());
        assertEquals(1, without.exit(), "the warnings are still there: " + without.out());

        Path w2 = dir.resolve("lan-2.xlsx");
        Path json = dir.resolve("lan-2.json");
        Run second = CheckCommandTest.run("check", "--no-progress", "--fail-on", "WARNING", "--decisions", csv.toString(),
                "-o", w2.toString(), "--json", json.toString(), v2.toString());
        assertEquals(0, second.exit(), "dismissed warnings do not fail the run: " + second.out() + second.err());
        assertTrue(second.out().contains("đã bỏ qua 2"), second.out());
        assertTrue(second.out().contains("[Bỏ qua]") && second.out().contains("lý do: " + REASON), second.out());

        JsonNode doc = new ObjectMapper().readTree(json.toFile()).path("documents").get(0);
        assertEquals("PASS", doc.path("verdict").asText(), "only an INFO is left that counts");
        Map<String, JsonNode> findings = findingsByRule(doc);
        assertFalse(findings.containsKey(ZERO), "fixed in the draft");
        JsonNode stale = findings.get(STALE);
        assertEquals(35 + MORE_TARGETS.size(), stale.path("line").asInt(), "the finding moved down");
        assertEquals("IGNORED", stale.path("decision").path("status").asText());
        assertEquals(REASON, stale.path("decision").path("reason").asText());
        assertEquals("Nguyễn Thị Lan", stale.path("decision").path("by").asText());
        assertEquals(LocalDate.now().toString(), stale.path("decision").path("date").asText());
        assertEquals("ACCEPTED", findings.get(NO_OWNER).path("decision").path("status").asText());
        assertTrue(findings.get("REF-UNKNOWN").path("decision").isNull());
        JsonNode summary = new ObjectMapper().readTree(json.toFile()).path("summary");
        assertEquals(0, summary.path("warnings").asInt());
        assertEquals(2, summary.path("dismissed").asInt());
        assertTrue(summary.path("new").isNull(), "no baseline given");

        // the workbook shows the decisions, the dismissed ones in a section at the end, out of the filter's range
        int[] title = {-1};
        Map<String, String[]> rows = actions(w2, title);
        assertEquals("Bỏ qua", rows.get(STALE)[0]);
        assertEquals(REASON, rows.get(STALE)[1]);
        assertEquals("Chấp nhận", rows.get(NO_OWNER)[0]);
        assertEquals("Mới", rows.get("REF-UNKNOWN")[0]);
        assertTrue(title[0] > Integer.parseInt(rows.get("REF-UNKNOWN")[2]), "the section follows the findings that count");
        assertTrue(Integer.parseInt(rows.get(STALE)[2]) > title[0]);
        try (InputStream in = Files.newInputStream(w2); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Phát hiện");
            assertEquals("A1:M2", wb.getSheet("Phát hiện").getCTWorksheet().getAutoFilter().getRef());
            assertEquals("L2:L" + (s.getLastRowNum() + 1), wb.getSheet("Phát hiện").getDataValidations().get(0)
                    .getRegions().getCellRangeAddress(0).formatAsString(), "the drop-down reaches the dismissed rows too");
            Row docRow = wb.getSheet("Tổng hợp").getRow(1);
            assertEquals(2, (int) docRow.getCell(10).getNumericCellValue(), "Đã bỏ qua");
            assertEquals("Đạt", docRow.getCell(11).getStringCellValue());
        }

        // importing the second workbook as it was written changes nothing, byte for byte
        Run again = CheckCommandTest.run("decisions", "import", w2.toString(), "--into", csv.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 quyết định mới, 0 cập nhật, 2 không đổi"), again.out());
        assertArrayEquals(written, Files.readAllBytes(csv));
    }

    @Test
    void aFindingMarkedFixedThatIsStillThereStillCounts() throws IOException {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "decision,rule_id,quote,file,reason\nĐã sửa," + ZERO + ",Số: 7/KH-UBND," + NAME + ",\n"
                + "Bỏ qua," + ZERO + ",Số: 7/KH-UBND,khac.txt,tệp khác\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("r.json");
        Run r = CheckCommandTest.run("check", "--no-progress", "--fail-on", "WARNING", "--decisions", csv.toString(),
                "-o", dir.resolve("r.xlsx").toString(), "--json", json.toString(), FIXTURE);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("(đã đánh dấu “Đã sửa” nhưng vẫn còn)"), r.out());
        JsonNode zero = findingsByRule(new ObjectMapper().readTree(json.toFile()).path("documents").get(0)).get(ZERO);
        assertEquals("FIXED", zero.path("decision").path("status").asText(), "columns are read by name, in any order");
        assertEquals("REVISE", new ObjectMapper().readTree(json.toFile()).at("/documents/0/verdict").asText());
    }

    @Test
    void aBadDecisionsFileStopsTheRunWithFileLineInVietnamese() throws IOException {
        Path csv = dir.resolve("quyet-dinh.csv");
        Files.writeString(csv, "\uFEFFrule_id,file,quote,decision,reason\n"
                + STALE + "," + NAME + ",\"Tháng hành động\nvì trẻ em\",Bỏ qua,ok\n"
                + NO_OWNER + "," + NAME + ",,Bỏ qa,\n", StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("r.xlsx");
        Run r = CheckCommandTest.run("check", "--decisions", csv.toString(), "-o", xlsx.toString(), FIXTURE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(csv + ":4: quyết định “Bỏ qa” không hợp lệ: chỉ dùng Đã sửa, Bỏ qua hoặc Chấp nhận."),
                "the line of the row, after a quoted cell of two lines: " + r.err());
        assertFalse(Files.exists(xlsx), "nothing is checked");

        Files.writeString(csv, "rule_id,file,decision,reason\n", StandardCharsets.UTF_8);
        r = CheckCommandTest.run("check", "--decisions", csv.toString(), "-o", xlsx.toString(), FIXTURE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(csv + ":1: thiếu cột “quote”"), r.err());

        Files.writeString(csv, "rule_id,file,quote,decision,reason\n" + STALE + "," + NAME + ",\"Tháng hành động,Bỏ qua,\n",
                StandardCharsets.UTF_8);
        r = CheckCommandTest.run("check", "--decisions", csv.toString(), "-o", xlsx.toString(), FIXTURE);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(csv + ":2: dấu ngoặc kép mở ở dòng này không được đóng"), r.err());
    }

    @Test
    void aWorkbookValueOutsideTheListIsRefusedWithItsCell() throws IOException {
        Path w = dir.resolve("w.xlsx");
        CheckCommandTest.run("check", "--no-progress", "-o", w.toString(), FIXTURE);
        review(w, Map.of(STALE, new String[] {"ok", ""}));
        Path csv = dir.resolve("d.csv");
        Run r = CheckCommandTest.run("decisions", "import", w.toString(), "--into", csv.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(w.toString())
                + "!'Phát hiện'!L\\d+: “ok” không phải một cách xử lý: chọn Mới, Đã sửa, Bỏ qua hoặc Chấp nhận\\.\\s*"), r.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void aBaselineMarksTheFindingsThatAreNew() throws IOException {
        Path before = dir.resolve("truoc.json");
        CheckCommandTest.run("check", "--no-progress", "-o", dir.resolve("truoc.xlsx").toString(), "--json", before.toString(), FIXTURE);
        // lines inserted above, and one of them brings a new finding: a date that does not exist
        Path v2 = edited("ban-2", 30, List.of("- Tổng kết, đánh giá vào ngày 31/02/2023."), "7");
        Path json = dir.resolve("sau.json");
        Path xlsx = dir.resolve("sau.xlsx");
        Run r = CheckCommandTest.run("check", "--no-progress", "--baseline", before.toString(), "-o", xlsx.toString(),
                "--json", json.toString(), v2.toString());
        assertTrue(r.exit() <= 1, r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> fresh = new ArrayList<>();
        for (JsonNode f : root.at("/documents/0/findings")) {
            assertTrue(f.path("new").isBoolean(), f.toString());
            if (f.path("new").asBoolean()) {
                fresh.add(f.path("ruleId").asText() + "@" + f.path("line").asInt());
            }
        }
        assertEquals(List.of("TIME-INVALID-DATE@31"), fresh);
        assertEquals(1, root.at("/summary/new").asInt());
        assertTrue(r.out().contains("1 phát hiện mới so với lần trước"), r.out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Phát hiện");
            Map<String, Integer> col = header(s);
            assertNotNull(col.get("Mới so với lần trước"));
            int yes = 0;
            for (Row row : s) {
                if (row.getRowNum() > 0 && "Có".equals(row.getCell(col.get("Mới so với lần trước")).getStringCellValue())) {
                    yes++;
                    assertEquals("TIME-INVALID-DATE", row.getCell(col.get("Mã quy tắc")).getStringCellValue());
                }
            }
            assertEquals(1, yes);
        }
    }
}
