package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.model.SkippedFile;
import vn.plancheck.pipeline.InputCollector;

/**
 * Inputs: a scan pasted into Word gets the scanned PDF's "no text, needs OCR" (it got 6 errors and 5 warnings as a
 * plan); a TCVN3 file converted for the check says so; every file of a checked folder that is not checked is
 * counted and listed with why (a broken link, a named pipe and a folder named x.docx were left out silently).
 */
class InputsTortureTest {
    /** A PNG of noise: incompressible, like a scanned page. */
    private static byte[] scan(int side) throws IOException {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static Path docx(Path file, String caption, byte[] picture, String... paragraphs) throws Exception {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            if (caption != null) {
                d.createParagraph().createRun().setText(caption);
            }
            if (picture != null) {
                d.createParagraph().createRun().addPicture(new ByteArrayInputStream(picture), Document.PICTURE_TYPE_PNG, "trang-1.png",
                        Units.toEMU(400), Units.toEMU(560));
            }
            for (String p : paragraphs) {
                d.createParagraph().createRun().setText(p);
            }
            d.write(out);
        }
        return file;
    }

    @Test
    void aScanPastedIntoWordNeedsOcrLikeAScannedPdf(@TempDir Path dir) throws Exception {
        byte[] page = scan(160);
        for (Path p : List.of(docx(dir.resolve("anh.docx"), null, page),
                docx(dir.resolve("anh-chu-thich.docx"), "Kế hoạch số 15/KH-UBND (bản scan)", page))) {
            DocumentResult r = Torture.checker().check(p, p.getFileName().toString());
            assertEquals(DocumentStatus.UNREADABLE, r.getStatus(), r.getFindings().toString());
            assertEquals(List.of("INPUT-NO-TEXT-LAYER"), r.getFindings().stream().map(Finding::getRuleId).toList());
            assertTrue(r.getError().contains("cần chạy OCR"), r.getError());
        }
        // a plan with a logo and its text is a plan
        byte[] logo = scan(20);
        Path withLogo = docx(dir.resolve("logo.docx"), null, logo, Torture.goodPlan().split("\n"));
        assertEquals(DocumentStatus.CHECKED, Torture.checker().check(withLogo, "logo.docx").getStatus());
    }

    @Test
    void aConvertedTcvn3FileSaysSo() throws Exception {
        DocumentResult r = Torture.checker().check(Path.of("fixtures/broken/legacy-tcvn3.txt"), "legacy-tcvn3.txt");
        assertEquals(DocumentStatus.CHECKED, r.getStatus());
        Finding f = r.getFindings().stream().filter(x -> x.getRuleId().equals("INPUT-LEGACY-CONVERTED")).findFirst()
                .orElseThrow(() -> new AssertionError(r.getFindings().toString()));
        assertEquals(Severity.INFO, f.getSeverity());
        assertTrue(f.getMessage().contains("TCVN3") && f.getMessage().contains("Unicode"), f.getMessage());
    }

    @Test
    void everyFileOfAFolderThatIsNotCheckedIsListedWithWhy(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("kh.txt"), Torture.goodPlan(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("ghi-chu.xlsx"), "x");
        Files.writeString(in.resolve(".an.txt"), "x");
        Files.writeString(in.resolve("~$kh.docx"), "x");
        Path folderNamedDocx = Files.createDirectories(in.resolve("x.docx"));
        Files.writeString(folderNamedDocx.resolve("kh2.txt"), Torture.goodPlan(), StandardCharsets.UTF_8);
        boolean links = true;
        try {
            Files.createSymbolicLink(in.resolve("hong.docx"), dir.resolve("khong-con.docx"));
        } catch (UnsupportedOperationException | IOException e) {
            links = false;
        }
        boolean fifo = new ProcessBuilder("mkfifo", in.resolve("ong.txt").toString()).start().waitFor() == 0;

        InputCollector.Inputs inputs = InputCollector.collect(List.of(in));
        assertEquals(List.of(in.resolve("kh.txt"), folderNamedDocx.resolve("kh2.txt")), inputs.files());
        Map<String, String> why = new HashMap<>();
        for (SkippedFile s : inputs.skippedFiles()) {
            why.put(Path.of(s.file()).getFileName().toString(), s.reason());
        }
        assertTrue(why.get("ghi-chu.xlsx").contains("định dạng .xlsx không được hỗ trợ"), why.toString());
        assertTrue(why.get(".an.txt").contains("tệp ẩn"), why.toString());
        assertTrue(why.get("~$kh.docx").contains("tệp tạm của Word"), why.toString());
        assertTrue(why.get("x.docx").contains("là thư mục"), why.toString());
        if (links) {
            assertTrue(why.get("hong.docx").contains("liên kết hỏng"), why.toString());
        }
        if (fifo) {
            assertTrue(why.get("ong.txt").contains("không phải tệp thông thường"), why.toString());
        }
        assertEquals(why.size(), inputs.skipped());

        // the console, the workbook's "Tổng hợp" and the JSON list them
        Path xlsx = dir.resolve("kq.xlsx");
        Path json = dir.resolve("kq.json");
        Torture.Run r = Torture.cli("check", "--no-progress", "-o", xlsx.toString(), "--json", json.toString(), in.toString());
        assertTrue(r.exit() <= 1, r.all());
        assertTrue(r.out().contains("Không kiểm tra " + why.size() + " tệp"), r.out());
        assertTrue(r.out().contains("ghi-chu.xlsx: định dạng .xlsx không được hỗ trợ"), r.out());
        JsonNode summary = new ObjectMapper().readTree(json.toFile()).path("summary");
        assertEquals(why.size(), summary.path("skipped").size(), summary.toString());
        assertEquals(why.size(), summary.path("skippedFiles").asInt());
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("Tổng hợp");
            int status = -1;
            for (org.apache.poi.ss.usermodel.Cell c : sheet.getRow(0)) {
                status = "Trạng thái".equals(c.getStringCellValue()) ? c.getColumnIndex() : status;
            }
            long listed = 0;
            for (Row row : sheet) {
                if (row.getCell(status) != null && row.getCell(1) != null && why.values().contains(row.getCell(status).getStringCellValue())) {
                    listed++;
                }
            }
            assertEquals(why.size(), listed, "one row per file not checked, with why");
        }
        Assumptions.assumeTrue(links && fifo, "links and named pipes are not available here");
    }
}
