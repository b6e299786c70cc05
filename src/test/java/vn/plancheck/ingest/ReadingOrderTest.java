package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.ReadingOrder.Segment;

/** Rows of segments (PDF units: an A4 text area runs from 85 to 552) to reading order. */
class ReadingOrderTest {
    private static Segment s(String text, float x0, float x1) {
        return new Segment(text, x0, x1);
    }

    private static List<String> order(List<List<Segment>> rows) {
        return ReadingOrder.order(rows);
    }

    @Test
    void headerTableReadCellByCellUntilALineCrossesTheGutter() {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(List.of(s("UBND PHƯỜNG HÒA BÌNH", 110, 240), s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 275, 545)));
        rows.add(List.of(s("PHÒNG KINH TẾ, HẠ TẦNG", 95, 262), s("Độc lập - Tự do - Hạnh phúc", 320, 500)));
        rows.add(List.of(s("VÀ ĐÔ THỊ", 140, 210)));                             // the wrapped issuer
        rows.add(List.of(s("Hòa Bình, ngày 10 tháng 10 năm 2025", 297, 522)));   // the date, lower
        rows.add(List.of(s("Số: 208/KH-PKTHTĐT", 97, 230)));
        rows.add(List.of(s("KẾ HOẠCH", 283, 352)));                              // centred: right of the gutter
        rows.add(List.of(s("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số", 110, 520)));
        rows.add(List.of(s("Căn cứ Kế hoạch số 1520/KH-UBND", 113, 380), s("ngày 25/9/2025", 420, 552)));
        rows.add(List.of(s("tỉnh về tổ chức các hoạt động", 85, 552)));
        assertEquals(List.of("UBND PHƯỜNG HÒA BÌNH", "PHÒNG KINH TẾ, HẠ TẦNG", "VÀ ĐÔ THỊ", "Số: 208/KH-PKTHTĐT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 10 năm 2025",
                "KẾ HOẠCH", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số",
                // a justified line with a wide gap opens a block that the next line closes: order unchanged
                "Căn cứ Kế hoạch số 1520/KH-UBND", "ngày 25/9/2025", "tỉnh về tổ chức các hoạt động"), order(rows));
    }

    @Test
    void closingTableRecipientsThenSignature() {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(List.of(s("triển khai thực hiện./.", 85, 200)));                // before the block: stays first
        rows.add(List.of(s("Nơi nhận:", 85, 140), s("TM. ỦY BAN NHÂN DÂN", 330, 505)));
        rows.add(List.of(s("- UBND tỉnh (để b/c);", 85, 190), s("KT. CHỦ TỊCH", 365, 470)));
        rows.add(List.of(s("- Đảng ủy phường;", 85, 170), s("PHÓ CHỦ TỊCH", 362, 473)));
        rows.add(List.of(s("- Các cơ quan, đơn vị thuộc phường;", 85, 250)));
        rows.add(List.of(s("- Lưu: VT.", 85, 130), s("Trần Minh Khoa", 370, 468)));   // level with a recipient
        assertEquals(List.of("triển khai thực hiện./.", "Nơi nhận:", "- UBND tỉnh (để b/c);", "- Đảng ủy phường;",
                "- Các cơ quan, đơn vị thuộc phường;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Trần Minh Khoa"), order(rows));
    }

    @Test
    void threeColumnRowsKeepTheirOrderAndEndABlock() {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(List.of(s("A", 85, 150), s("B", 300, 400)));
        rows.add(List.of(s("1", 85, 95), s("Treo băng rôn", 130, 300), s("UBND phường", 400, 500)));
        rows.add(List.of(s("C", 85, 150)));
        assertEquals(List.of("A", "B", "1", "Treo băng rôn", "UBND phường", "C"), order(rows));
    }

    /** What the block cannot know: a short line left of the gutter right under a header joins the left column. */
    @Test
    void shortLineUnderTheTableJoinsItsColumn() {
        List<List<Segment>> rows = new ArrayList<>();
        rows.add(List.of(s("ỦY BAN NHÂN DÂN", 110, 240), s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 275, 545)));
        rows.add(List.of(s("Kính gửi: Sở Y tế", 85, 200)));
        rows.add(List.of(s("Căn cứ Luật Trẻ em năm 2016, Ủy ban nhân dân", 113, 552)));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "Kính gửi: Sở Y tế", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Căn cứ Luật Trẻ em năm 2016, Ủy ban nhân dân"), order(rows));
    }
}
