package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(XlsxReportWriter writer, vn.plancheck.model.CheckRun run) throws IOException {
        Path file = dir.resolve("findings.xlsx");
        writer.write(run, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> values = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            values.add(c.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue());
        }
        return values;
    }

    private static void assertSheetLayout(XSSFSheet sheet, String autoFilterRef) {
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, sheet.getSheetName() + " has a frozen pane");
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitTopRow());
        assertEquals(0, pane.getVerticalSplitLeftColumn());
        assertEquals(autoFilterRef, sheet.getCTWorksheet().getAutoFilter().getRef());
        Cell first = sheet.getRow(0).getCell(0);
        assertTrue(sheet.getWorkbook().getFontAt(first.getCellStyle().getFontIndex()).getBold(), "bold header");
        assertTrue(sheet.getColumnWidth(1) > 256 * 10, "fixed widths were set");
    }

    @Test
    void threeSheetsWithVietnameseHeadersFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), TestRuns.sample())) {
            assertEquals(List.of("Tổng hợp", "Theo đơn vị", "Kế hoạch cấp trên", "Phát hiện", "Quy tắc"),
                    java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            // the auditor's per-issuer summary: one row per issuing unit with its counts and worst finding
            assertEquals("Đơn vị ban hành", wb.getSheet("Theo đơn vị").getRow(0).getCell(0).getStringCellValue());
            assertTrue(wb.getSheet("Theo đơn vị").getLastRowNum() >= 1);
            assertEquals(List.of("STT", "Tệp", "Cơ quan ban hành", "Số ký hiệu", "Ngày ban hành", "Loại kế hoạch",
                    "Năm", "Lỗi", "Cảnh báo", "Thông tin", "Đã bỏ qua", "Trạng thái", "Cùng văn bản với"), row(wb.getSheetAt(0), 0));
            assertEquals(List.of("STT", "Tệp", "Mã quy tắc", "Mức độ", "Nhóm", "Nội dung", "Vị trí", "Trích dẫn",
                    "Dòng", "Bằng chứng", "Căn cứ pháp lý", "Xử lý", "Lý do"), row(wb.getSheet("Phát hiện"), 0));
            assertEquals(List.of("Mã quy tắc", "Nhóm", "Mức độ", "Mô tả", "Căn cứ pháp lý", "Tệp quy tắc"),
                    row(wb.getSheet("Quy tắc"), 0));
            // The summary filter stops above the totals row, so sorting keeps the totals last.
            assertSheetLayout(wb.getSheetAt(0), "A1:M4");
            assertSheetLayout(wb.getSheet("Phát hiện"), "A1:M6");
            assertSheetLayout(wb.getSheet("Quy tắc"), "A1:F5");
        }
    }

    @Test
    void summaryRowsHaveRealDatesLabelsCountsAndTotals() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), TestRuns.sample())) {
            XSSFSheet s = wb.getSheet("Tổng hợp");
            Row first = s.getRow(1);
            assertEquals(TestRuns.ISSUER_1, first.getCell(2).getStringCellValue());
            assertEquals("29/KH-UBND", first.getCell(3).getStringCellValue());
            Cell date = first.getCell(4);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2024, 2, 16), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Kế hoạch Tháng hành động vì trẻ em", first.getCell(5).getStringCellValue());
            assertEquals(List.of("1", TestRuns.FILE_1, TestRuns.ISSUER_1, "29/KH-UBND"), row(s, 1).subList(0, 4));
            assertEquals(List.of("2024", "1", "1", "1", "0", "Phải sửa"), row(s, 1).subList(6, 12));

            Row draft = s.getRow(2);
            assertEquals(CellType.BLANK, draft.getCell(3).getCellType(), "no number: empty, not guessed");
            assertEquals(CellType.BLANK, draft.getCell(4).getCellType());
            assertEquals(CellType.BLANK, draft.getCell(5).getCellType(), "no profile in the data: empty, not guessed");

            Row scan = s.getRow(3);
            assertEquals("Không đọc được: " + TestRuns.SCAN_ERROR, scan.getCell(11).getStringCellValue());
            assertEquals(CellType.BLANK, scan.getCell(5).getCellType());

            Row total = s.getRow(4);
            assertTrue(total.getCell(1).getStringCellValue().startsWith("Tổng cộng: 3 tệp"));
            assertEquals(2, (int) total.getCell(7).getNumericCellValue());
            assertEquals(1, (int) total.getCell(8).getNumericCellValue());
            assertEquals(2, (int) total.getCell(9).getNumericCellValue());
            assertEquals(0, (int) total.getCell(10).getNumericCellValue());
            assertEquals("2 đã kiểm tra, 1 không đọc được", total.getCell(11).getStringCellValue());
        }
    }

    @Test
    void findingRowsLinkToTheirDocumentAndOfferTheActionList() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), TestRuns.sample())) {
            XSSFSheet s = wb.getSheet("Phát hiện");
            assertEquals(5, s.getLastRowNum());
            // Document 1's findings sorted by line: 0 (whole document), 67, 185.
            assertEquals(List.of("1", TestRuns.FILE_1, "CONTENT-HOTLINE-MISSING", "Thông tin", "Nội dung"),
                    row(s, 1).subList(0, 5));
            assertEquals("toàn văn", s.getRow(1).getCell(6).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(1).getCell(7).getCellType(), "no quote: empty");
            assertEquals(CellType.BLANK, s.getRow(1).getCell(8).getCellType(), "line 0 = whole document, no line");
            Row error = s.getRow(2);
            assertEquals("Lỗi", error.getCell(3).getStringCellValue());
            assertEquals("Đơn vị", error.getCell(4).getStringCellValue());
            assertEquals(TestRuns.DISSOLVED, error.getCell(5).getStringCellValue());
            assertTrue(error.getCell(5).getCellStyle().getWrapText());
            assertEquals("dòng 67", error.getCell(6).getStringCellValue(), "not yet placed: the line as read");
            assertEquals(67, (int) error.getCell(8).getNumericCellValue());
            assertEquals("Sở Lao động - Thương binh và Xã hội", error.getCell(9).getStringCellValue());
            assertEquals("Nghị quyết 176/2025/QH15", error.getCell(10).getStringCellValue());
            assertEquals("Mới", error.getCell(11).getStringCellValue());
            assertEquals("Cảnh báo", s.getRow(3).getCell(3).getStringCellValue());

            // Severity colours come from a few shared styles.
            XSSFCellStyle red = (XSSFCellStyle) error.getCell(3).getCellStyle();
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, red.getFillForegroundXSSFColor().getRGB());
            assertEquals(red.getIndex(), s.getRow(5).getCell(3).getCellStyle().getIndex(), "same style for all errors");
            assertTrue(wb.getNumCellStyles() < 30, "a bounded set of styles: " + wb.getNumCellStyles());

            assertEquals(HyperlinkType.DOCUMENT, error.getCell(1).getHyperlink().getType());
            assertEquals("'Tổng hợp'!B2", error.getCell(1).getHyperlink().getAddress());
            assertEquals(TestRuns.FILE_2, s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("'Tổng hợp'!B3", s.getRow(4).getCell(1).getHyperlink().getAddress());

            List<XSSFDataValidation> validations = s.getDataValidations();
            assertEquals(1, validations.size());
            XSSFDataValidation v = validations.get(0);
            assertArrayEquals(new String[] {"Mới", "Đã sửa", "Bỏ qua", "Chấp nhận"}, v.getValidationConstraint().getExplicitListValues());
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            assertEquals("L2:L6", range.formatAsString());
            assertFalse(s.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown(),
                    "Excel shows the arrow when showDropDown is off");
        }
    }

    @Test
    void findingRowsGivePlaceAndQuoteBeforeTheLineAndEvidenceAsRead() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), TestRuns.located())) {
            XSSFSheet s = wb.getSheet("Phát hiện");
            assertEquals(8, s.getLastRowNum());
            // Vị trí, Trích dẫn, Dòng, Bằng chứng of each finding, in document order then line order
            assertEquals(List.of("trang 1, dòng 6", "Số:      /KH-UBND", "6", "Số: /KH-UBND"), row(s, 1).subList(6, 10));
            assertEquals(List.of("trang 4, dòng 12", TestRuns.LONG_QUOTE, "140"), row(s, 2).subList(6, 9));
            assertEquals(List.of("bảng 1, hàng 2, ô 1", "Sở Lao động – Thương binh và Xã hội", "67",
                    "Sở Lao động - Thương binh và Xã hội"), row(s, 3).subList(6, 10));
            assertEquals(List.of("đoạn 96", "báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024"), row(s, 4).subList(6, 8));
            assertEquals("toàn văn", s.getRow(5).getCell(6).getStringCellValue());
            assertEquals("dòng 9", s.getRow(6).getCell(6).getStringCellValue(), "not yet placed: the line as read");
            assertEquals(CellType.BLANK, s.getRow(6).getCell(7).getCellType(), "no quote: empty, not the evidence");
            assertEquals("dòng 12 (bảng 1, hàng 2, ô 1)", s.getRow(7).getCell(6).getStringCellValue());
            assertEquals("Sở Lao động\tchủ trì", s.getRow(7).getCell(7).getStringCellValue(), "the quote as written");
            assertEquals(List.of("dòng 50", "Tân Lập, ngày   tháng   năm 2025", "50"), row(s, 8).subList(6, 9));

            // readable: place and quote wrap like the message, the quote column is wide and grows the row
            Row pdfLong = s.getRow(2);
            assertTrue(pdfLong.getCell(6).getCellStyle().getWrapText());
            assertTrue(pdfLong.getCell(7).getCellStyle().getWrapText());
            assertEquals(22 * 256, s.getColumnWidth(6));
            assertEquals(40 * 256, s.getColumnWidth(7));
            assertTrue(pdfLong.getHeightInPoints() >= 45, "a 116-character quote in 40 columns takes 3 lines");

            // what depends on column positions follows the new layout
            assertEquals("A1:M9", s.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("L2:L9", s.getDataValidations().get(0).getRegions().getCellRangeAddress(0).formatAsString());
            assertEquals("Mới", s.getRow(8).getCell(11).getStringCellValue());
            assertEquals(TestRuns.TXT_FILE, s.getRow(8).getCell(1).getStringCellValue());
            assertEquals("'Tổng hợp'!B4", s.getRow(8).getCell(1).getHyperlink().getAddress());
        }
    }

    @Test
    void decisionsShowInXuLyAndLyDoAndDismissedFindingsComeLastBelowATitle() throws IOException {
        Path file = dir.resolve("decided.xlsx");
        vn.plancheck.model.CheckRun run = TestRuns.decided();
        try (ReportSink sink = new XlsxReportWriter().open(file, run.getRules(), true)) {
            for (vn.plancheck.model.DocumentResult d : run.getDocuments()) {
                sink.add(d);
            }
            sink.finish(new ReportSink.RunTotals(0));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Phát hiện");
            assertEquals(List.of("Căn cứ pháp lý", "Xử lý", "Lý do", "Mới so với lần trước"), row(s, 0).subList(10, 14));
            // the four findings that count, in document order, then the title and the dismissed one
            assertEquals(List.of("1", TestRuns.FILE_1, "CONTENT-HOTLINE-MISSING"), row(s, 1).subList(0, 3));
            assertEquals(List.of("Mới", "Có"), List.of(s.getRow(1).getCell(11).getStringCellValue(), s.getRow(1).getCell(13).getStringCellValue()));
            assertEquals("REPORT-DEADLINE-LATE", s.getRow(2).getCell(2).getStringCellValue());
            assertEquals("Đã sửa", s.getRow(2).getCell(11).getStringCellValue());
            assertEquals("Không", s.getRow(2).getCell(13).getStringCellValue());
            assertEquals(TestRuns.FILE_2, s.getRow(4).getCell(1).getStringCellValue());
            assertTrue(s.getRow(5).getCell(1).getStringCellValue().startsWith("Đã bỏ qua hoặc chấp nhận"), "the section's title");
            assertTrue(s.getRow(5).getCell(1).getStringCellValue().endsWith(": 1"));
            Row dismissed = s.getRow(6);
            assertEquals(List.of("5", TestRuns.FILE_1, "UNIT-DISSOLVED", "Lỗi"), row(s, 6).subList(0, 4));
            assertEquals("Bỏ qua", dismissed.getCell(11).getStringCellValue());
            assertEquals(TestRuns.DISMISS_REASON, dismissed.getCell(12).getStringCellValue());
            assertEquals(s.getRow(6).getCell(5).getCellStyle().getIndex(), dismissed.getCell(3).getCellStyle().getIndex(),
                    "greyed, the severity uncoloured");
            assertEquals("A1:N5", s.getCTWorksheet().getAutoFilter().getRef(), "sorting and filtering leave the section alone");
            assertEquals("L2:L7", s.getDataValidations().get(0).getRegions().getCellRangeAddress(0).formatAsString());

            XSSFSheet summary = wb.getSheet("Tổng hợp");
            assertEquals(List.of("0", "1", "1", "1", "Nên sửa"), row(summary, 1).subList(7, 12));
            Row total = summary.getRow(3);
            assertEquals(1, (int) total.getCell(10).getNumericCellValue());
            assertEquals("2 đã kiểm tra, 0 không đọc được; 3 phát hiện mới so với lần trước", total.getCell(11).getStringCellValue());
            XSSFSheet issuers = wb.getSheet("Theo đơn vị");
            Row first = issuers.getRow(1).getCell(0).getStringCellValue().equals(TestRuns.ISSUER_1)
                    ? issuers.getRow(1) : issuers.getRow(2);
            assertEquals("Lỗi", issuers.getRow(0).getCell(3).getStringCellValue());
            assertEquals(0, (int) first.getCell(3).getNumericCellValue());
            assertTrue(first.getCell(9).getStringCellValue().contains("REPORT-DEADLINE-LATE"),
                    "a dismissed finding is not the unit's most serious one: " + first.getCell(9).getStringCellValue());
        }
    }

    @Test
    void ruleCatalogSheet() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), TestRuns.sample())) {
            XSSFSheet s = wb.getSheet("Quy tắc");
            assertEquals(List.of("UNIT-DISSOLVED", "Đơn vị", "Lỗi", "Đơn vị đã giải thể hoặc hợp nhất",
                    "Nghị quyết 176/2025/QH15", "rules/unit.drl"), row(s, 3));
            assertEquals(CellType.BLANK, s.getRow(4).getCell(4).getCellType(), "no basis: empty cell");
        }
    }

    @Test
    void hyperlinksAreCappedThenPlainText() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(2), TestRuns.sample())) {
            XSSFSheet s = wb.getSheet("Phát hiện");
            assertEquals(2, s.getHyperlinkList().size());
            assertNotNull(s.getRow(2).getCell(1).getHyperlink());
            assertNull(s.getRow(3).getCell(1).getHyperlink());
            assertEquals(TestRuns.FILE_1, s.getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void emptyRunStillHasThreeSheetsWithHeaders() throws IOException {
        vn.plancheck.model.CheckRun empty = new vn.plancheck.model.CheckRun("0", List.of(), List.of(), 0);
        try (XSSFWorkbook wb = writeAndRead(new XlsxReportWriter(), empty)) {
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals("A1:M1", wb.getSheet("Phát hiện").getCTWorksheet().getAutoFilter().getRef());
            assertTrue(wb.getSheet("Phát hiện").getDataValidations().isEmpty());
        }
    }

    /** 20,000 findings stream through SXSSF; the file is checked by size only (no big re-read). */
    @Test
    void twentyThousandFindingsStream() throws IOException {
        Path file = dir.resolve("big/findings.xlsx");
        new XlsxReportWriter().write(TestRuns.many(400, 50), file);
        long size = Files.size(file);
        assertTrue(size > 100_000 && size < 5_000_000, "size " + size);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            assertArrayEquals(new byte[] {'P', 'K'}, magic, "a zip (xlsx) file");
        }
    }
}
