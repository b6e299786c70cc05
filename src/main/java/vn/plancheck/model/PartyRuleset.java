package vn.plancheck.model;

import java.time.LocalDate;

/**
 * Reference fact (rules/data/party-rulesets.csv): the party's rules on the form of its documents in force from a date
 * until the next ruleset's date (Hướng dẫn 36-HD/VPTW, then Quy định 399-QĐ/TW from 09/01/2026).
 */
public final class PartyRuleset {
    private final LocalDate from;
    private final LocalDate until;
    private final String name;

    public PartyRuleset(LocalDate from, LocalDate until, String name) {
        this.from = from;
        this.until = until;
        this.name = name;
    }

    public LocalDate getFrom() { return from; }
    /** The day the next ruleset takes over, or null for the one in force now. */
    public LocalDate getUntil() { return until; }
    /** "Hướng dẫn 36-HD/VPTW ngày 03/4/2018". */
    public String getName() { return name; }

    /** Whether the ruleset is the one in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return day != null && !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
