package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.DocSystem;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Section;

/** The facts a human reader states about each seed plan (three of them OCR'd). */
class SeedPlansTest {
    static Plan parse(String name) throws IOException {
        Path p = Path.of("fixtures/plans", name);
        String text = Files.readString(p).replace("\uFEFF", "").replace("***", "").replace("**", "");
        return Parsers.standard().parse(SourceText.ofString(name, text));
    }

    static List<String> topKinds(Plan p) {
        return p.getTopSections().stream().map(Section::getKind).toList();
    }

    @Test
    void seed0OcrKhcnBacGiang2024() throws IOException {
        Plan p = parse("seed0-khcn-bacgiang-thang-hanh-dong-2024-ocr.txt");
        assertTrue(p.isOcrSuspected());
        assertFalse(p.isNumberLinePresent(), "the OCR lost the header: no number line");
        assertEquals("CHILD_ACTION_MONTH", p.getProfile());
        assertEquals(2024, p.getYear());
        assertEquals(LocalDate.of(2024, 6, 1), p.getPeriodStart());
        assertEquals(LocalDate.of(2024, 6, 30), p.getPeriodEnd());
        assertNotNull(p.getTheme());
        assertTrue(p.getTheme().toLowerCase().contains("cho tre em"), p.getTheme());
        assertEquals(List.of("PURPOSE", "TIMELINE", "CONTENT", "ORGANIZATION"), topKinds(p));
        assertNull(p.getSignature(), "the OCR'd copy has no signature block");
        assertEquals(12, p.getSlogans().size(), "the slogans appended after the recipients, numbered 1- … 12-");
        assertTrue(p.isRecipientsPresent());
    }

    @Test
    void seed1KhcnBacGiang2021Draft() throws IOException {
        Plan p = parse("seed1-khcn-bacgiang-thang-hanh-dong-2021.txt");
        assertFalse(p.isOcrSuspected());
        assertTrue(p.isNumberLinePresent());
        assertNull(p.getNumber());
        assertEquals("KH-KHCN", p.getSymbol());
        assertTrue(p.isNumberColon());
        assertEquals("Bắc Giang", p.getPlace());
        assertNull(p.getIssueDate());
        assertNull(p.getDayText());
        assertEquals("5", p.getMonthText());
        assertEquals(2021, p.getIssueYear());
        assertTrue(p.isDraft());
        assertTrue(p.isKeHoach());
        assertEquals("Tổ chức Tháng hành động vì trẻ em năm 2021", p.getTitle());
        assertEquals("CHILD_ACTION_MONTH", p.getProfile());
        assertEquals(2021, p.getYear());
        assertEquals("Chung tay bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em trong thiên tai, dịch bệnh", p.getTheme());
        assertEquals(LocalDate.of(2021, 6, 1), p.getPeriodStart());
        assertEquals(LocalDate.of(2021, 6, 30), p.getPeriodEnd());
        assertEquals(List.of("PURPOSE", "CONTENT", "TIMELINE", "ORGANIZATION"), topKinds(p));
        assertTrue(p.getNumberingIssues().isEmpty(), p.getNumberingIssues().toString());
        assertEquals("GIÁM ĐỐC", p.getSignature().getPosition());
        assertEquals("Nguyễn Thanh Bình", p.getSignature().getName());
        assertTrue(p.getSignature().getAuthorityLines().isEmpty());
        assertEquals(3, p.getRecipients().size());
        assertTrue(p.getRecipients().get(2).isStorage());
        assertEquals(DocSystem.STATE, p.getSystem());
    }

