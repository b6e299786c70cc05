package vn.plancheck.model;

import java.time.MonthDay;

/** Reference fact (rules/data/report-deadlines.csv): the latest report date guidance sets for plans of a profile and level. */
public class ReportDeadlineRule {
    private final int fromYear;
    private final int toYear;
    private final String profile;
    private final String issuerLevel;
    private final MonthDay latest;
    private final String basis;

    public ReportDeadlineRule(int fromYear, int toYear, String profile, String issuerLevel, MonthDay latest, String basis) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.profile = profile;
        this.issuerLevel = issuerLevel;
        this.latest = latest;
        this.basis = basis;
    }

    public int getFromYear() { return fromYear; }
    public int getToYear() { return toYear; }
    /** The profile id the rule applies to. */
    public String getProfile() { return profile; }
    /** COMMUNE, DISTRICT, PROVINCE or ANY. */
    public String getIssuerLevel() { return issuerLevel; }
    /** Latest day and month for the report. */
    public MonthDay getLatest() { return latest; }
    /** The guidance that sets it. */
    public String getBasis() { return basis; }

    /** True when the rule applies to a plan of this year and level. */
    public boolean appliesTo(int year, String level) {
        return year >= fromYear && year <= toYear && ("ANY".equals(issuerLevel) || issuerLevel.equals(level));
    }
}
