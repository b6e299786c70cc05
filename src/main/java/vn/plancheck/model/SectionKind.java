package vn.plancheck.model;

/** What a top-level section of a plan is about. */
public enum SectionKind {
    PURPOSE, CONTENT, TIMELINE, BUDGET, ORGANIZATION, REPORTING, OTHER
}
