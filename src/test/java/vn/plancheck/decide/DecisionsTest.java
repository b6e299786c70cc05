package vn.plancheck.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.Category;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Severity;

/** Which findings a decisions file's rows are about: rule, document and folded quote, never the line. */
class DecisionsTest {
    @TempDir
    Path dir;

    private static Finding finding(String rule, int line, String quote, String message) {
        Finding f = new Finding(rule, Category.FORM, Severity.WARNING, message, line, null, null);
        return quote == null ? f : f.located(Location.line(line), quote);
    }

    private static DocumentResult doc(String file, String issuer, String number, LocalDate issued, Finding... findings) {
        Plan p = new Plan();
        p.setIssuer(issuer);
        if (number != null) {
            p.setNumber(number.substring(0, number.indexOf('/')));
            p.setSymbol(number.substring(number.indexOf('/') + 1));
        }
        p.setIssueDate(issued);
        return new DocumentResult(file, DocumentStatus.CHECKED, null, p, List.of(findings));
    }

    private Decisions decisions(String csv) throws Exception {
        Path file = dir.resolve("quyet-dinh.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return Decisions.read(file);
    }

    /** The decision on the finding of {@code rule} at {@code line} (findings are sorted by line, then rule). */
    private static DecisionStatus status(DocumentResult doc, String rule, int line) {
        Finding f = doc.getFindings().stream().filter(x -> x.getRuleId().equals(rule) && x.getLine() == line).findFirst().orElseThrow();
        return f.getDecision() == null ? null : f.getDecision().status();
    }

    @Test
    void aRowMatchesTheSameRuleDocumentAndFoldedQuoteWhereverTheLineAndFolder() throws Exception {
        Decisions d = decisions("rule_id,file,quote,decision,reason\n"
                + "TIME-STALE-YEAR,ban-1/Kế hoạch.docx,Tháng hành động  vì trẻ em năm 2022,bo qua,nhắc lại năm trước\n");
        // another folder, the name in decomposed Unicode and capitals, the quote without diacritics and with a line break
        String decomposed = java.text.Normalizer.normalize("KẾ HOẠCH.docx", java.text.Normalizer.Form.NFD);
        DocumentResult moved = d.apply(doc("ban-2\\" + decomposed, null, null, null,
                finding("TIME-STALE-YEAR", 90, "Thang hanh dong vi tre em\nnam 2022", "m"),
                finding("TIME-STALE-YEAR", 95, "Tháng hành động vì trẻ em năm 2021", "m"),
                finding("FORM-OTHER", 90, "Tháng hành động vì trẻ em năm 2022", "m")));
        assertEquals(DecisionStatus.IGNORED, status(moved, "TIME-STALE-YEAR", 90));
        assertEquals("nhắc lại năm trước", moved.getDismissedFindings().get(0).getDecision().reason());
        assertNull(status(moved, "TIME-STALE-YEAR", 95), "another quote");
        assertNull(status(moved, "FORM-OTHER", 90), "another rule");
        assertNull(status(d.apply(doc("ke-hoach-khac.docx", null, null, null,
                finding("TIME-STALE-YEAR", 90, "Tháng hành động vì trẻ em năm 2022", "m"))), "TIME-STALE-YEAR", 90), "another document");
    }

    @Test
    void aRenamedFileIsTheSameDocumentByIssuerAndNumberOnTheSameDate() throws Exception {
        Decisions d = decisions("rule_id,file,quote,decision,reason,issuer,number,issued\n"
                + "REF-UNKNOWN,du-thao.docx,Kế hoạch số 21/KH-UBND,Chấp nhận,,UBND xã Đông Sơn,07/KH-UBND,14/02/2023\n");
        Finding f = finding("REF-UNKNOWN", 13, "Kế hoạch số 21/KH-UBND", "m");
        assertEquals(DecisionStatus.ACCEPTED, status(d.apply(doc("ban-chinh-thuc.pdf", "UBND xã Đông Sơn",
                "07/KH-UBND", LocalDate.of(2023, 2, 14), f)), "REF-UNKNOWN", 13));
        assertEquals(DecisionStatus.ACCEPTED, status(d.apply(doc("ban-chinh-thuc.pdf", "UBND XÃ ĐÔNG SƠN", "07/KH-UBND", null, f)), "REF-UNKNOWN", 13),
                "a date only one side knows does not stand in the way");
        assertNull(status(d.apply(doc("ban-chinh-thuc.pdf", "UBND xã Đông Sơn", "07/KH-UBND", LocalDate.of(2024, 2, 14), f)), "REF-UNKNOWN", 13),
                "numbers start again every year");
        assertNull(status(d.apply(doc("ban-chinh-thuc.pdf", "UBND xã Tân Lập", "07/KH-UBND", LocalDate.of(2023, 2, 14), f)), "REF-UNKNOWN", 13));
    }

    @Test
    void aFindingWithoutQuoteMatchesOnRuleAndDocumentAndTheMessageTellsTwinsApart() throws Exception {
        Decisions d = decisions("rule_id,file,quote,decision,reason,message\n"
                + "CONTENT-HOTLINE-MISSING,a.txt,,Chấp nhận,,\n"
                + "STRUCT-SECTION-MISSING,a.txt,KẾ HOẠCH,Bỏ qua,có trong phụ lục,Kế hoạch thiếu phần “KINH PHÍ”.\n");
        DocumentResult out = d.apply(doc("a.txt", null, null, null,
                finding("CONTENT-HOTLINE-MISSING", 0, null, "m"),
                finding("STRUCT-SECTION-MISSING", 8, "KẾ HOẠCH", "Kế hoạch thiếu phần “KINH PHÍ”."),
                finding("STRUCT-SECTION-MISSING", 8, "KẾ HOẠCH", "Kế hoạch thiếu phần “TỔ CHỨC THỰC HIỆN”.")));
        assertEquals(DecisionStatus.ACCEPTED, status(out, "CONTENT-HOTLINE-MISSING", 0));
        List<String> dismissed = out.getDismissedFindings().stream().filter(f -> f.getRuleId().startsWith("STRUCT"))
                .map(Finding::getMessage).toList();
        assertEquals(List.of("Kế hoạch thiếu phần “KINH PHÍ”."), dismissed,
                "two sections missing, both placed at the title: only the one decided is dismissed");
        // alone in its document, a finding is matched whatever its message now says
        DocumentResult alone = d.apply(doc("a.txt", null, null, null,
                finding("STRUCT-SECTION-MISSING", 8, "KẾ HOẠCH", "Kế hoạch thiếu phần “KINH PHÍ” (mục V).")));
        assertEquals(DecisionStatus.IGNORED, status(alone, "STRUCT-SECTION-MISSING", 8));
    }

    @Test
    void aRowSetBackToMoiDecidesNothing() throws Exception {
        Decisions d = decisions("rule_id,file,quote,decision,reason\nA,a.txt,x,Mới,\n");
        assertEquals(0, d.size());
        assertNull(status(d.apply(doc("a.txt", null, null, null, finding("A", 1, "x", "m"))), "A", 1));
    }

    @Test
    void everyBadRowIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("d.csv");
        Files.writeString(file, "# quyết định của tổ thẩm định\nrule_id,file,quote,decision,reason,by,date\n"
                + "A,a.txt,\"hai\ndòng\",Bỏ qua,,,\n"
                + "B,a.txt,x,Sửa rồi,,,\n"
                + ",a.txt,x,Bỏ qua,,,\n"
                + "C,,x,Bỏ qua,,,\n"
                + "D,a.txt,x,,,,\n"
                + "E,a.txt,x,Đã sửa,,,hôm qua\n", StandardCharsets.UTF_8);
        DecisionsException e = assertThrows(DecisionsException.class, () -> Decisions.read(file));
        assertEquals(List.of(
                file + ":5: quyết định “Sửa rồi” không hợp lệ: chỉ dùng Đã sửa, Bỏ qua hoặc Chấp nhận.",
                file + ":6: thiếu mã quy tắc (cột rule_id).",
                file + ":7: thiếu tên tệp (cột file), hoặc cơ quan ban hành và số ký hiệu (cột issuer, number).",
                file + ":8: thiếu quyết định (cột decision): ghi Đã sửa, Bỏ qua hoặc Chấp nhận.",
                file + ":9: ngày “hôm qua” (cột date) không đọc được: ghi theo dạng 2024-06-15 hoặc 15/06/2024."),
                e.problems());
        assertTrue(assertThrows(DecisionsException.class, () -> Decisions.read(dir.resolve("khong-co.csv")))
                .getMessage().contains("không tìm thấy tệp"));
    }
}
