package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.IssuingUnit;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Severity;

/** The files that are one document, and the per-unit rows that count such a document once. */
class BatchIndexTest {
    private static Plan plan(String issuer, String place, String number, String symbol, LocalDate date, Integer year) {
        Plan p = new Plan();
        p.setIssuer(issuer);
        p.setPlace(place);
        p.setNumber(number);
        p.setSymbol(symbol);
        p.setIssueDate(date);
        p.setYear(year);
        return p;
    }

    private static DocumentResult doc(String file, Plan plan, Severity... findings) {
        List<Finding> fs = new ArrayList<>();
        for (Severity s : findings) {
            fs.add(new Finding("FORM-X", Category.FORM, s, "m", 1, null, "Nghị định 30/2020/NĐ-CP"));
        }
        return new DocumentResult(file, DocumentStatus.CHECKED, null, plan, fs);
    }

    private static List<List<String>> copies(DocumentResult... docs) {
        BatchIndex index = new BatchIndex();
        for (DocumentResult d : docs) {
            index.add(d);
        }
        return index.copies().stream().map(c -> c.stream().map(BatchIndex.Entry::name).toList()).toList();
    }

    private static final LocalDate D = LocalDate.of(2024, 4, 5);

    @Test
    void oneDraftSavedInThreeFormatsIsOneDocumentEvenWhereAConversionLostItsHeader() {
        Plan draft = plan("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "Lai Châu", null, "KH-UBND", null, 2024);
        Plan lostHeader = plan(null, "Lai Châu", null, "KH-UBND", null, 2024);
        assertEquals(List.of(List.of("kh.docx", "kh.pdf", "kh.txt")),
                copies(doc("a/kh.docx", draft), doc("a/kh.pdf", draft), doc("a/kh.txt", lostHeader), doc("a/other.txt", draft)));
    }

    @Test
    void aSignedPlanIsKnownByIssuerNumberAndDateWhateverItsFilesAreCalled() {
        // (abbreviations such as "UBND" are written out by the reference data: IssuingUnitsTest)
        Plan signed = plan("Ủy ban nhân dân  xã Đông Sơn", "Đông Sơn", "45", "KH-UBND", D, 2024);
        Plan spelled = plan("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "Đông Sơn", "45", "KH-UBND", D, 2024);
        assertEquals(List.of(List.of("45-KH-UBND.docx", "ban-ky.pdf")), copies(doc("a/45-KH-UBND.docx", signed), doc("b/ban-ky.pdf", spelled)));
    }

    @Test
    void theSameNumberFromAnotherUnitOrPlaceOrDayIsAnotherPlan() {
        Plan a = plan("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "Đông Sơn", "16", "KH-UBND", D, 2024);
        Plan b = plan("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN TÂY", "Đông Sơn Tây", "16", "KH-UBND", D, 2024);
        Plan c = plan("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "Đông Sơn", "16", "KH-UBND", D.plusDays(1), 2024);
        assertEquals(List.of(), copies(doc("a.txt", a), doc("b.txt", b), doc("c.txt", c)));
        Plan soQn = plan("SỞ Y TẾ", "Quảng Ninh", "45", "KH-SYT", D, 2024);
        Plan soTq = plan("SỞ Y TẾ", "Tuyên Quang", "45", "KH-SYT", D, 2024);
        assertEquals(List.of(), copies(doc("qn.txt", soQn), doc("tq.txt", soTq)), "two provinces' Sở Y tế");
        assertEquals(List.of(), copies(doc("d/kh.docx", a), doc("d/kh.pdf", c)), "same file name, another date: another plan");
        DocumentResult unreadable = new DocumentResult("d/kh.pdf", DocumentStatus.UNREADABLE, "hỏng", null, List.of());
        assertEquals(List.of(), copies(doc("d/kh.docx", a), unreadable), "a file that could not be read is never a copy");
    }

    @Test
    void theUnitSheetCountsADocumentOnceWithItsFilesAndTellsProvincesApart() {
        Plan draft = plan("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Bắc Giang", null, "KH-KHCN", null, 2021);
        Plan lostHeader = plan(null, "Bắc Giang", null, "KH-KHCN", null, 2021);
        BatchIndex index = new BatchIndex();
        index.add(doc("s/seed1.docx", draft, Severity.WARNING, Severity.INFO));
        index.add(doc("s/seed1.pdf", draft, Severity.WARNING, Severity.WARNING));
        index.add(doc("s/seed1.txt", lostHeader, Severity.ERROR));
        index.add(doc("qn.txt", plan("SỞ Y TẾ", "Quảng Ninh", "1", "KH-SYT", D, 2024), Severity.WARNING));
        index.add(doc("tq.txt", plan("SỞ Y TẾ", "Tuyên Quang", "1", "KH-SYT", D, 2024)));
        assertEquals(3, index.documents().size());
        assertEquals(3, index.distinctPlans());
        List<IssuerTable.Unit> units = IssuerTable.units(index);
        assertEquals(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ|Bắc Giang", "SỞ Y TẾ|Quảng Ninh", "SỞ Y TẾ|Tuyên Quang"),
                units.stream().map(u -> u.name() + "|" + u.unit.locality()).toList());
        IssuerTable.Unit khcn = units.get(0);
        assertEquals(1, khcn.plans, "three files, one plan");
        assertEquals(List.of("seed1.docx + seed1.pdf + seed1.txt"), khcn.files);
        assertEquals(List.of(1L, 2L, 1L), List.of(khcn.errors, khcn.warnings, khcn.infos),
                "each severity as in the copy that has most of it: one defect read in three files is one defect");
    }

    @Test
    void aUnitsDocumentThatLostItsPlaceJoinsTheOnlyUnitOfThatName() {
        BatchIndex index = new BatchIndex();
        index.add(doc("a.txt", plan("SỞ Y TẾ", "Quảng Ninh", "1", "KH-SYT", D, 2024)));
        index.add(doc("b.txt", plan("SỞ Y TẾ", null, "2", "KH-SYT", D, 2024)));
        assertEquals(List.of(2L), IssuerTable.units(index).stream().map(u -> u.plans).toList());
        index.add(doc("c.txt", plan("SỞ Y TẾ", "Tuyên Quang", "3", "KH-SYT", D, 2024)));
        assertEquals(3, IssuerTable.units(index).size(), "with two provinces' Sở Y tế, a placeless one is not guessed");
        assertEquals("", IssuingUnit.plain(plan("SỞ Y TẾ", null, null, null, null, null)).localityKey());
    }

    @Test
    void theConsoleNamesAFewCopiesOfEachGroupAndCountsTheRest() {
        BatchIndex index = new BatchIndex();
        for (int g = 0; g < 12; g++) {
            Plan p = plan("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Tân Lập", String.valueOf(100 + g), "KH-UBND", D, 2024);
            for (int k = 0; k < (g == 0 ? 30 : 2); k++) {
                index.add(doc("lo/kh-" + g + "-" + k + ".txt", p));
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        ConsoleReportWriter.copies(index.copies(), out);
        List<String> lines = List.of(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        assertEquals("Cùng một văn bản ở nhiều tệp (tính một lần): 12 nhóm, 52 tệp.", lines.get(0));
        assertEquals("  - kh-0-0.txt + kh-0-1.txt + kh-0-2.txt + kh-0-3.txt và 26 tệp khác", lines.get(1));
        assertEquals("  - kh-1-0.txt + kh-1-1.txt", lines.get(2));
        assertEquals("  … và 2 nhóm khác (xem sổ kết quả).", lines.get(11));
        assertEquals(12, lines.size());

        bytes.reset();
        ConsoleReportWriter.copies(index.copies().subList(1, 2), out);
        assertEquals("Cùng một văn bản ở nhiều tệp (tính một lần): kh-1-0.txt + kh-1-1.txt.\n",
                bytes.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r", ""));
    }
}
