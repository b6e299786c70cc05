package vn.plancheck.model;

/**
 * Derived fact for a Month of Action plan whose year has no official theme in rules/data/action-month.csv (so
 * {@link ThemeCheck} cannot compare it): the quoted theme is another year's official theme ({@code otherYear}), or,
 * with {@code otherYear} null, the theme could not be checked at all.
 */
public final class ThemeElsewhere {
    private final int planYear;
    private final Integer otherYear;
    private final String otherTheme;
    private final String written;
    private final int line;

    public ThemeElsewhere(int planYear, Integer otherYear, String otherTheme, String written, int line) {
        this.planYear = planYear;
        this.otherYear = otherYear;
        this.otherTheme = otherTheme;
        this.written = written;
        this.line = line;
    }

    public int getPlanYear() { return planYear; }
    /** The year whose official theme the plan quotes, or null (the theme could not be checked). */
    public Integer getOtherYear() { return otherYear; }
    /** The official theme of {@link #getOtherYear()}, or null. */
    public String getOtherTheme() { return otherTheme; }
    /** The theme as quoted. */
    public String getWritten() { return written; }
    public int getLine() { return line; }
}
