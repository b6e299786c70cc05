package vn.plancheck.model;

import java.util.List;

/** A numbered heading or item of the plan body: "II. NỘI DUNG", "1.", "2.3.1.", "a)". */
public class Section {
    private String number;
    private int level;
    private int ordinal;
    private String title;
    private List<String> kinds = List.of();
    private int line;
    private String parentNumber;

    public Section() {
    }

    public Section(String number, int level, int ordinal, String title, int line) {
        this.number = number;
        this.level = level;
        this.ordinal = ordinal;
        this.title = title;
        this.line = line;
    }

    /** The label as written, normalised: "I", "II", "1", "2.3", "a". */
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }

    /** Depth: 1 = Roman numeral section, 2 = "1.", 3 = "1.1." or "a)", and so on. */
    public int getLevel() { return level; }
    public void setLevel(int level) { this.level = level; }

    /** Numeric value of the last label component (II = 2, "2.3" = 3, "b" = 2). */
    public int getOrdinal() { return ordinal; }
    public void setOrdinal(int ordinal) { this.ordinal = ordinal; }

    /** Heading text after the label. */
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }

    /**
     * What a top-level section is about (section-titles.csv: "PURPOSE", "ORGANIZATION"; two for "THỜI GIAN VÀ TRÁCH
     * NHIỆM THỰC HIỆN"); empty for lower levels and for headings the data does not name.
     */
    public List<String> getKinds() { return kinds; }
    public void setKinds(List<String> kinds) { this.kinds = List.copyOf(kinds); }

    /** The first kind, or "OTHER". */
    public String getKind() { return kinds.isEmpty() ? "OTHER" : kinds.get(0); }

    /** Source line of the heading. */
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }

    /** Number of the enclosing section, or null at the top level. */
    public String getParentNumber() { return parentNumber; }
    public void setParentNumber(String parentNumber) { this.parentNumber = parentNumber; }

    @Override
    public String toString() {
        return number + ". " + title + " [" + kinds + ", line " + line + "]";
    }
}
