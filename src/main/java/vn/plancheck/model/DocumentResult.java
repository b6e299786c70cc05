package vn.plancheck.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The outcome for one input file: its parsed plan (when readable) and its findings. */
public class DocumentResult {
    private final String file;
    private final DocumentStatus status;
    private final String error;
    private final Plan plan;
    private final List<Finding> findings;
    private final IssuingUnit unit;

    public DocumentResult(String file, DocumentStatus status, String error, Plan plan, List<Finding> findings) {
        this(file, status, error, plan, findings, null);
    }

    /** @param unit the issuing unit as the reference data identifies it (null: folded from the plan's header alone) */
    public DocumentResult(String file, DocumentStatus status, String error, Plan plan, List<Finding> findings, IssuingUnit unit) {
        this.unit = unit;
        this.file = file;
        this.status = status;
        this.error = error;
        this.plan = plan;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::getLine).thenComparing(Finding::getRuleId));
        this.findings = List.copyOf(sorted);
    }

    public String getFile() { return file; }
    public DocumentStatus getStatus() { return status; }
    /** Vietnamese description of why the file could not be read, or null. */
    public String getError() { return error; }
    /** The parsed plan, or null when the file could not be read. */
    public Plan getPlan() { return plan; }
    /** The unit that issued the document (name and place), {@link IssuingUnit#UNKNOWN} when it could not be read. */
    public IssuingUnit getUnit() {
        return unit != null ? unit : IssuingUnit.plain(plan);
    }

    /** Findings sorted by line, then rule ID, the dismissed ones included (see {@link #getOpenFindings()}). */
    public List<Finding> getFindings() { return findings; }

    /** The findings that count: all but those a reviewer dismissed ("Bỏ qua", "Chấp nhận"), in order. */
    public List<Finding> getOpenFindings() {
        return findings.stream().filter(f -> !f.isDismissed()).toList();
    }

    /** The findings a reviewer dismissed ("Bỏ qua", "Chấp nhận"), in order; they count for nothing. */
    public List<Finding> getDismissedFindings() {
        return findings.stream().filter(Finding::isDismissed).toList();
    }

    /** The same document with other findings (decided, compared with a baseline). */
    public DocumentResult withFindings(List<Finding> replaced) {
        return new DocumentResult(file, status, error, plan, replaced, unit);
    }

    /** Findings of severity {@code s} that count (dismissed ones left out). */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.getSeverity() == s && !f.isDismissed()).count();
    }

    /** Findings a reviewer dismissed. */
    public long dismissed() {
        return findings.stream().filter(Finding::isDismissed).count();
    }

    /** Findings new since the baseline run (0 without a baseline). */
    public long countNew() {
        return findings.stream().filter(f -> Boolean.TRUE.equals(f.getNewSinceBaseline())).count();
    }

    /**
     * What the reviewer should do with the document, from the findings that count. A document the rules call not a
     * plan stays NOT_A_PLAN even when that finding was dismissed: the plan rules were not run on it.
     */
    public Verdict getVerdict() {
        if (status == DocumentStatus.UNREADABLE) {
            return Verdict.UNREADABLE;
        }
        if (findings.stream().anyMatch(f -> Verdict.NOT_A_PLAN_RULE.equals(f.getRuleId()))) {
            return Verdict.NOT_A_PLAN;
        }
        // a rule's own fault (category RULE) says nothing of the document
        if (countOfDocument(Severity.ERROR) > 0) {
            return Verdict.MUST_REVISE;
        }
        return countOfDocument(Severity.WARNING) > 0 ? Verdict.REVISE : Verdict.PASS;
    }

    /** Whether a rule failed on this document (a finding of the category RULE): its findings may be incomplete. */
    public boolean hasRuleFault() {
        return findings.stream().anyMatch(f -> f.getCategory() == Category.RULE);
    }

    private long countOfDocument(Severity s) {
        return findings.stream().filter(f -> f.getSeverity() == s && f.getCategory() != Category.RULE && !f.isDismissed()).count();
    }

    /** The most serious severity among the findings that count, or null when there are none. */
    public Severity worst() {
        return findings.stream().filter(f -> !f.isDismissed()).map(Finding::getSeverity)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
