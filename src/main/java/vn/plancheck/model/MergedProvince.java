package vn.plancheck.model;

import java.time.LocalDate;

/** Reference fact (rules/data/provinces.csv): a province merged into another on 01/7/2025. */
public class MergedProvince {
    private final String oldName;
    private final String newName;
    private final LocalDate effectiveDate;

    public MergedProvince(String oldName, String newName, LocalDate effectiveDate) {
        this.oldName = oldName;
        this.newName = newName;
        this.effectiveDate = effectiveDate;
    }

    /** The former province ("Bắc Giang"). */
    public String getOldName() { return oldName; }
    /** The province it now belongs to ("Bắc Ninh"). */
    public String getNewName() { return newName; }
    /** First day of the new province. */
    public LocalDate getEffectiveDate() { return effectiveDate; }
}
