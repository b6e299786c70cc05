package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plancheck.model.CheckRun;

class ConsoleReportWriterTest {

    private static String print(CheckRun run, boolean color) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        new ConsoleReportWriter().write(run, out, color);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void headersFindingsAndTotalsInVietnamese() {
        String text = print(TestRuns.sample(), false);
        List<String> lines = lines(text);
        assertEquals("[1/3] " + TestRuns.FILE_1 + " | " + TestRuns.ISSUER_1
                + " | Số 29/KH-UBND | ngày 16/02/2024 | Phải sửa: 1 lỗi, 1 cảnh báo, 1 thông tin", lines.get(0));
        assertEquals("  toàn văn  [Thông tin]  CONTENT-HOTLINE-MISSING  "
                + "Kế hoạch không nhắc Tổng đài quốc gia bảo vệ trẻ em 111.", lines.get(1));
        assertEquals("  dòng 67   [Lỗi]        UNIT-DISSOLVED           " + TestRuns.DISSOLVED, lines.get(2));
        assertTrue(lines.get(3).startsWith("  dòng 185  [Cảnh báo]   REPORT-DEADLINE-LATE     Hạn báo cáo"));
        assertTrue(text.contains("| UBND xã Tân Lập | chưa có số | chưa có ngày | Phải sửa: 1 lỗi, 0 cảnh báo, 1 thông tin"));
        assertTrue(text.contains("  dòng 3  [Thông tin]  FORM-NUMBER-MISSING  Số văn bản để trống"));
        assertTrue(text.contains("[3/3] " + TestRuns.FILE_3 + " | Không đọc được: " + TestRuns.SCAN_ERROR + "\n"));
        assertTrue(text.contains("Đã kiểm tra 3 tệp (1 không đọc được): 2 lỗi, 1 cảnh báo, 2 thông tin.\n"));
        assertTrue(text.contains("Bỏ qua 2 tệp"));
        assertFalse(text.contains("\u001B"), "no colour codes unless asked");
    }

