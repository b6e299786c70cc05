package vn.plancheck.model;

/** Derived fact: the plan's theme compared with the official theme of its year. */
public class ThemeCheck {
    private final int year;
    private final String official;
    private final String written;
    private final boolean same;
    private final int line;

    public ThemeCheck(int year, String official, String written, boolean same, int line) {
        this.year = year;
        this.official = official;
        this.written = written;
        this.same = same;
        this.line = line;
    }

    public int getYear() { return year; }
    public String getOfficial() { return official; }
    public String getWritten() { return written; }
    /** Equal once punctuation, quotes, case, diacritics and OCR noise are ignored. */
    public boolean isSame() { return same; }
    public int getLine() { return line; }
}
