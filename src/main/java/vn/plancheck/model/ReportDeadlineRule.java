package vn.plancheck.model;

import java.time.MonthDay;

/** Reference fact (rules/data/report-deadlines.csv): the latest report date guidance sets for plans of a kind and level. */
public class ReportDeadlineRule {
    private final int fromYear;
    private final int toYear;
    private final PlanType planType;
    private final String issuerLevel;
    private final MonthDay latest;
    private final String basis;

    public ReportDeadlineRule(int fromYear, int toYear, PlanType planType, String issuerLevel, MonthDay latest, String basis) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.planType = planType;
        this.issuerLevel = issuerLevel;
        this.latest = latest;
        this.basis = basis;
    }

    public int getFromYear() { return fromYear; }
    public int getToYear() { return toYear; }
    public PlanType getPlanType() { return planType; }
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