    @Test
    void coloursOnlyTheSeverityTagsWhenAsked() {
        String text = print(TestRuns.sample(), true);
        assertTrue(text.contains("\u001B[1;31m[Lỗi]\u001B[0m"));
        assertTrue(text.contains("\u001B[33m[Cảnh báo]\u001B[0m"));
        assertTrue(text.contains("\u001B[36m[Thông tin]\u001B[0m"));
        // Colour codes do not shift the columns: strip them and the plain output is the same.
        assertEquals(print(TestRuns.sample(), false), text.replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void manyDocumentsShowOnlyFindingsOfDocumentsWithErrors() {
        String text = print(TestRuns.many(25, 3), false);
        List<String> lines = lines(text);
        assertEquals("Có 25 tệp: chỉ liệt kê chi tiết phát hiện của các tệp có lỗi.", lines.get(0));
        assertEquals(25, lines.stream().filter(l -> l.startsWith("[")).count(), "one header per document");
        // 13 documents (even indexes) have an error, each printing its 3 findings.
        assertEquals(13 * 3, lines.stream().filter(l -> l.startsWith("  dòng")).count());
        assertTrue(text.contains("Đã kiểm tra 25 tệp: 13 lỗi, 62 cảnh báo, 0 thông tin."));
    }

    @Test
    void eachFindingShowsItsPlaceAndQuoteOnOneAlignedLine() {
        String text = print(TestRuns.located(), false);
        List<String> lines = lines(text);
        assertEquals("  trang 1, dòng 6   [Lỗi]        FORM-NUMBER-MISSING     Thiếu số văn bản. — “Số:      /KH-UBND”",
                lines.get(1), "the gap of a blank number is kept");
        assertEquals("  bảng 1, hàng 2, ô 1  [Lỗi]        UNIT-DISSOLVED        " + TestRuns.DISSOLVED
                + " — “Sở Lao động – Thương binh và Xã hội”", lines.get(4));
        assertEquals("  đoạn 96              [Cảnh báo]   REPORT-DEADLINE-LATE  Hạn báo cáo muộn hơn kế hoạch cấp trên."
                + " — “báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024”", lines.get(5));
        // the .txt: no place and no quote, a line not yet placed (the line as read), a table row, a line
        assertEquals("  toàn văn                       [Thông tin]  CONTENT-HOTLINE-MISSING  "
                + "Kế hoạch không nhắc Tổng đài quốc gia bảo vệ trẻ em 111.", lines.get(7));
        assertEquals("  dòng 9                         [Thông tin]  FORM-TITLE-CASE          "
                + "Tên loại văn bản viết chưa đúng.", lines.get(8));
        assertEquals("  dòng 12 (bảng 1, hàng 2, ô 1)  [Lỗi]        UNIT-DISSOLVED           " + TestRuns.DISSOLVED
                + " — “Sở Lao động chủ trì”", lines.get(9), "a tab in the quote shows as a space");
        assertTrue(lines.get(10).startsWith("  dòng 50                        [Lỗi]        FORM-DATE-MISSING  "));
        assertEquals(8 + 3 + 2, lines.size(), "8 findings and 3 headers, one line each, then a blank and the total");
    }

    @Test
    void aLongQuoteIsClippedToEightyColumns() {
        String line = lines(print(TestRuns.located(), false)).get(2);
        String clipped = TestRuns.LONG_QUOTE.substring(0, 79) + "…";
        assertEquals("  trang 4, dòng 12  [Cảnh báo]   CONTENT-ACTIVITY-VAGUE  Hoạt động chưa giao đơn vị chủ trì. — “"
                + clipped + "”", line);
        assertEquals(ConsoleReportWriter.QUOTE_WIDTH, clipped.codePointCount(0, clipped.length()));
    }

    @Test
    void decisionsAreMarkedAndDismissedFindingsListedApartAndNotCounted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        CheckRun run = TestRuns.decided();
        try (ReportSink sink = new ConsoleReportWriter().open(out, false, 2, true)) {
            for (vn.plancheck.model.DocumentResult d : run.getDocuments()) {
                sink.add(d);
            }
            sink.finish(new ReportSink.RunTotals(0));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> lines = lines(bytes.toString(StandardCharsets.UTF_8));
        assertEquals("[1/2] " + TestRuns.FILE_1 + " | " + TestRuns.ISSUER_1
                + " | Số 29/KH-UBND | ngày 16/02/2024 | Nên sửa: 0 lỗi, 1 cảnh báo, 1 thông tin; đã bỏ qua 1", lines.get(0));
        assertEquals("  toàn văn  [Thông tin]  CONTENT-HOTLINE-MISSING  "
                + "Kế hoạch không nhắc Tổng đài quốc gia bảo vệ trẻ em 111. (mới)", lines.get(1));
        assertTrue(lines.get(2).startsWith("  dòng 185  [Cảnh báo]   REPORT-DEADLINE-LATE     Hạn báo cáo")
                && lines.get(2).endsWith(" (đã đánh dấu “Đã sửa” nhưng vẫn còn)"), lines.get(2));
        assertEquals("  đã bỏ qua 1:", lines.get(3));
        assertEquals("  dòng 67   [Bỏ qua]     UNIT-DISSOLVED           lý do: " + TestRuns.DISMISS_REASON, lines.get(4));
        assertEquals("Đã kiểm tra 2 tệp: 1 lỗi, 1 cảnh báo, 2 thông tin; đã bỏ qua 1; 3 phát hiện mới so với lần trước.",
                lines.get(lines.size() - 1));
    }

    @Test
    void emptyRun() {
        String text = print(new CheckRun("0", List.of(), List.of(), 0), false);
        assertTrue(text.contains("Đã kiểm tra 0 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin."));
    }
}
