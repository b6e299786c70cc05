package vn.plancheck.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Reference fact (rules/data/yearly-events.csv): an event or a kind of work held every year and named with its year;
 * an event a plan profile organises also has an id, its yearly period and the hotline its plans should name.
 */
public final class YearlyEvent {
    private final String name;
    private final String id;
    private final MonthDay periodStart;
    private final MonthDay periodEnd;
    private final String hotline;
    private final String hotlineName;
    private final String basis;

    public YearlyEvent(String name) {
        this(name, null, null, null, null, null, null);
    }

    public YearlyEvent(String name, String id, MonthDay periodStart, MonthDay periodEnd, String hotline, String hotlineName,
                       String basis) {
        this.name = name;
        this.id = id;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.hotline = hotline;
        this.hotlineName = hotlineName;
        this.basis = basis;
    }

    /** "Tháng hành động vì trẻ em", "Diễn đàn trẻ em". */
    public String getName() { return name; }
    /** "CHILD_ACTION_MONTH", or null for an event no profile organises. */
    public String getId() { return id; }
    /** Whether the event has a fixed yearly period. */
    public boolean isPeriodic() { return periodStart != null && periodEnd != null; }
    /** First day of the event in {@code year}, or null. */
    public LocalDate startIn(int year) { return periodStart == null ? null : periodStart.atYear(year); }
    /** Last day of the event in {@code year} (a period that wraps the new year ends in the next), or null. */
    public LocalDate endIn(int year) {
        if (periodEnd == null) {
            return null;
        }
        LocalDate end = periodEnd.atYear(year);
        return periodStart != null && end.isBefore(startIn(year)) ? periodEnd.atYear(year + 1) : end;
    }
    /** "111", or null. */
    public String getHotline() { return hotline; }
    /** "Tổng đài điện thoại quốc gia bảo vệ trẻ em", or null. */
    public String getHotlineName() { return hotlineName; }
    /** The document that sets the period, or null. */
    public String getBasis() { return basis; }
}
