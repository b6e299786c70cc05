package vn.plancheck.model;

import java.util.List;

/**
 * Reference fact (rules/data/plan-profiles.csv): a kind of plan, how it is recognised from its title and issuer, and
 * what it owes beyond what every plan owes (its required sections are {@link RequiredSection} rows, its yearly event
 * a {@link YearlyEvent}). The parser picks the first profile whose conditions all hold.
 */
public final class Profile {
    private final String id;
    private final String name;
    private final List<String> titleStarts;
    private final List<String> titlePhrases;
    private final List<String> titleExcludes;
    private final List<String> implementsKinds;
    private final DocSystem issuerSystem;
    private final boolean reportDeadline;
    private final String event;

    public Profile(String id, String name, List<String> titleStarts, List<String> titlePhrases, List<String> titleExcludes,
                   List<String> implementsKinds, DocSystem issuerSystem, boolean reportDeadline, String event) {
        this.id = id;
        this.name = name;
        this.titleStarts = List.copyOf(titleStarts);
        this.titlePhrases = List.copyOf(titlePhrases);
        this.titleExcludes = List.copyOf(titleExcludes);
        this.implementsKinds = List.copyOf(implementsKinds);
        this.issuerSystem = issuerSystem;
        this.reportDeadline = reportDeadline;
        this.event = event;
    }

    /** "CHILD_ACTION_MONTH". */
    public String getId() { return id; }
    /** "Kế hoạch Tháng hành động vì trẻ em". */
    public String getName() { return name; }
    /** The title begins with one of these. */
    public List<String> getTitleStarts() { return titleStarts; }
    /** The title contains one of these. */
    public List<String> getTitlePhrases() { return titlePhrases; }
    /** The title contains none of these. */
    public List<String> getTitleExcludes() { return titleExcludes; }
    /** The title names a document of one of these kinds ("chỉ thị", "nghị quyết"). */
    public List<String> getImplementsKinds() { return implementsKinds; }
    /** The issuer's system, or null for either. */
    public DocSystem getIssuerSystem() { return issuerSystem; }
    /** Plans of this kind must set a date for the report on their results. */
    public boolean isReportDeadline() { return reportDeadline; }
    /** The id of the yearly event the plan organises, or null. */
    public String getEvent() { return event; }

    /** A profile without any condition: the catch-all every plan falls back to. */
    public boolean isUnconditional() {
        return titleStarts.isEmpty() && titlePhrases.isEmpty() && titleExcludes.isEmpty() && implementsKinds.isEmpty()
                && issuerSystem == null;
    }
}
