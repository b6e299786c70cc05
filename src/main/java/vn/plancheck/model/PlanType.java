package vn.plancheck.model;

/** The kind of plan, which decides the sections and content it must have. */
public enum PlanType {
    /** A plan for the Month of Action for Children (Tháng hành động vì trẻ em). */
    ACTION_MONTH,
    /** An annual plan for child work (công tác trẻ em năm …). */
    ANNUAL_CHILD_WORK,
    /** A plan to carry out a directive or resolution (Thực hiện Chỉ thị …). */
    DIRECTIVE_IMPLEMENTATION,
    /** Any other plan. */
    OTHER
}
