package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.CitationConflict;
import vn.plancheck.model.Plan;

class CitationConsistencyTest {
    private static Plan parse(String text) {
        return Parsers.standard().parse(SourceText.ofString("t.txt", text));
    }

    private static final String HEAD = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 165/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 21 tháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác dân số\n\n";
    private static final String TAIL = "\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Hiếu\n";

    @Test
    void nearSymbols() {
        assertTrue(CitationConsistency.nearSymbol("CT-TTg", "CTTg"), "a dropped hyphen and a doubled letter");
        assertTrue(CitationConsistency.nearSymbol("KH-MTTQ-BTT", "KH-BTT-MTTQ"), "the same parts in another order");
        assertTrue(CitationConsistency.nearSymbol("QĐ-SCT", "QĐ - SCT"));
        assertFalse(CitationConsistency.nearSymbol("CT/TW", "CT/TU"), "the Central Committee's and a province's directive");
        assertFalse(CitationConsistency.nearSymbol("KH-UBND", "KH-SYT"));
    }

    @Test
    void issuers() {
        assertFalse(CitationConsistency.issuersDiffer("Giám đốc Sở Công Thương tỉnh Lào Cai", "Giám đốc Sở Công Thương", false));
        assertFalse(CitationConsistency.issuersDiffer("Thủ tướng Chính phủ", "Chính phủ", false));
        assertFalse(CitationConsistency.issuersDiffer("UBND tỉnh[1]", "UBND tỉnh Đắk Lắk", false), "a footnote marker is not a name");
        assertFalse(CitationConsistency.issuersDiffer("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Lào Cai", false));
        assertFalse(CitationConsistency.issuersDiffer(null, "Bộ Y tế", false));
        assertTrue(CitationConsistency.issuersDiffer("Tỉnh ủy Hậu Giang", "Thành ủy Cần Thơ", false));
        assertTrue(CitationConsistency.issuersDiffer("UBND tỉnh Đồng Nai", "Sở Y tế tỉnh Đồng Nai", false));
        assertTrue(CitationConsistency.issuersDiffer("UBND xã Tân Phú", "UBND xã Tân Lập", false));
        assertFalse(CitationConsistency.issuersDiffer("Bo Chinh trj", "B Chinh tri", true), "OCR noise");
        assertFalse(CitationConsistency.issuersDiffer("Ban Thuong vu Tinh ty", "Ban Thuong vu Tinh uy", true));
        assertTrue(CitationConsistency.issuersDiffer("Tinh uy Hau Giang", "Thanh uy Can Tho", true));
    }

    @Test
    void aYearCopiedFromAnOldPlan() {
        Plan p = parse(HEAD + "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai.\n\n"
                + "I. NỘI DUNG\n1. Đối tượng kiểm tra theo Quyết định số 1050/QĐ-SCT ngày 06/3/2025 của Giám đốc Sở Công Thương.\n"
                + TAIL);
        List<CitationConflict> c = p.getCitationConflicts();
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).isOnlyDate());
        assertEquals(14, c.get(0).getLine());
        assertEquals(java.time.LocalDate.of(2025, 3, 6), c.get(0).getDate());
        assertEquals(java.time.LocalDate.of(2026, 3, 6), c.get(0).getUsualDate());
    }

    @Test
    void aFootnoteCitesTheDirectiveOtherwise() {
        Plan p = parse(HEAD + "Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ.\n\n"
                + "I. NỘI DUNG\n1. Quán triệt Chỉ thị số 27/CT-TTg và các văn bản chỉ đạo của Chính phủ[2].\n" + TAIL
                + "\n\n[2] Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ về công tác dân số.\n");
        assertEquals(1, p.getNoteCitations().size(), p.getNoteCitations().toString());
        List<CitationConflict> c = p.getCitationConflicts();
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).isInNotes());
        assertTrue(c.get(0).isDateDiffers() && c.get(0).isSymbolDiffers() && !c.get(0).isIssuerDiffers());
    }

    @Test
    void twoDocumentsWithOneNumber() {
        Plan p = parse(HEAD + "Thực hiện Kế hoạch số 53/KH-UBND ngày 21/3/2018 của UBND thành phố Cần Thơ; Kế hoạch số 53/KH-UBND"
                + " ngày 10/4/2024 của UBND tỉnh Hậu Giang; Quyết định số 05/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Sóc Trăng;"
                + " Quyết định số 05/QĐ-UBND ngày 15/02/2025 của UBND thành phố Cần Thơ.\n\nI. NỘI DUNG\n"
                + "1. Tiếp tục thực hiện Quyết định số 05/QĐ-UBND.\n" + TAIL);
        assertTrue(p.getCitationConflicts().isEmpty(), p.getCitationConflicts().toString());
    }
}
