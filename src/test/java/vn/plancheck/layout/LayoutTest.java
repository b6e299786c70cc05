package vn.plancheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Category;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Severity;

/** The layout stage on small made-up texts, one cause at a time. */
class LayoutTest {
    private static List<String> texts(String text) {
        return texts(text, "txt");
    }

    private static List<String> texts(String text, String format) {
        SourceText raw = SourceText.ofString("x." + format, text);
        if (!"txt".equals(format)) {
            raw = new SourceText("x." + format, format, raw.lines(), List.of());
        }
        List<String> out = new ArrayList<>();
        for (SourceLine l : Layout.apply(raw).lines()) {
            if (!l.text().isBlank()) {
                out.add(l.text());
            }
        }
        return out;
    }

    @Test
    void boldSpanOpenAtTheEndOfALineGoesOn() {
        List<String> t = texts("**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n");
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), t);
    }

    @Test
    void aLineOfMarksOnlyClosesTheSpanAndIsNotText() {
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), texts("**KT. CHỦ TỊCH\n**\nPHÓ CHỦ TỊCH\n"));
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN"), texts("**TM. ỦY BAN NHÂN\nDÂN **\n"));
    }

    @Test
    void italicDateAndTheNumberWaitForTheirRest() {
        List<String> t = texts("|\nSố:\n7360/KH-UBND\n|\n*Hà Tĩnh, ngày 19\ntháng 11 năm 2025*\n|\n");
        assertEquals(List.of("Số: 7360/KH-UBND", "Hà Tĩnh, ngày 19 tháng 11 năm 2025"), t);
    }

    @Test
    void wrappedSentencesJoinItemsAndHeadingsDoNot() {
        String text = "KẾ HOẠCH\nThực hiện công tác năm 2025\n\n"
                + "Thực hiện Quyết định số\n2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ phê duyệt Chương trình giáo dục\n"
                + "mầm non, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
                + "I. MỤC ĐÍCH,\nYÊU CẦU\n1. Mục đích\nBảo đảm sự chỉ đạo thống nhất của Ủy\nban nhân dân tỉnh.\n"
                + "- Các tổ chức, doanh nghiệp, cơ\nquan tham gia.\n- Cá nhân.\n";
        List<String> t = texts(text);
        assertTrue(t.contains("Thực hiện Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ phê duyệt "
                + "Chương trình giáo dục mầm non, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"), t.toString());
        assertTrue(t.contains("I. MỤC ĐÍCH, YÊU CẦU"), t.toString());
        assertTrue(t.contains("1. Mục đích"), t.toString());
        assertTrue(t.contains("Bảo đảm sự chỉ đạo thống nhất của Ủy ban nhân dân tỉnh."), t.toString());
        assertTrue(t.contains("- Các tổ chức, doanh nghiệp, cơ quan tham gia."), t.toString());
        assertTrue(t.contains("- Cá nhân."), t.toString());
        assertEquals("KẾ HOẠCH", t.get(0));
    }

    @Test
    void aCleanTextKeepsItsLines() {
        String text = "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN\nSố: 7/KH-UBND\nKẾ HOẠCH\nThực hiện công tác trẻ em\n"
                + "I. MỤC ĐÍCH\nNâng cao nhận thức của cộng đồng\nTổ chức các hoạt động vui chơi\n";
        assertEquals(8, texts(text).size());
    }

    @Test
    void wordParagraphsAreNeverJoined() {
        List<String> t = texts("Thực hiện Quyết định số\n2270/QĐ-TTg\ncủa Thủ tướng", "docx");
        assertEquals(3, t.size());
    }

    @Test
    void invisibleCharactersAreCleaned() {
        List<String> t = texts("\uFEFFSố:\u00A012/KH-UBND\n\u200BI. MỤC ĐÍCH\nThông tư 01/2024/TT-BLĐ\u00ADTBXH\n", "docx");
        assertEquals(List.of("Số: 12/KH-UBND", "I. MỤC ĐÍCH", "Thông tư 01/2024/TT-BLĐTBXH"), t);
    }

    @Test
    void webPageClutterBeforeTheHeaderIsLeftOut() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append("Đăng nhập | Tài khoản ").append(i).append("\nSố hiệu: 99/QĐ-UBND\n");
        }
        b.append("|\n**ỦY BAN NHÂN DÂN**\nTỈNH NGHỆ AN\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
                + "Độc lập - Tự do - Hạnh phúc\n|\nSố: 980/KH-UBND\n");
        List<String> t = texts(b.toString());
        assertEquals("ỦY BAN NHÂN DÂN", t.get(0));
        assertFalse(t.stream().anyMatch(x -> x.contains("99/QĐ-UBND")), t.toString());
    }

    @Test
    void twoColumnsSideBySideAreReadLeftThenRight() {
        String text = "   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc\n"
                + "                                      Lào Cai, ngày 10 tháng 3 năm 2026\n"
                + "     Số: 1105/KH-ĐKT\n\n                               KẾ HOẠCH\n"
                + "      Kiểm tra việc chấp hành quy định trong sử dụng vật liệu nổ công nghiệp trên địa\n"
                + "bàn tỉnh Lào Cai năm 2026.\n"
                + "                                         2\n";
        List<String> t = texts(text);
        assertEquals(List.of("SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "Số: 1105/KH-ĐKT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH"), t.subList(0, 7));
        assertFalse(t.contains("2"), "the page number is not text: " + t);
    }

    @Test
    void markdownTableRowsBecomeCells() {
        SourceText laid = Layout.apply(SourceText.ofString("x.txt", "| TT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Kiểm tra | Quý II |\n"));
        List<SourceLine> cells = laid.lines().stream().filter(l -> !l.text().isBlank()).toList();
        assertEquals(List.of("TT", "Nội dung", "Thời gian", "1", "Kiểm tra", "Quý II"), cells.stream().map(SourceLine::text).toList());
        assertEquals(new Location(null, null, 1, 2, 2, 3), cells.get(4).location());
    }

    @Test
    void aFindingIsQuotedFromTheOriginalAcrossAWrap() {
        SourceText laid = Layout.apply(SourceText.ofString("x.txt",
                "KẾ HOẠCH\nViệc thực hiện Nghị định số 217/2025/NĐ-\nCP ngày 05/8/2025 của Chính phủ được tăng cường trong toàn tỉnh\n"
                        + "và các đơn vị trực thuộc, bảo đảm đúng tiến độ\n"));
        Finding f = new Finding("REF-X", Category.REF, Severity.WARNING, "m", 2, "Nghị định số 217/2025/NĐ-CP ngày 05/8/2025", null);
        Finding placed = Quotes.locate(List.of(f), laid.lines(), 1).get(0);
        assertEquals(Location.line(2), placed.getLocation());
        assertEquals("Nghị định số 217/2025/NĐ- CP ngày 05/8/2025", placed.getQuote());
        Finding whole = Quotes.locate(List.of(new Finding("X", Category.FORM, Severity.ERROR, "m", 0, null, null)), laid.lines(), 1).get(0);
        assertEquals(Location.line(1), whole.getLocation());
        assertEquals("KẾ HOẠCH", whole.getQuote());
    }
}
