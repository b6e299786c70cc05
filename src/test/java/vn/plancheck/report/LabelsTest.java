package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.plancheck.model.Category;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Severity;

class LabelsTest {

    private static Finding onLine(int line) {
        return new Finding("FORM-X", Category.FORM, Severity.ERROR, "…", line, null, null);
    }

    @Test
    void eachFormatInItsOwnWords() {
        assertEquals("trang 2, dòng 14", Labels.location(Location.pageLine(2, 14)));
        assertEquals("đoạn 12", Labels.location(Location.paragraph(12)));
        assertEquals("bảng 1, hàng 2, ô 1", Labels.location(Location.cell(1, 2, 1)));
        assertEquals("dòng 50", Labels.location(Location.line(50)));
    }

    @Test
    void aCellInsideALineOrPageFollowsInBrackets() {
        assertEquals("dòng 12 (bảng 1, hàng 2, ô 1)", Labels.location(Location.line(12).inCell(1, 2, 1)));
        assertEquals("trang 3, dòng 7 (bảng 2, hàng 4, ô 3)", Labels.location(Location.pageLine(3, 7).inCell(2, 4, 3)));
        assertEquals("bảng 1, hàng 5", Labels.location(new Location(null, null, 1, 5, null, null)), "no cell: not named");
        assertEquals("trang 4", Labels.location(new Location(4, null, null, null, null, null)));
    }

    @Test
    void noPlaceIsTheWholeDocument() {
        assertEquals("toàn văn", Labels.location(null));
        assertEquals("toàn văn", Labels.location(Location.NONE));
        assertEquals("toàn văn", Labels.location(Location.line(0)), "positions are 1-based: 0 names no place");
        assertEquals("trang 2", Labels.location(Location.pageLine(2, 0)));
    }

    @Test
    void aFindingNotYetPlacedFallsBackToItsLine() {
        assertEquals("đoạn 3", Labels.where(onLine(7).located(Location.paragraph(3), "x")), "the location wins");
        assertEquals("dòng 7", Labels.where(onLine(7)));
        assertEquals("dòng 7", Labels.where(onLine(7).located(Location.NONE, null)));
        assertEquals("toàn văn", Labels.where(onLine(0)));
    }

    @Test
    void aPlanIsNamedByItsNumberAndDate() {
        vn.plancheck.model.Plan p = new vn.plancheck.model.Plan();
        assertEquals(null, Labels.planName(p));
        assertEquals(null, Labels.planName(null));
        p.setNumber("45");
        p.setSymbol("KH-UBND");
        p.setIssueDate(java.time.LocalDate.of(2024, 4, 5));
        assertEquals("Kế hoạch số 45/KH-UBND ngày 05/04/2024", Labels.planName(p));
    }
}
