package vn.plancheck.model;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** Must be fixed before the plan is signed. */
    ERROR("Lỗi"),
    /** Very likely wrong. */
    WARNING("Cảnh báo"),
    /** Worth a look. */
    INFO("Thông tin");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Vietnamese label shown to users. */
    public String label() {
        return label;
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** One step less serious (ERROR to WARNING, WARNING to INFO); INFO stays INFO. */
    public Severity downgraded() {
        return this == INFO ? INFO : values()[ordinal() + 1];
    }
}
