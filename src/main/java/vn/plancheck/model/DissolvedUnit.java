package vn.plancheck.model;

import java.time.LocalDate;
import java.util.List;

/** Reference fact (rules/data/dissolved-units.csv, provinces.csv): a unit that no longer exists from a date. */
public class DissolvedUnit {
    private final String unit;
    private final List<String> aliases;
    private final LocalDate dissolvedOn;
    private final String successor;
    private final String basis;

    public DissolvedUnit(String unit, List<String> aliases, LocalDate dissolvedOn, String successor, String basis) {
        this.unit = unit;
        this.aliases = List.copyOf(aliases);
        this.dissolvedOn = dissolvedOn;
        this.successor = successor;
        this.basis = basis;
    }

    public String getUnit() { return unit; }
    /** How documents write it (matched without diacritics or case). */
    public List<String> getAliases() { return aliases; }
    /** First day the unit no longer exists. */
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    /** Who took over. */
    public String getSuccessor() { return successor; }
    /** The document that dissolved or merged it. */
    public String getBasis() { return basis; }
}
