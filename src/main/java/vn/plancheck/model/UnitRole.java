package vn.plancheck.model;

/** The part a unit plays in carrying out the plan. */
public enum UnitRole {
    /** Leads, advises (tham mưu), summarises or reports. */
    LEAD,
    /** Cooperates (phối hợp). */
    SUPPORT,
    /** Named without an assigned role. */
    MENTIONED
}