    @Test
    void seed2OcrThiTranThang2024() throws IOException {
        Plan p = parse("seed2-thitran-thang-cong-tac-tre-em-2024-ocr.txt");
        assertTrue(p.isOcrSuspected());
        assertTrue(p.isNationalHeader());
        assertEquals("29", p.getNumber());
        assertEquals("KH-UBND", p.getSymbol());
        assertEquals(LocalDate.of(2024, 2, 16), p.getIssueDate());
        assertEquals("02", p.getMonthText());
        assertEquals("UY BAN NHAN DAN THI TRAN THANG", p.getIssuer());
        assertEquals("CHILD_ANNUAL", p.getProfile());
        assertEquals(2024, p.getYear());
        assertEquals(List.of("PURPOSE", "CONTENT", "BUDGET", "ORGANIZATION"), topKinds(p));
        assertTrue(p.isCollectiveIssuer());
        assertEquals(List.of("KT. CHU TICH"), p.getSignature().getAuthorityLines());
        assertEquals("Ong Thé Diing", p.getSignature().getName());
        assertFalse(p.getSignature().isPositionIsHeadTitle(), "240 CHU TICH is OCR for PHÓ CHỦ TỊCH");
        assertEquals(6, p.getRecipients().size());
        assertTrue(p.getRecipients().get(0).isForInformation());
        assertTrue(p.getRecipients().get(5).isStorage());
    }

    @Test
    void seed3UbndLaiChau2024() throws IOException {
        Plan p = parse("seed3-ubnd-laichau-thang-hanh-dong-2024.txt");
        assertFalse(p.isOcrSuspected());
        assertNull(p.getNumber());
        assertEquals("KH-UBND", p.getSymbol());
        assertEquals("Lai Châu", p.getPlace());
        assertEquals(2024, p.getIssueYear());
        assertNull(p.getIssueMonth());
        assertEquals("Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024", p.getTitle());
        assertEquals("CHILD_ACTION_MONTH", p.getProfile());
        assertEquals("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em", p.getTheme());
        assertEquals(LocalDate.of(2024, 6, 1), p.getPeriodStart());
        assertEquals(LocalDate.of(2024, 6, 30), p.getPeriodEnd());
        assertEquals(List.of("PURPOSE", "CONTENT", "ORGANIZATION", "REPORTING"), topKinds(p));
        assertTrue(p.getNumberingIssues().isEmpty(), p.getNumberingIssues().toString());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), p.getSignature().getAuthorityLines());
        assertEquals("PHÓ CHỦ TỊCH", p.getSignature().getPosition());
        assertEquals("Tổng Thanh Hải", p.getSignature().getName());
        assertEquals(7, p.getRecipients().size());
        assertTrue(p.getRecipients().get(0).isForInformation());
        assertTrue(p.isHotlineMentioned());
        assertEquals(12, p.getSlogans().size(), p.getSlogans().toString());
        assertEquals("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em", p.getSlogans().get(0));
        assertEquals("Lắng nghe trẻ em để chăm sóc, giáo dục và bảo vệ trẻ em", p.getSlogans().get(11));
        // the section tree holds the "-" items under their numbered heading
        Section dash = p.getSections().stream().filter(s -> s.getNumber().equals("-")).findFirst().orElseThrow();
        assertEquals("I", p.getSections().get(0).getNumber());
        assertTrue(dash.getLevel() >= 3, dash.toString());
    }

    @Test
    void seed4OcrHuyenUyBacAi2024() throws IOException {
        Plan p = parse("seed4-huyenuy-bacai-chi-thi-28-2024-ocr.txt");
        assertTrue(p.isOcrSuspected());
        assertEquals(DocSystem.PARTY, p.getSystem());
        assertEquals("225", p.getNumber());
        assertEquals("KH/HU", p.getSymbol());
        assertEquals("225-KH/HU", p.getNumberSymbol());
        assertFalse(p.isNumberColon());
        assertEquals(LocalDate.of(2024, 3, 25), p.getIssueDate());
        assertEquals("Bac Ai", p.getPlace());
        assertEquals("CHILD_DIRECTIVE", p.getProfile());
        assertEquals(2024, p.getYear());
        assertEquals(List.of("PURPOSE", "CONTENT", "ORGANIZATION"), topKinds(p));
        assertEquals("M4iu Thai Phwong", p.getSignature().getName());
        assertTrue(p.getSignature().getAuthorityLines().isEmpty());
        assertTrue(p.getRecipients().get(p.getRecipients().size() - 1).isStorage());
    }
}
