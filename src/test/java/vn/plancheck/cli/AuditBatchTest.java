package vn.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The auditor's run of issue 10, end to end: a folder of what units sent in (every fixture plan and non-plan, a plan
 * in several formats, two subordinate plans that cite the parent), checked with {@code --parent} and {@code --roster}.
 * Stray files get only the one "không viện dẫn" warning, the units that sent nothing are listed, units are told apart
 * by place, a plan in several formats counts once, the parent is named by number, date and issuer.
 */
class AuditBatchTest {
    private static final String PARENT_NAME = "Kế hoạch số 45/KH-UBND ngày 05/04/2024 của ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN";
    private static final String NOT_CITED = "không viện dẫn kế hoạch cấp trên";
    private static final String OCR_NOTE = "nhận dạng OCR";

    @TempDir
    static Path dir;
    static CheckCommandTest.Run run;
    static JsonNode root;
    static List<List<String>> summary;
    static List<List<String>> units;
    static List<List<String>> links;
    static List<List<String>> findings;
    static List<List<String>> rules;

    @BeforeAll
    static void audit() throws IOException {
        Path batch = dir.resolve("nop");
        Files.createDirectories(batch);
        for (String from : List.of("fixtures/plans", "fixtures/not-plans")) {
            try (Stream<Path> files = Files.list(Path.of(from))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, batch.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path parent = selfTest("rules/tests/LINK/parent-tinh-dien-bien-2024.txt", dir.resolve("ke-hoach-tinh.txt"));
        selfTest("rules/tests/LINK/LINK-DEADLINE-AFTER-PARENT.bad.txt", batch.resolve("huyen-dien-bien-dong.txt"));
        Path wrongDay = selfTest("rules/tests/LINK/LINK-PARENT-CITATION-MISMATCH.bad-ngay.txt", batch.resolve("huyen-sai-ngay.txt"));
        Files.writeString(wrongDay, Files.readString(wrongDay).replace("HUYỆN ĐIỆN BIÊN ĐÔNG", "HUYỆN MƯỜNG ẢNG")
                .replace("Số: 38/KH-UBND", "Số: 52/KH-UBND").replace("Điện Biên Đông, ngày", "Mường Ảng, ngày"));
        Path roster = dir.resolve("don-vi.csv");
        Files.writeString(roster, String.join("\n",
                "# Đơn vị phải nộp kế hoạch triển khai",
                "name,province",
                "UBND xã Đông Sơn,",
                "Xã Tân Yên,",
                "Ủy ban nhân dân   phường Hải Châu,",
                "Sở Y tế,Quảng Ninh",
                "Sở Y tế,Điện Biên",
                "UBND xã Đông Sơn Tây,",
                "Sở Khoa học và Công nghệ tỉnh Bắc Giang,",
                "UBND tỉnh Lai Châu,",
                "UBND huyện Điện Biên Đông,Điện Biên",
                "Ủy ban nhân dân huyện Mường Ảng,tỉnh Điện Biên",
                ""));
        Path xlsx = dir.resolve("ket-qua.xlsx");
        Path json = dir.resolve("ket-qua.json");
        run = CheckCommandTest.run("check", "--no-progress", "--parent", parent.toString(), "--roster", roster.toString(),
                "-o", xlsx.toString(), "--json", json.toString(), batch.toString());
        assertTrue(run.exit() <= 1, run.err() + run.out());
        root = new ObjectMapper().readTree(json.toFile());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            summary = rows(wb.getSheet("Tổng hợp"));
            units = rows(wb.getSheet("Theo đơn vị"));
            links = rows(wb.getSheet("Kế hoạch cấp trên"));
            findings = rows(wb.getSheet("Phát hiện"));
            rules = rows(wb.getSheet("Quy tắc"));
        }
    }

    /** A self-test plan without its "##!" directives, as an official would save it. */
    private static Path selfTest(String from, Path to) throws IOException {
        Files.writeString(to, Files.readAllLines(Path.of(from)).stream().filter(l -> !l.startsWith("##!"))
                .collect(Collectors.joining("\n")));
        return to;
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell c = row.getCell(i);
                cells.add(c == null ? "" : f.formatCellValue(c));
            }
            out.add(cells);
        }
        return out;
    }

    /** A column by its header, so that a column added elsewhere does not move what a test reads. */
    private static int col(List<List<String>> sheet, String header) {
        int i = sheet.get(0).indexOf(header);
        assertTrue(i >= 0, header + " in " + sheet.get(0));
        return i;
    }

    private static String name(JsonNode doc) {
        return Path.of(doc.path("file").asText()).getFileName().toString();
    }

    @Test
    void strayFilesGetOnlyTheOneNotCitedWarningAndNonPlansNoLinkFindingAtAll() {
        int stray = 0;
        for (JsonNode doc : root.path("documents")) {
            List<JsonNode> link = new ArrayList<>();
            doc.path("findings").forEach(f -> {
                if (f.path("ruleId").asText().startsWith("LINK-")) {
                    link.add(f);
                }
            });
            String file = name(doc);
            if (doc.path("verdict").asText().equals("NOT_A_PLAN")) {
                assertEquals(List.of(), link, file);
            } else if (file.startsWith("huyen-")) {
                assertTrue(link.stream().noneMatch(f -> f.path("message").asText().contains(NOT_CITED)), file + link);
                assertFalse(link.isEmpty(), file);
            } else {
                stray++;
                assertEquals(1, link.size(), file + " " + link);
                JsonNode f = link.get(0);
                assertEquals("LINK-PARENT-CITATION-MISMATCH", f.path("ruleId").asText(), file);
                assertTrue(f.path("message").asText().contains(NOT_CITED), file + ": " + f);
                // OCR text may have garbled the citation: the one warning is lowered to information, and says why
                String expected = f.path("message").asText().contains(OCR_NOTE) ? "INFO" : "WARNING";
                assertEquals(expected, f.path("severity").asText(), file);
            }
        }
        assertTrue(stray >= 30, "the fixture plans are stray files under this parent: " + stray);
    }

    @Test
    void theSubordinatePlansThatCiteTheParentAreComparedWithIt() {
        for (JsonNode doc : root.path("documents")) {
            if (name(doc).equals("huyen-sai-ngay.txt")) {
                assertTrue(doc.path("findings").toString().contains("ngày ghi 04/4/2024 nhưng kế hoạch cấp trên ban hành ngày 05/4/2024"),
                        doc.path("findings").toString());
            }
            if (name(doc).equals("huyen-dien-bien-dong.txt")) {
                assertTrue(doc.path("findings").toString().contains("LINK-DEADLINE-AFTER-PARENT"));
            }
        }
    }

    @Test
    void theRosterUnitsThatSentNoPlanAreListedInTheSheetTheJsonAndTheConsole() {
        int status = col(links, "Trạng thái");
        List<String> notSubmitted = links.stream().filter(r -> r.size() > status && r.get(status).equals("Chưa nộp")).map(r -> r.get(3)).toList();
        assertEquals(List.of("Sở Y tế (Điện Biên)", "UBND xã Đông Sơn Tây"), notSubmitted,
                "Sở Y tế of Quảng Ninh sent one, Điện Biên's did not; 'xã Đông Sơn' is no 'xã Đông Sơn Tây'");
        for (List<String> r : links.subList(1, links.size())) {
            if (r.get(status).equals("Chưa nộp")) {
                assertEquals(PARENT_NAME, r.get(0));
                assertTrue(r.get(4).startsWith("danh sách đơn vị phải nộp (--roster), dòng "), r.toString());
            }
        }
        assertEquals(10, root.path("summary").path("rosterUnits").asInt());
        assertEquals(2, root.path("summary").path("notSubmitted").asInt());
        JsonNode listed = root.path("roster").path("notSubmitted");
        assertEquals("Sở Y tế", listed.get(0).path("name").asText());
        assertEquals("Điện Biên", listed.get(0).path("province").asText());
        assertEquals(7, listed.get(0).path("line").asInt());
        assertEquals("UBND xã Đông Sơn Tây", listed.get(1).path("name").asText());
        assertTrue(listed.get(1).path("province").isNull());
        assertEquals(PARENT_NAME, root.path("roster").path("parentPlan").path("name").asText());
        assertTrue(run.out().contains("Chưa nộp: 2/10 đơn vị trong danh sách (Sở Y tế (Điện Biên); UBND xã Đông Sơn Tây)."), run.out());
    }

    @Test
    void unitsAreToldApartByTheirPlaceAndAPlanInSeveralFormatsCountsOnce() {
        int unit = col(units, "Đơn vị ban hành");
        int place = col(units, "Địa bàn");
        int plans = col(units, "Số kế hoạch");
        int files = col(units, "Tệp");
        List<List<String>> health = units.stream().filter(r -> r.get(unit).equals("SỞ Y TẾ")).toList();
        assertEquals(List.of("Quảng Ninh", "Tuyên Quang"), health.stream().map(r -> r.get(place)).sorted().toList(),
                "two provinces' Sở Y tế are two units");
        List<String> laiChau = units.stream().filter(r -> r.get(unit).equals("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")).findFirst().orElseThrow();
        assertEquals("Lai Châu", laiChau.get(place));
        assertEquals("1", laiChau.get(plans), "the .doc, .docx, .pdf and .txt of seed3 are one plan");
        assertEquals("seed3-ubnd-laichau-thang-hanh-dong-2024.doc + seed3-ubnd-laichau-thang-hanh-dong-2024.docx"
                + " + seed3-ubnd-laichau-thang-hanh-dong-2024.pdf + seed3-ubnd-laichau-thang-hanh-dong-2024.txt", laiChau.get(files));
        assertTrue(units.stream().noneMatch(r -> r.get(files).contains("seed3") && r != laiChau),
                "the .txt that lost its header table is not a unit of its own");

        List<String> docx = summary.stream().filter(r -> r.get(1).endsWith("seed3-ubnd-laichau-thang-hanh-dong-2024.docx")).findFirst().orElseThrow();
        assertEquals("seed3-ubnd-laichau-thang-hanh-dong-2024.doc; seed3-ubnd-laichau-thang-hanh-dong-2024.pdf;"
                + " seed3-ubnd-laichau-thang-hanh-dong-2024.txt", docx.get(col(summary, "Cùng văn bản với")));
        // the totals row, above the files of the folder that were not checked
        List<String> total = summary.stream().filter(r -> r.size() > 1 && r.get(1).startsWith("Tổng cộng")).findFirst().orElseThrow();
        long fileCount = root.path("summary").path("documents").asLong();
        assertTrue(total.get(1).startsWith("Tổng cộng: " + fileCount + " tệp, " + (fileCount - 5) + " văn bản (2 văn bản có nhiều tệp"), total.get(1));

        JsonNode same = root.path("summary").path("sameDocumentFiles");
        assertEquals(List.of(3, 4), List.of(same.get(0).path("files").size(), same.get(1).path("files").size()));
        assertEquals("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", same.get(1).path("issuer").asText());
        long planFiles = 0;
        for (JsonNode d : root.path("documents")) {
            planFiles += d.path("verdict").asText().equals("NOT_A_PLAN") ? 0 : 1;
        }
        assertEquals(planFiles - 5, root.path("summary").path("plans").asLong(), "seed1 ×3 and seed3 ×4 count as two plans");
        // findings stay with their file: each of the four seed3 files has its own row and findings
        assertEquals(4, summary.stream().filter(r -> r.get(1).contains("seed3-")).count());
        assertTrue(findings.stream().anyMatch(r -> r.get(col(findings, "Tệp")).endsWith("seed3-ubnd-laichau-thang-hanh-dong-2024.pdf")));
    }

    @Test
    void theParentIsNamedByNumberDateAndIssuerNotByItsFile() {
        assertTrue(links.size() > 30);
        for (List<String> r : links.subList(1, links.size())) {
            assertEquals(PARENT_NAME, r.get(0));
            assertEquals("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", r.get(1));
        }
        for (JsonNode l : root.path("links")) {
            assertEquals(PARENT_NAME, l.path("parentPlan").path("name").asText());
            assertEquals("45/KH-UBND", l.path("parentPlan").path("numberSymbol").asText());
            assertEquals("2024-04-05", l.path("parentPlan").path("issueDate").asText());
        }
        assertTrue(run.out().contains("kế hoạch cấp dưới của " + PARENT_NAME + "."), run.out());
        int id = col(findings, "Mã quy tắc");
        int message = col(findings, "Nội dung");
        for (List<String> f : findings) {
            if (f.get(id).startsWith("LINK-")) {
                assertFalse(f.get(message).contains("ke-hoach-tinh.txt"), f.toString());
                assertTrue(f.get(message).contains("45/KH-UBND ngày 05/4/2024 của ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"), f.toString());
            }
        }
    }

    @Test
    void aRosterThatCannotBeReadStopsTheRunWithFileAndLine() throws IOException {
        Path bad = dir.resolve("sai.csv");
        Files.writeString(bad, "name,province\nUBND xã Đông Sơn,\n,Quảng Ninh\n");
        Path xlsx = dir.resolve("khong-ghi.xlsx");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--no-progress", "--roster", bad.toString(), "-o", xlsx.toString(),
                "fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
        assertEquals(2, r.exit());
        assertEquals("--roster: " + bad + ":3: cột name để trống; mỗi dòng là một đơn vị phải nộp kế hoạch.", r.err().strip());
        assertFalse(Files.exists(xlsx), "nothing is checked or written");
    }

    @Test
    void legalBasisNamesOnlyDocumentsAReviewerCanCite() {
        List<String> bases = new ArrayList<>();
        int finding = col(findings, "Căn cứ pháp lý");
        int rule = col(rules, "Căn cứ pháp lý");
        findings.subList(1, findings.size()).stream().filter(r -> r.size() > finding).forEach(r -> bases.add(r.get(finding)));
        rules.subList(1, rules.size()).forEach(r -> bases.add(r.get(rule)));
        assertTrue(bases.size() > 100);
        for (String b : bases) {
            assertNotNull(b);
            for (String internal : List.of("DOMAIN", ".csv", "rules/", "§", "thực tiễn", "Thực tiễn")) {
                assertFalse(b.contains(internal), b);
            }
        }
    }
}
