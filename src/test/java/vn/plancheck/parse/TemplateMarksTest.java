package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.TemplateMark;

class TemplateMarksTest {
    private static List<String> placeholders(String text) {
        return TemplateMarks.find(CiteFixtures.lines(text)).stream()
                .filter(m -> m.getKind() == TemplateMark.Kind.PLACEHOLDER).map(TemplateMark::getText).toList();
    }

    private static List<String> alternatives(String text) {
        return TemplateMarks.find(CiteFixtures.lines(text)).stream()
                .filter(m -> m.getKind() == TemplateMark.Kind.ALTERNATIVE).map(TemplateMark::getText).toList();
    }

    @Test
    void blanksToFillIn() {
        assertEquals(List.of("[tên đơn vị]"), placeholders("Tuyên truyền tại [tên đơn vị]."));
        assertEquals(List.of("ngày …", "…/", "20…"), placeholders("Tổ chức vào ngày …/…/20… tại hội trường."));
        assertEquals(List.of("ngày …", "tháng …", "20…"), placeholders("Hà Nội, ngày … tháng … năm 20…"));
        assertEquals(List.of("XXX"), placeholders("Trạm Y tế xã XXX phối hợp."));
        assertEquals(List.of("…/"), placeholders("Theo Kế hoạch số …/KH-UBND của UBND tỉnh."));
        assertEquals(List.of("……"), placeholders("Họ và tên: ……"));
        assertEquals(List.of("…"), placeholders("- Địa điểm: …"));
    }

    @Test
    void notBlanks() {
        assertEquals(List.of(), placeholders("Tuyên truyền, vận động, hướng dẫn người nuôi…"));
        assertEquals(List.of(), placeholders("Phòng TC-KH/… phối hợp thực hiện."));
        assertEquals(List.of(), placeholders("Các văn bản chỉ đạo của Chính phủ[2], Bộ Y tế[3]."));
        assertEquals(List.of(), placeholders("Xem [Quyết định 123](https://example.vn/qd-123) và v.v..."));
        assertEquals(List.of(), placeholders("Đại hội lần thứ XIV; khóa XX; năm 2025."));
    }

    @Test
    void aKindListedInParenthesesIsNoBlank() {
        assertEquals(List.of(), alternatives("số hóa hồ sơ quy hoạch các cấp (quốc gia, vùng, tỉnh/thành phố, phường/xã,"
                + " chuyên ngành) theo chuẩn GIS"));
        assertEquals(List.of("nhân dân tỉnh/thành phố"), alternatives("gửi các cơ quan (Sở Y tế, Ủy ban nhân dân tỉnh/thành phố,"
                + " Công an tỉnh) để phối hợp"), "a unit's name in the list keeps its blank");
        assertEquals(List.of("tỉnh/thành phố"), alternatives("các cấp (tỉnh/thành phố) theo chuẩn"), "one item is no list");
    }

    @Test
    void wordsJoinedBySlash() {
        assertEquals(List.of("Thành ủy/Tỉnh ủy", "nhân dân tỉnh/thành phố đã"),
                alternatives("(sau đây viết tắt là Nghị quyết số 21-NQ/TW), Thành ủy/Tỉnh ủy, Ủy ban nhân dân tỉnh/thành phố đã ban hành"));
        assertEquals(List.of("địa bàn xã/phường/thị trấn"), alternatives("trên địa bàn xã/phường/thị trấn"));
        assertEquals(List.of(), alternatives("Số: 12/KH-UBND ngày 15/11/2025; Kế hoạch số 14-KH/TU; http://x.gov.vn/tinh/a"));
    }
}
