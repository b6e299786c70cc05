package vn.plancheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerdictTest {
    private static Finding f(String id, Severity s) {
        return new Finding(id, Category.FORM, s, "m", 1, null, null);
    }

    private static Verdict of(List<Finding> findings) {
        return new DocumentResult("x.docx", DocumentStatus.CHECKED, null, new Plan(), findings).getVerdict();
    }

    @Test
    void theWorstFindingDecides() {
        assertEquals(Verdict.PASS, of(List.of()));
        assertEquals(Verdict.PASS, of(List.of(f("REF-UNKNOWN", Severity.INFO))));
        assertEquals(Verdict.REVISE, of(List.of(f("A", Severity.INFO), f("B", Severity.WARNING))));
        assertEquals(Verdict.MUST_REVISE, of(List.of(f("B", Severity.WARNING), f("C", Severity.ERROR))));
    }

    @Test
    void aDocumentThatIsNotAPlanOrCannotBeReadSaysSo() {
        assertEquals(Verdict.NOT_A_PLAN, of(List.of(f(Verdict.NOT_A_PLAN_RULE, Severity.INFO))));
        DocumentResult unreadable = new DocumentResult("x.pdf", DocumentStatus.UNREADABLE, "ảnh scan", null,
                List.of(f("INPUT-NO-TEXT-LAYER", Severity.ERROR)));
        assertEquals(Verdict.UNREADABLE, unreadable.getVerdict());
    }
}
