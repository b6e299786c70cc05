package vn.plancheck.model;

import java.time.LocalDate;

/** A date or period written in the plan body. */
public class DateMention {
    /** DATE: one day; PERIOD: from … to …; QUARTER: "Quý I - IV/2024"; SCHOOL_YEAR: "năm học 2023-2024"; YEAR_RANGE: "giai đoạn 2021-2030". */
    public enum Kind { DATE, PERIOD, QUARTER, SCHOOL_YEAR, YEAR_RANGE }

    private Kind kind;
    private LocalDate start;
    private LocalDate end;
    private boolean valid = true;
    private DateProblem problem;
    private int line;
    private String text;

    public DateMention() {
    }

    public DateMention(Kind kind, LocalDate start, LocalDate end, int line, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.text = text;
    }

    public static DateMention invalid(DateProblem problem, int line, String text) {
        DateMention m = new DateMention(Kind.DATE, null, null, line, text);
        m.valid = false;
        m.problem = problem;
        return m;
    }

    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    /** First day (the day itself for DATE); null when invalid. */
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    /** Last day (the day itself for DATE); null when invalid. */
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    /** False for an impossible date such as 31/6/2024. */
    public boolean isValid() { return valid; }
    public void setValid(boolean valid) { this.valid = valid; }
    /** Why the date is impossible (the rule words it), or null for a valid date. */
    public DateProblem getProblem() { return problem; }
    public void setProblem(DateProblem problem) { this.problem = problem; }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    /** The date as written. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    @Override
    public String toString() {
        return kind + " " + start + ".." + end + (valid ? "" : " INVALID(" + problem + ")") + " '" + text + "' line " + line;
    }
}
