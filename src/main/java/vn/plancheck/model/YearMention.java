package vn.plancheck.model;

/** A year the plan names for its own event or work ("Tháng hành động vì trẻ em năm 2023", "công tác trẻ em năm 2024"). */
public class YearMention {
    private final int year;
    private final int line;
    private final String text;

    public YearMention(int year, int line, String text) {
        this.year = year;
        this.line = line;
        this.text = text;
    }

    public int getYear() { return year; }
    public int getLine() { return line; }
    /** The phrase as written. */
    public String getText() { return text; }
}
