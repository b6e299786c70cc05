package vn.plancheck.model;

/** What a reviewer decided about a finding (the "Xử lý" of the workbook, the {@code decision} of a decisions file). */
public enum DecisionStatus {
    /** "Đã sửa": the reviewer says it was corrected; a finding that is still there still counts. */
    FIXED("Đã sửa", false),
    /** "Bỏ qua": not a problem here (a false alarm); does not count. */
    IGNORED("Bỏ qua", true),
    /** "Chấp nhận": a problem the office accepts as it is; does not count. */
    ACCEPTED("Chấp nhận", true);

    /** The workbook's value for a finding nobody has decided on yet. */
    public static final String UNDECIDED_LABEL = "Mới";

    private final String label;
    private final boolean dismisses;

    DecisionStatus(String label, boolean dismisses) {
        this.label = label;
        this.dismisses = dismisses;
    }

    /** Vietnamese label, as the reviewer picks it in the workbook. */
    public String label() {
        return label;
    }

    /** True when a finding so decided is left out of the counts, the verdict and the exit code. */
    public boolean dismisses() {
        return dismisses;
    }
}
