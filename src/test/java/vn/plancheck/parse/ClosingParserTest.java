package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.Signature;

/**
 * The closing of a plan, on short made-up closings, one per way it went wrong: what follows the signer's name (an
 * annex, a report outline with its own signing block, a web page's clutter, the signer's other titles) is not the
 * signature; a list item of the body is not "Nơi nhận"; a Word closing table is read by its cells.
 */
class ClosingParserTest {
    private static final String HEAD = """
            ỦY BAN NHÂN DÂN
            XÃ AN PHÚ
            Số: 41/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            An Phú, ngày 12 tháng 3 năm 2026

            KẾ HOẠCH
            Tổ chức Ngày hội đọc sách năm 2026

            I. MỤC ĐÍCH, YÊU CẦU
            Khuyến khích thói quen đọc sách trong cộng đồng.
            II. NỘI DUNG
            1. Tổ chức trưng bày sách tại nhà văn hóa các thôn.
            2. Phát động cuộc thi giới thiệu sách.
            III. TỔ CHỨC THỰC HIỆN
            Công chức Văn hóa - Xã hội chủ trì, báo cáo kết quả về UBND xã trước ngày 30/4/2026./.

            """;
    private static final String RECIPIENTS = """
            Nơi nhận:
            - UBND huyện (b/c);
            - Các thôn;
            - Thư viện huyện;
            - Lưu: VT, VHXH.

            """;

    private static Plan parse(String text) {
        return Parsers.standard().parse(SourceText.ofString("made-up.txt", text));
    }

    private static long recipientCount(Plan p) {
        return p.getRecipients().stream().filter(r -> !r.isStorage()).count();
    }

