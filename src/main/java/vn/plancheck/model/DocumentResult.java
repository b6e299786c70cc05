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

    public DocumentResult(String file, DocumentStatus status, String error, Plan plan, List<Finding> findings) {
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
    /** Findings sorted by line, then rule ID. */
    public List<Finding> getFindings() { return findings; }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.getSeverity() == s).count();
    }

    /** What the reviewer should do with the document. */
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
        return findings.stream().filter(f -> f.getSeverity() == s && f.getCategory() != Category.RULE).count();
    }

    /** The most serious severity among the findings, or null when there are none. */
    public Severity worst() {
        return findings.stream().map(Finding::getSeverity).min(Comparator.naturalOrder()).orElse(null);
    }
}
