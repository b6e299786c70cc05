package vn.plancheck.model;

/** Which formatting regime governs the document. */
public enum DocSystem {
    /** State bodies: Nghị định 30/2020/NĐ-CP. */
    STATE,
    /** Party bodies: Hướng dẫn 36-HD/VPTW (to 2025), Quy định 399-QĐ/TW (from 2026). */
    PARTY
}
