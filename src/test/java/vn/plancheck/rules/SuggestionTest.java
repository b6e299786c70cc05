package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.plancheck.model.Dates;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Suggestion;
import vn.plancheck.pipeline.Checker;

/** The right value a rule knows travels with its finding, written the way the plan writes it. */
class SuggestionTest {
    private static Checker checker;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    private static Finding finding(String file, String id) {
        DocumentResult r = checker.check(Path.of(file), file);
        return r.getFindings().stream().filter(f -> f.getRuleId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCitedSymbolTheRegistryKnowsOtherwise() {
        Finding f = finding("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.txt", "REF-SYMBOL-MISMATCH");
        assertEquals(new Suggestion("982/LĐTBXH-CTE", "982/BLĐTBXH-CTE"), f.getSuggestion());
    }

    @Test
    void aCitedDateTheRegistryKnowsOtherwise() {
        Finding f = finding("rules/tests/REF/REF-DATE-MISMATCH.bad.txt", "REF-DATE-MISMATCH");
        assertEquals(new Suggestion("15/3/2024", "12/3/2024"), f.getSuggestion());
    }

    @Test
    void theYearsOfficialTheme() {
        Finding f = finding("rules/tests/CONTENT/CONTENT-THEME-MISMATCH.bad.txt", "CONTENT-THEME-MISMATCH");
        assertEquals(f.getEvidence(), f.getSuggestion().found());
        assertEquals("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em", f.getSuggestion().replacement());
    }

    @Test
    void aFindingWithoutOneHasNone() {
        Finding f = finding("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.txt", "FORM-NUMBER-MISSING");
        assertNull(f.getSuggestion());
        assertNull(Suggestion.of("982/BLĐTBXH-CTE", "982/BLĐTBXH-CTE"), "no correction to the same words");
        assertNull(Suggestion.of(null, "x"));
    }

    @Test
    void aDateIsWrittenTheWayThePlanWritesDates() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        assertEquals("5/3/2024", Dates.written(d, "9/3/2024"));
        assertEquals("05/3/2024", Dates.written(d, "15/3/2024"));
        assertEquals("05/03/2024", Dates.written(d, "15/12/2024"));
        assertEquals("05-03-2024", Dates.written(d, "12-11-2023"));
        assertEquals("05 tháng 3 năm 2024", Dates.written(d, "15 tháng 3 năm 2024"));
        assertEquals("5 THÁNG 03 NĂM 2024", Dates.written(d, "1 THÁNG 12 NĂM 2024"));
        assertEquals("05/3/2024", Dates.written(d, "giữa tháng"), "a form it does not know: the usual one");
    }
}
