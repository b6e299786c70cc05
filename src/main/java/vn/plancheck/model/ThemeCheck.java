package vn.plancheck.model;

/** Derived fact: the plan's theme compared with the official theme of its year. */
public class ThemeCheck {
    private final int year;
    private final String official;
    private final String written;
    private final boolean same;
    private final int line;
    private final Integer otherYear;

    public ThemeCheck(int year, String official, String written, boolean same, int line) {
        this(year, official, written, same, line, null);
    }

    public ThemeCheck(int year, String official, String written, boolean same, int line, Integer otherYear) {
        this.year = year;
        this.official = official;
        this.written = written;
        this.same = same;
        this.line = line;
        this.otherYear = otherYear;
    }

    public int getYear() { return year; }
    public String getOfficial() { return official; }
    public String getWritten() { return written; }
    /** Equal once punctuation, quotes, case, diacritics and OCR noise are ignored. */
    public boolean isSame() { return same; }
    public int getLine() { return line; }
    /** When the plan quotes the official theme of another year instead: that year; else null. */
    public Integer getOtherYear() { return otherYear; }
}
