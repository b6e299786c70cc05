package vn.plancheck.model;

/**
 * A year standing alone in the body that may name the year of an event or of the plan's own work ("… năm 2023"):
 * not inside a cited document, a date, a quarter, a range ("2021-2025"), a period ("giai đoạn", "nhiệm kỳ", "năm
 * học"), a target ("đến năm 2030") or a clause telling what was done ("năm 2024, toàn tỉnh đã …"). Which of them name
 * a yearly event is judged against rules/data/yearly-events.csv.
 */
public final class YearPhrase {
    private final int year;
    private final int line;
    private final String before;
    private final boolean basis;

    public YearPhrase(int year, int line, String before, boolean basis) {
        this.year = year;
        this.line = line;
        this.before = before;
        this.basis = basis;
    }

    public int getYear() { return year; }
    public int getLine() { return line; }
    /** The words before the year on its line, as written (up to 80 characters). */
    public String getBefore() { return before; }
    /** In the basis paragraph, before the first section. */
    public boolean isBasis() { return basis; }

    @Override
    public String toString() {
        return year + " after '" + before + "' line " + line;
    }
}
