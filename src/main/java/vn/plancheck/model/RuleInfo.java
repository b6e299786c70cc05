package vn.plancheck.model;

/** Catalog entry of one rule, read from its metadata. */
public class RuleInfo {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final String title;
    private final String basis;
    private final String source;

    public RuleInfo(String id, Category category, Severity severity, String title, String basis, String source) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.title = title;
        this.basis = basis;
        this.source = source;
    }

    public String getId() { return id; }
    public Category getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    /** Short Vietnamese description of what the rule checks. */
    public String getTitle() { return title; }
    public String getBasis() { return basis; }
    /** The rule file it comes from ("rules/form.drl"), or "program" for built-in input checks. */
    public String getSource() { return source; }
}
