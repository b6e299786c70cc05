package vn.plancheck.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which plan of a batch is another's parent: the number and symbol decide, the date may be wrong. */
class AutoLinksTest {
    private static final LocalDate PARENT_DATE = LocalDate.of(2025, 11, 18);

    private static PlanProfile parent(boolean plan) {
        return new PlanProfile("huyen.docx", "16/KH-UBND", "16/KH-UBND", PARENT_DATE, "ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ", null,
                null, List.of(), List.of(), plan);
    }

    private static PlanProfile child(LocalDate cited, String citedIssuer) {
        PlanProfile.Cited c = new PlanProfile.Cited("16/KH-UBND", "16", "KE_HOACH", cited, citedIssuer, 12, "Kế hoạch số 16/KH-UBND");
        return new PlanProfile("xa.docx", "3/KH-UBND", "03/KH-UBND", LocalDate.of(2025, 12, 1), "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN",
                null, null, List.of(c), List.of(), true);
    }

    private static Map<String, PlanProfile> links(PlanProfile... p) {
        return Linker.autoLinks(List.of(p));
    }

    @Test
    void theSameNumberSymbolAndDateLinks() {
        assertEquals("huyen.docx", links(parent(true), child(PARENT_DATE, null)).get("xa.docx").file());
    }

    @Test
    void aWrongDayOfTheParentsYearOrTheParentsIssuerStillLinks() {
        assertEquals("huyen.docx", links(parent(true), child(LocalDate.of(2025, 11, 28), null)).get("xa.docx").file());
        assertEquals("huyen.docx", links(parent(true), child(LocalDate.of(2024, 11, 18), "UBND huyện Yên Thế")).get("xa.docx").file());
    }

    @Test
    void anotherBodysOrAnotherYearsPlanOfTheSameNumberDoesNotLink() {
        assertTrue(links(parent(true), child(LocalDate.of(2025, 3, 2), "UBND tỉnh Bắc Giang")).isEmpty());
        assertTrue(links(parent(true), child(LocalDate.of(2023, 3, 2), null)).isEmpty());
    }

    @Test
    void aDocumentThatIsNotAPlanIsNeverAParent() {
        assertTrue(links(parent(false), child(PARENT_DATE, null)).isEmpty());
    }
}
