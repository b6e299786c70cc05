package vn.plancheck.model;

/**
 * Derived fact: a year the plan names for a yearly event ("Tháng hành động vì trẻ em năm 2023") or for its own
 * work ("xây dựng kế hoạch … năm 2024").
 */
public class YearMention {
    /** EVENT: a yearly event of rules/data/yearly-events.csv; OWN_WORK: the plans and work the plan asks for. */
    public enum Kind { EVENT, OWN_WORK }

    private final int year;
    private final int line;
    private final String text;
    private final Kind kind;

    public YearMention(int year, int line, String text) {
        this(year, line, text, Kind.EVENT);
    }

    public YearMention(int year, int line, String text, Kind kind) {
        this.year = year;
        this.line = line;
        this.text = text;
        this.kind = kind;
    }

    public int getYear() { return year; }
    public int getLine() { return line; }
    /** The phrase as written. */
    public String getText() { return text; }
    public Kind getKind() { return kind; }
}
