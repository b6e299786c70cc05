package vn.plancheck.model;

import java.time.LocalDate;
import java.util.List;

/** Reference fact (rules/data/action-month.csv): the Month of Action for Children of one year. */
public class ActionMonthYear {
    private final int year;
    private final String theme;
    private final List<String> guidance;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LocalDate reportDeadline;

    public ActionMonthYear(int year, String theme, List<String> guidance, LocalDate periodStart, LocalDate periodEnd, LocalDate reportDeadline) {
        this.year = year;
        this.theme = theme;
        this.guidance = List.copyOf(guidance);
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.reportDeadline = reportDeadline;
    }

    public int getYear() { return year; }
    /** The official theme, exact text. */
    public String getTheme() { return theme; }
    /** Number and symbol of the year's central guidance documents. */
    public List<String> getGuidance() { return guidance; }
    /** Comparison keys of the guidance documents. */
    public List<String> getGuidanceKeys() { return guidance.stream().map(Keys::of).toList(); }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    /** The report deadline set centrally, or null when none is known. */
    public LocalDate getReportDeadline() { return reportDeadline; }
}
