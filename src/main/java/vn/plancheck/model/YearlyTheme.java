package vn.plancheck.model;

import java.time.LocalDate;
import java.util.List;

/** Reference fact (rules/data/yearly-themes.csv): the official theme of a yearly event in one year, and its guidance. */
public final class YearlyTheme {
    private final String event;
    private final int year;
    private final String theme;
    private final List<String> guidance;
    private final LocalDate reportDeadline;

    public YearlyTheme(String event, int year, String theme, List<String> guidance, LocalDate reportDeadline) {
        this.event = event;
        this.year = year;
        this.theme = theme;
        this.guidance = List.copyOf(guidance);
        this.reportDeadline = reportDeadline;
    }

    /** The id of the event (yearly-events.csv). */
    public String getEvent() { return event; }
    public int getYear() { return year; }
    /** The official theme, exact text; null when only the guidance of the year is known. */
    public String getTheme() { return theme; }
    /** Number and symbol of the year's central guidance documents. */
    public List<String> getGuidance() { return guidance; }
    /** Comparison keys of the guidance documents. */
    public List<String> getGuidanceKeys() { return guidance.stream().map(Keys::of).toList(); }
    /** The report deadline set centrally, or null when none is known. */
    public LocalDate getReportDeadline() { return reportDeadline; }
}