    @Test
    void anAnnexAfterTheSignatureIsNotTheSigner() {
        Plan p = parse(HEAD + RECIPIENTS + """
                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH


                Trần Minh Đức

                PHỤ LỤC
                DANH SÁCH CÁN BỘ PHỤ TRÁCH
                (Kèm theo Kế hoạch số 41/KH-UBND ngày 12/3/2026 của UBND xã An Phú)
                TT
                Họ và tên
                1
                Lê Thị Hoa
                2
                Vũ Văn Nam
                """);
        Signature s = p.getSignature();
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), s.getAuthorityLines());
        assertEquals("PHÓ CHỦ TỊCH", s.getPosition());
        assertEquals("Trần Minh Đức", s.getName());
        assertEquals(3, recipientCount(p));
    }

    @Test
    void anUnsignedDraftFollowedByAnAnnexHasNoName() {
        Plan p = parse(HEAD + RECIPIENTS + """
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Phụ lục
                BẢNG PHÂN CÔNG
                Lê Thị Hoa
                """);
        assertEquals("KT. CHỦ TỊCH", p.getSignature().getAuthority());
        assertEquals("PHÓ CHỦ TỊCH", p.getSignature().getPosition());
        assertNull(p.getSignature().getName(), "the names of the annex are not the signer's");
    }

    @Test
    void aReportOutlineWithItsOwnSigningBlockIsNotTheSignature() {
        String outline = """

                ĐỀ CƯƠNG BÁO CÁO
                Kết quả thực hiện Kế hoạch năm 2026
                I. KẾT QUẢ THỰC HIỆN
                1. Công tác chỉ đạo
                II. KIẾN NGHỊ
                THỦ TRƯỞNG ĐƠN VỊ
                (Ký tên, đóng dấu)
                """;
        Plan signed = parse(HEAD + RECIPIENTS + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Bích Ngọc\n" + outline);
        assertEquals("Nguyễn Thị Bích Ngọc", signed.getSignature().getName());
        assertEquals("PHÓ CHỦ TỊCH", signed.getSignature().getPosition());

        Plan draft = parse(HEAD + RECIPIENTS + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n" + outline);
        assertEquals("PHÓ CHỦ TỊCH", draft.getSignature().getPosition());
        assertNull(draft.getSignature().getName(), "the outline's block is for the reporting unit");
    }

    @Test
    void aWebPagesClutterAfterTheSignatureIsNotTheSigner() {
        Plan p = parse(HEAD + RECIPIENTS + """
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                (Đã ký)
                Nguyễn Văn Khải

                FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN
                Tải về
                Thư Viện Pháp Luật
                Bản quyền thuộc về Thư Viện Pháp Luật
                """);
        assertEquals("Nguyễn Văn Khải", p.getSignature().getName());
        assertEquals(3, recipientCount(p));
    }

    @Test
    void theSignersOtherTitlesUnderTheNameAreNotTheSignature() {
        Plan p = parse(HEAD + RECIPIENTS + """
                T/M. ĐOÀN KIỂM TRA
                TRƯỞNG ĐOÀN


                Phạm Quốc Huy
                PHÓ GIÁM ĐỐC
                SỞ CÔNG THƯƠNG
                """);
        Signature s = p.getSignature();
        assertEquals("T/M. ĐOÀN KIỂM TRA", s.getAuthority());
        assertEquals("T/M", s.getAuthorityPrefix());
        assertEquals("TRƯỞNG ĐOÀN", s.getPosition(), "under an authority line, the capital line is the position, whatever the title");
        assertEquals("Phạm Quốc Huy", s.getName());
    }

    @Test
    void aBodyListItemIsNotTheRecipientsHeading() {
        String body = HEAD.replace("III. TỔ CHỨC THỰC HIỆN", """
                III. KHEN THƯỞNG
                1. Đối tượng
                a) Tập thể
                - Các thôn có nhiều hoạt động hưởng ứng;
                b) Cá nhân
                - Cá nhân có sáng kiến giới thiệu sách;
                - Học sinh đạt giải cuộc thi;
                2. Hình thức: giấy khen của Chủ tịch UBND xã.
                3. Nơi nhận hồ sơ: Bộ phận một cửa UBND xã
                - Hồ sơ gồm tờ trình và danh sách;
                IV. TỔ CHỨC THỰC HIỆN""");
        Plan p = parse(body + RECIPIENTS + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Minh Đức\n");
        assertEquals(3, recipientCount(p));
        assertEquals("UBND huyện (b/c);", p.getRecipients().get(0).getText());
        assertEquals(4, p.getTopSections().size(), "the body is read to its end, not cut at \"b) Cá nhân\"");
        assertEquals("Trần Minh Đức", p.getSignature().getName());
    }

    @Test
    void aSentenceThatBeginsWithTheWordsIsNotTheHeading() {
        List<SourceLine> lines = lines("Nơi nhận hồ sơ: Bộ phận một cửa UBND xã", "- Tờ trình;", "b) Cá nhân", "- Bản thành tích;",
                "Nơi nhận:", "- Sở A;");
        assertEquals(4, ClosingParser.findRecipientsHeading(lines, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TM. ỦY BAN NHÂN DÂN/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH | KT | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH",
        "TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH | TM | TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH",
        "T/M BAN THƯỜNG VỤ/BÍ THƯ | T/M | T/M BAN THƯỜNG VỤ | BÍ THƯ",
        "KT. HIỆU TRƯỞNG/PHÓ HIỆU TRƯỞNG | KT | KT. HIỆU TRƯỞNG | PHÓ HIỆU TRƯỞNG",
        "TL. CHỦ TỊCH/CHÁNH VĂN PHÒNG | TL | TL. CHỦ TỊCH | CHÁNH VĂN PHÒNG",
        "TM. TIỂU BAN/TRƯỞNG TIỂU BAN | TM | TM. TIỂU BAN | TRƯỞNG TIỂU BAN",
        "GIÁM ĐỐC | | | GIÁM ĐỐC",
    })
    void authorityForms(String block, String prefix, String authority, String position) {
        Plan p = parse(HEAD + RECIPIENTS + block.replace('/', '\n').replace("T\nM", "T/M") + "\n\n\nĐinh Thị Lan Anh\n\nPHỤ LỤC\nLê Văn Bốn\n");
        Signature s = p.getSignature();
        assertEquals(prefix, s.getAuthorityPrefix());
        assertEquals(authority, s.getAuthority());
        assertEquals(position, s.getPosition());
        assertEquals("Đinh Thị Lan Anh", s.getName());
    }

    @Test
    void theSignatureMayStandAboveTheRecipients() {
        Plan p = parse(HEAD + """
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH

                Hà Văn Tâm
                """ + RECIPIENTS);
        assertEquals("TM. ỦY BAN NHÂN DÂN", p.getSignature().getAuthority());
        assertEquals("Hà Văn Tâm", p.getSignature().getName());
        assertEquals(3, recipientCount(p));
    }

    /** A Word closing table: recipients in the first cell, the signature in the last; the annex's table after it. */
    @Test
    void theWordTwoColumnClosingTableIsReadByItsCells() {
        List<SourceLine> lines = new ArrayList<>();
        int[] n = {0};
        for (String t : HEAD.split("\n")) {
            lines.add(new SourceLine(++n[0], t, Location.paragraph(n[0])));
        }
        for (String t : List.of("Nơi nhận:", "", "- Ban Thường trực Ủy ban MTTQ tỉnh;", "- Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng,",
                "VP Đảng ủy;", "- Bí thư Chi bộ, Trưởng thôn, Ban công", "tác Mặt trận thôn;", "- Lưu: MTTQ")) {
            lines.add(new SourceLine(++n[0], t, Location.cell(2, 1, 1)));
        }
        lines.add(new SourceLine(++n[0], "", Location.cell(2, 1, 2)));
        for (String t : List.of("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Lan Thị Hồng", "")) {
            lines.add(new SourceLine(++n[0], t, Location.cell(2, 1, 3)));
        }
        lines.add(new SourceLine(++n[0], "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC", Location.paragraph(90)));
        for (String t : List.of("1.", "In ấn tài liệu", "Vũ Thị Mai")) {
            lines.add(new SourceLine(++n[0], t, Location.cell(3, 2, 1)));
        }
        Plan p = Parsers.standard().parse(new SourceText("made-up.docx", "docx", lines, List.of()));
        List<String> texts = p.getRecipients().stream().map(Recipient::getText).toList();
        assertEquals(List.of("Ban Thường trực Ủy ban MTTQ tỉnh;", "Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng, VP Đảng ủy;",
                "Bí thư Chi bộ, Trưởng thôn, Ban công tác Mặt trận thôn;", "Lưu: MTTQ"), texts);
        assertTrue(p.getRecipients().get(3).isStorage());
        assertEquals("TM. BAN THƯỜNG TRỰC", p.getSignature().getAuthority());
        assertEquals("CHỦ TỊCH", p.getSignature().getPosition());
        assertEquals("Lan Thị Hồng", p.getSignature().getName());
    }

    @Test
    void aWordClosingTableWithTheSignatureCellFirst() {
        List<SourceLine> lines = new ArrayList<>();
        int n = 0;
        for (String t : List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Đỗ Thanh Tùng")) {
            lines.add(new SourceLine(++n, t, Location.cell(2, 1, 2)));
        }
        int heading = n;
        for (String t : List.of("Nơi nhận:", "- Ban Giám đốc Sở;", "- Lưu: VT.")) {
            lines.add(new SourceLine(++n, t, Location.cell(2, 2, 1)));
        }
        lines.add(new SourceLine(++n, "Nguyễn Thị Loan", Location.paragraph(40)));
        Plan p = new Plan();
        ClosingParser.parse(lines, heading, 0, p);
        assertEquals("KT. GIÁM ĐỐC", p.getSignature().getAuthority());
        assertEquals("Đỗ Thanh Tùng", p.getSignature().getName());
        assertEquals(2, p.getRecipients().size());
    }

    @Test
    void aRecipientOnTheHeadingLineIsARecipient() {
        List<SourceLine> lines = lines("Nơi nhận: - Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "", "Lê Văn Ba");
        Plan p = new Plan();
        ClosingParser.parse(lines, ClosingParser.findRecipientsHeading(lines, 0), 0, p);
        assertEquals(List.of("Như trên;", "Lưu: VT."), p.getRecipients().stream().map(Recipient::getText).toList());
        assertEquals("GIÁM ĐỐC", p.getSignature().getPosition());
        assertEquals("Lê Văn Ba", p.getSignature().getName());
    }

    /** OCR interleaves the two columns; its capitals may be a name, and a recipient line may carry the position. */
    @Test
    void anOcrClosingKeepsItsTolerance() {
        List<SourceLine> lines = lines("No'i nl1{in: TM. UY BAN NHAN DAN", "- UBND huyén (b/c); KT. CHU TICH",
                "- Cac thon, to dan pho; 240 CHU TICH", "- CT, PCT UBND xa (1AE)", "- Luu: VT.", "", "NGUYEN VAN TAM", "", "PHU LUC I",
                "Le Thi Hoa");
        assertEquals(0, ClosingParser.findRecipientsHeading(lines, 0));
        Plan p = new Plan();
        p.setOcrSuspected(true);
        ClosingParser.parse(lines, 0, 0, p);
        Signature s = p.getSignature();
        assertNotNull(s);
        assertEquals(List.of("TM. UY BAN NHAN DAN", "KT. CHU TICH"), s.getAuthorityLines());
        assertEquals("240 CHU TICH", s.getPosition());
        assertFalse(s.isPositionIsHeadTitle(), "240 CHU TICH is OCR for PHÓ CHỦ TỊCH");
        assertEquals("NGUYEN VAN TAM", s.getName());
        assertEquals(List.of("UBND huyén (b/c);", "Cac thon, to dan pho;", "CT, PCT UBND xa (1AE)", "Luu: VT."),
                p.getRecipients().stream().map(Recipient::getText).toList(), "capitals that go on with an item stay in it");
    }

    /** Tesseract reads a letter and the mark beside it as two letters ("NÑo'ïi" for "No'i"): the heading is still found. */
    @Test
    void aLetterReadTwiceInTheHeadingCountsOnce() {
        List<SourceLine> lines = lines("2. Văn phòng tổng hợp báo cáo.", "NÑo'ïi nl1{in:", "- So' LiIU dl>ng;", "- LIfu VT, vp_");
        assertEquals(1, ClosingParser.findRecipientsHeading(lines, 0));
        assertEquals(-1, ClosingParser.findRecipientsHeading(lines("Nhà nước:", "- Cấp kinh phí;", "Nội dung:", "- Tuyên truyền;"), 0),
                "other words of two that end with a colon before a list are not the heading");
    }

    @Test
    void namesAreCapitalisedWordsAndCapitalsOnlyInOcr() {
        assertTrue(ClosingParser.looksLikeName("Hoàng Văn Thuân"));
        assertTrue(ClosingParser.looksLikeName("Y Khuê Niê"));
        assertTrue(ClosingParser.looksLikeName("M4iu Thai Phwong", true));
        assertFalse(ClosingParser.looksLikeName("ĐỀ CƯƠNG BÁO CÁO"));
        assertFalse(ClosingParser.looksLikeName("LÃNH ĐẠO ĐƠN VỊ"));
        assertFalse(ClosingParser.looksLikeName("FILE ATTACHED TO DOCUMENT"));
        assertFalse(ClosingParser.looksLikeName("Phụ lục"));
        assertTrue(ClosingParser.looksLikeName("NGUYEN VAN TAM", true));
        assertFalse(ClosingParser.looksLikeName("PHU LUC II", true), "an annex title, even in OCR");
        assertFalse(ClosingParser.looksLikeName("UY BAN NHAN DAN", true), "a seal read by OCR");
        assertFalse(ClosingParser.looksLikeName("Lưu: VT, KT."));
    }

    private static List<SourceLine> lines(String... texts) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new SourceLine(i + 1, texts[i], Location.line(i + 1)));
        }
        return out;
    }
}
