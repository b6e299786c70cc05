package vn.plancheck.model;

/** Reference fact (rules/data/yearly-events.csv): an event or a kind of work held every year and named with its year. */
public final class YearlyEvent {
    private final String name;

    public YearlyEvent(String name) {
        this.name = name;
    }

    /** "Tháng hành động vì trẻ em", "Diễn đàn trẻ em". */
    public String getName() { return name; }
}
