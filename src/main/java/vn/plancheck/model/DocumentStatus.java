package vn.plancheck.model;

/** Whether a document could be read and checked. */
public enum DocumentStatus {
    CHECKED, UNREADABLE
}
