package vn.plancheck.model;

/** What a reviewer should do with a document, from its findings. */
public enum Verdict {
    /** No error and no warning. */
    PASS,
    /** Warnings only: worth revising. */
    REVISE,
    /** At least one error: must be revised before it is signed. */
    MUST_REVISE,
    /** The file could not be read. */
    UNREADABLE,
    /** The document is not a plan (a decision, a letter, a report…): no plan finding applies. */
    NOT_A_PLAN;

    /** The rule that says a document is not a plan. */
    public static final String NOT_A_PLAN_RULE = "INPUT-NOT-A-PLAN";
}
