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
    void findingsADecisionSetsAsideCountForNothing() {
        Decision ignored = new Decision(DecisionStatus.IGNORED, "báo động nhầm", null, null);
        Decision accepted = new Decision(DecisionStatus.ACCEPTED, null, null, null);
        Decision fixed = new Decision(DecisionStatus.FIXED, null, null, null);
        DocumentResult doc = new DocumentResult("x.docx", DocumentStatus.CHECKED, null, new Plan(), List.of(
                f("A", Severity.ERROR).decided(ignored), f("B", Severity.WARNING).decided(accepted), f("C", Severity.INFO)));
        assertEquals(Verdict.PASS, doc.getVerdict());
        assertEquals(0, doc.count(Severity.ERROR));
        assertEquals(2, doc.dismissed());
        assertEquals(Severity.INFO, doc.worst());
        assertEquals(List.of("C"), doc.getOpenFindings().stream().map(Finding::getRuleId).toList());
        assertEquals(3, doc.getFindings().size(), "still listed");
        assertEquals(Verdict.MUST_REVISE, of(List.of(f("A", Severity.ERROR).decided(fixed))), "marked fixed, still there");
        assertEquals(Verdict.NOT_A_PLAN, of(List.of(f(Verdict.NOT_A_PLAN_RULE, Severity.INFO).decided(ignored))),
                "the plan rules were not run on it");
    }

    @Test
    void aDocumentThatIsNotAPlanOrCannotBeReadSaysSo() {
        assertEquals(Verdict.NOT_A_PLAN, of(List.of(f(Verdict.NOT_A_PLAN_RULE, Severity.INFO))));
        DocumentResult unreadable = new DocumentResult("x.pdf", DocumentStatus.UNREADABLE, "ảnh scan", null,
                List.of(f("INPUT-NO-TEXT-LAYER", Severity.ERROR)));
        assertEquals(Verdict.UNREADABLE, unreadable.getVerdict());
    }
}
