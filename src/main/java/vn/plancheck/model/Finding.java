package vn.plancheck.model;

/** One problem found in one document. */
public class Finding {
    private final String ruleId;
    private final Category category;
    private final Severity severity;
    private final String message;
    private final int line;
    private final String evidence;
    private final String basis;
    private final Location location;
    private final String quote;
    private final Decision decision;
    private final Boolean newSinceBaseline;
    private final Suggestion suggestion;

    public Finding(String ruleId, Category category, Severity severity, String message, int line, String evidence, String basis) {
        this(ruleId, category, severity, message, line, evidence, basis, null, null, null, null, null);
    }

    private Finding(String ruleId, Category category, Severity severity, String message, int line, String evidence,
                    String basis, Location location, String quote, Decision decision, Boolean newSinceBaseline,
                    Suggestion suggestion) {
        this.ruleId = ruleId;
        this.category = category;
        this.severity = severity;
        this.message = message;
        this.line = line;
        this.evidence = evidence;
        this.basis = basis;
        this.location = location;
        this.quote = quote;
        this.decision = decision;
        this.newSinceBaseline = newSinceBaseline;
        this.suggestion = suggestion;
    }

    /** Stable rule ID ("FORM-NUMBER-MISSING"). */
    public String getRuleId() { return ruleId; }
    public Category getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    /** Vietnamese message naming what was found and what was expected. */
    public String getMessage() { return message; }
    /** Source line, or 0 when the finding concerns the whole document. */
    public int getLine() { return line; }
    /** The text the finding is about, as written. */
    public String getEvidence() { return evidence; }
    /** Legal basis ("Nghị định 30/2020/NĐ-CP, Phụ lục I"). */
    public String getBasis() { return basis; }

    /**
     * Where the finding is in the original file (page, paragraph, table cell or line), or null before the
     * finding was placed and for a file that could not be read.
     */
    public Location getLocation() { return location; }
    /** The words of the original file the finding is about, exactly as written there (not folded), or null. */
    public String getQuote() { return quote; }
    /** The correction the rule knows (the registry's symbol, the year's theme…), or null. */
    public Suggestion getSuggestion() { return suggestion; }

    /** The reviewer's decision from the decisions file ({@code --decisions}), or null when none matched. */
    public Decision getDecision() { return decision; }

    /** True when the reviewer set this finding aside ("Bỏ qua", "Chấp nhận"): it counts for nothing. */
    public boolean isDismissed() { return decision != null && decision.dismisses(); }

    /**
     * Whether the finding is new since the earlier run given by {@code --baseline}: null when there was no baseline.
     */
    public Boolean getNewSinceBaseline() { return newSinceBaseline; }

    /** A copy with another severity (used when OCR makes a formatting finding unreliable). */
    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, category, s, message, line, evidence, basis, location, quote, decision, newSinceBaseline, suggestion);
    }

    /** A copy placed in the original file. */
    public Finding located(Location where, String quoted) {
        return new Finding(ruleId, category, severity, message, line, evidence, basis, where, quoted, decision, newSinceBaseline, suggestion);
    }

    /** A copy carrying the reviewer's decision (null for none). */
    public Finding decided(Decision d) {
        return new Finding(ruleId, category, severity, message, line, evidence, basis, location, quote, d, newSinceBaseline, suggestion);
    }

    /** A copy marked new (or not) since the baseline run. */
    public Finding comparedToBaseline(boolean isNew) {
        return new Finding(ruleId, category, severity, message, line, evidence, basis, location, quote, decision, isNew, suggestion);
    }

    /** A copy that offers {@code s} as the correction (null: none). */
    public Finding withSuggestion(Suggestion s) {
        return new Finding(ruleId, category, severity, message, line, evidence, basis, location, quote, decision, newSinceBaseline, s);
    }

    @Override
    public String toString() {
        return line + "\t" + ruleId + "\t" + severity + "\t" + message;
    }
}
