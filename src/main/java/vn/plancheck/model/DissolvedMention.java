package vn.plancheck.model;

import java.time.LocalDate;

/** Derived fact: the plan names, as a current actor, a unit or province that no longer existed at its date. */
public class DissolvedMention {
    /** Where the plan names it: its issuer, the place of the date line, a unit given a task, "Nơi nhận", a report's recipient. */
    public enum Where { ISSUER, PLACE, ASSIGNED, RECIPIENTS, REPORT_RECIPIENT }

    private final String unit;
    private final String successor;
    private final LocalDate dissolvedOn;
    private final String basis;
    private final Where where;
    private final int line;
    private final String text;

    public DissolvedMention(String unit, String successor, LocalDate dissolvedOn, String basis, Where where, int line, String text) {
        this.unit = unit;
        this.successor = successor;
        this.dissolvedOn = dissolvedOn;
        this.basis = basis;
        this.where = where;
        this.line = line;
        this.text = text;
    }

    /** The unit as registered ("Sở Lao động - Thương binh và Xã hội", "tỉnh Bắc Giang"). */
    public String getUnit() { return unit; }
    public String getSuccessor() { return successor; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public String getBasis() { return basis; }
    /** Where it is named (the rule words it). */
    public Where getWhere() { return where; }
    public int getLine() { return line; }
    public String getText() { return text; }
    /** True when named as the place of issue in the date line. */
    public boolean isPlace() { return where == Where.PLACE; }
}
