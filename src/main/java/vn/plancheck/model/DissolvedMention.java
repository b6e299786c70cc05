package vn.plancheck.model;

import java.time.LocalDate;

/** Derived fact: the plan names, as a current actor, a unit or province that no longer existed at its date. */
public class DissolvedMention {
    private final String unit;
    private final String successor;
    private final LocalDate dissolvedOn;
    private final String basis;
    private final String where;
    private final int line;
    private final String text;

    public DissolvedMention(String unit, String successor, LocalDate dissolvedOn, String basis, String where, int line, String text) {
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
    /** Where it is named, in Vietnamese ("nơi nhận", "đơn vị chủ trì", "nơi gửi báo cáo", "địa danh"). */
    public String getWhere() { return where; }
    public int getLine() { return line; }
    public String getText() { return text; }
    /** True when named as the place of issue in the date line. */
    public boolean isPlace() { return "địa danh".equals(where); }
}
