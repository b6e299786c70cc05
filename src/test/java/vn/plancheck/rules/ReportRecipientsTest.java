package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.TaskItem;

/** Report recipients against "Nơi nhận", with the abbreviations of rules/data/abbreviations.csv. */
class ReportRecipientsTest {
    private static final ReportRecipients R = load();

    private static ReportRecipients load() {
        List<RuleError> errors = new ArrayList<>();
        ReferenceData data = ReferenceData.load(Path.of("rules/data"), "rules/data", errors);
        assertTrue(errors.isEmpty(), errors.toString());
        return data.vocabulary().recipients();
    }

    private static Plan plan(String issuer, String symbol, String... recipients) {
        Plan p = new Plan();
        p.setIssuer(issuer);
        p.setSymbol(symbol);
        List<Recipient> rs = new ArrayList<>();
        for (String r : recipients) {
            rs.add(new Recipient(r, 1, false, r.startsWith("Lưu")));
        }
        p.setRecipients(rs);
        return p;
    }

    @Test
    void abbreviationsAreWrittenOut() {
        assertEquals("UY BAN NHAN DAN TINH", R.expand("UBND tỉnh"));
        assertEquals("BAN THUONG TRUC UY BAN MAT TRAN TO QUOC TINH", R.expand("BTT Ủy ban MTTQ Việt Nam tỉnh;"));
        assertEquals(R.expand("Ban Thường trực Ủy ban MTTQ tỉnh"), R.expand("BTT UBMTTQVN tỉnh"));
        assertEquals("VAN PHONG BAN CHI HUY PHONG THU DAN SU TINH", R.expand("Văn phòng BCHPTDS tỉnh (b/c);"));
        assertEquals(R.expand("Sở Lao động - Thương binh và Xã hội"), R.expand("Sở LĐ - TB và XH"));
        assertEquals(R.expand("Sở Giáo dục và Đào tạo"), R.expand("Sở GD&ĐT"));
        assertEquals("THUONG TRUC UY BAN NHAN DAN CHU TICH CAC PHO CHU TICH", R.expand("TTUB: CT, các PCT;"));
    }

    @Test
    void realPlansOfTheBrief() {
        Plan p09 = plan("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "KH-UBND", "Văn phòng Chính phủ", "Bộ Công an (qua Cục A03) (để báo cáo)",
                "Thường trực Tỉnh ủy (để báo cáo)", "Các ban, sở, ngành, đoàn thể cấp tỉnh;", "Lưu: VTUB,");
        assertTrue(R.listed("Bộ Công an", p09));
        assertTrue(R.listed("UBND tỉnh", p09), "the issuer itself");
        assertTrue(R.listed("Ban Thường vụ Tỉnh ủy", p09), "through Thường trực Tỉnh ủy");
        assertTrue(R.listed("Sở Nội vụ", p09), "one of các sở");
        assertFalse(R.listed("Bộ Quốc phòng", p09));
        assertFalse(R.listed("Ban Dân vận Tỉnh ủy", p09), "a Party body is none of các ban, sở, ngành");

        Plan p16 = plan("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "KH-UBND", "Bộ Chỉ huy Quân sự tinh;", "Văn phòng BCHPTDS tinh;");
        assertTrue(R.listed("Ban Chỉ huy Phòng thủ dân sự tỉnh", p16));

        Plan p18 = plan("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "KH-MTTQ-BTT",
                "BTT Ủy ban MTTQ Việt Nam tỉnh;", "Thường trực Đảng ủy xã;");
        assertTrue(R.listed("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", p18));
        assertTrue(R.listed("Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh", p18));
        assertFalse(R.listed("Ban Thường trực Ủy ban MTTQ huyện Hải Hà", p18));

        Plan p05 = plan("SỞ CÔNG THƯƠNG", "KH-SCT", "Tỉnh ủy (B/c);", "UBND tỉnh (B/c);", "Các phòng trực thuộc Sở;");
        assertTrue(R.listed("Phòng Kế hoạch - Tổng hợp", p05));
        assertFalse(R.listed("Sở Tài chính", p05), "các phòng trực thuộc Sở are inside the issuer");
    }

    @Test
    void anOfficeReceivesForItsBodyAndItsHead() {
        Plan p = plan("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "KH-UBND", "VPCP, Bộ KH&CN (b/c);", "TT.TU, TT.HĐND tỉnh (b/c);", "Lưu: VT.");
        assertTrue(R.listed("Chính phủ", p));
        assertTrue(R.listed("Thủ tướng Chính phủ", p));
        assertTrue(R.listed("Bộ Khoa học và Công nghệ", p));
        assertTrue(R.listed("Thường trực Tỉnh ủy", p));
        assertFalse(R.listed("Quốc hội", p));
        assertFalse(R.listed("Bộ Tài chính", p));
    }

    @Test
    void collectiveEntries() {
        Plan p = plan("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "KH-UBND", "Các cơ quan, đơn vị liên quan;", "Lưu: VT.");
        assertTrue(R.listed("Sở Nội vụ", p));
        assertTrue(R.listed("Trung tâm Công tác xã hội tỉnh", p));
        assertFalse(R.listed("Bộ Y tế", p), "a ministry to report to is named, not one of the bodies concerned");
        assertFalse(R.listed("UBND tỉnh Lâm Đồng", p));

        Plan party = plan("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "KH-UBND", "Văn phòng Thành ủy và các Ban Thành ủy;",
                "Các sở, ban, ngành, đoàn thể Thành phố;");
        assertTrue(R.listed("Ban Tuyên giáo và Dân vận Thành ủy", party), "one of các Ban Thành ủy");
        assertFalse(R.listed("Ban Tuyên giáo Tỉnh ủy Bình Dương", party), "another committee");

        Plan inside = plan("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "KH-KHCN", "Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc Sở;");
        assertFalse(R.listed("Sở Lao động – Thương binh và Xã hội", inside), "seed1: a true finding");

        Plan shared = plan("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "KH-UBND", "Sở: Nội vụ, Y tế, KHCN;");
        assertTrue(R.listed("Sở Khoa học và Công nghệ", shared));
        assertTrue(R.listed("Sở Y tế", shared));
        assertFalse(R.listed("Sở Tài chính", shared));

        Plan asAbove = plan("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "KH-UBND", "Như trên;", "Lưu: VT.");
        asAbove.setTasks(List.of(new TaskItem("1", "Trạm Y tế xã", 20, "1. Trạm Y tế xã")));
        assertTrue(R.listed("Trạm Y tế xã", asAbove), "Như trên: the units the plan assigns");
        assertFalse(R.listed("Công an xã", asAbove));
    }

    @Test
    void partyPlanReportsToItsOwnCommittee() {
        Plan p = plan("ĐẢNG ỦY XÃ PHÚ ĐỊNH", "KH/ĐU", "Ban Thường vụ Huyện ủy (b/c);", "Lưu: VP.");
        assertTrue(R.listed("Ban Thường vụ Đảng ủy", p));
        assertTrue(R.listed("Thường trực Đảng ủy xã", p));
    }
}
