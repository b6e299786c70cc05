package vn.plancheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Location;

class HeaderStartTest {
    private static List<SourceLine> lines(String... texts) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new SourceLine(i + 1, texts[i], Location.line(i + 1)));
        }
        return out;
    }

    /** A letter read column by column: its issuer, number, six lines of "V/v" and "Kính gửi:" come before the Quốc hiệu. */
    @Test
    void aLettersLeftColumnWithALongSubjectAndItsAddresseeLabelIsKept() {
        List<SourceLine> in = lines("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: /UBND-XD",
                "V/v triển khai thực hiện Quyết định số", "1074/QĐ-BXD ngày 29/6/2026 của Bộ",
                "Xây dựng ban hành các giải pháp kỹ thuật", "nâng cao an toàn phòng cháy, chữa cháy",
                "đối với các cơ sở, công trình không bảo", "đảm yêu cầu về phòng cháy và chữa cháy", "", "Kính gửi:", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày tháng 7 năm 2026",
                "- Các Sở, ban, ngành thuộc tỉnh;");
        assertEquals("ỦY BAN NHÂN DÂN", HeaderStart.trim(in).get(0).text());
    }

    /** A web page's words above the header are still left out. */
    @Test
    void aWebPagesWordsAboveTheHeaderAreLeftOut() {
        List<SourceLine> in = lines("Trang chủ | Văn bản pháp luật | Tin tức", "Đăng nhập để tải văn bản gốc và xem lược đồ",
                "Số hiệu: 12/KH-UBND Loại văn bản: Kế hoạch", "Tình trạng: Còn hiệu lực, đã biết ngày áp dụng",
                "Bạn đang xem văn bản tiếng Việt của văn bản này", "Mục lục văn bản và các nội dung liên quan",
                "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        assertEquals("ỦY BAN NHÂN DÂN", HeaderStart.trim(in).get(0).text());
    }
}
