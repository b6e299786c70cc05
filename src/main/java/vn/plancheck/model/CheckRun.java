package vn.plancheck.model;

import java.util.List;

/** A finished check of one or more documents, as handed to the report writers. */
public class CheckRun {
    private final String toolVersion;
    private final List<DocumentResult> documents;
    private final List<RuleInfo> rules;
    private final long skippedFiles;

    public CheckRun(String toolVersion, List<DocumentResult> documents, List<RuleInfo> rules, long skippedFiles) {
        this.toolVersion = toolVersion;
        this.documents = documents;
        this.rules = rules;
        this.skippedFiles = skippedFiles;
    }

    public String getToolVersion() { return toolVersion; }
    public List<DocumentResult> getDocuments() { return documents; }
    /** The rule catalog in force for this run. */
    public List<RuleInfo> getRules() { return rules; }
    /** Files in the given folders that were not plans (other extensions). */
    public long getSkippedFiles() { return skippedFiles; }

    public long count(Severity s) {
        return documents.stream().mapToLong(d -> d.count(s)).sum();
    }

    public long unreadable() {
        return documents.stream().filter(d -> d.getStatus() == DocumentStatus.UNREADABLE).count();
    }
}
