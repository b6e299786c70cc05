package vn.plancheck.model;

/** Rule categories; a rule ID starts with its category. */
public enum Category {
    FORM("Thể thức"), STRUCT("Bố cục"), REF("Văn bản viện dẫn"), UNIT("Đơn vị"), TIME("Thời gian"),
    REPORT("Báo cáo"), CONTENT("Nội dung"), LINK("Liên kết kế hoạch"), INPUT("Tệp đầu vào"),
    /** A rule file at fault, not the document: a rule that threw, looped or ran out of time on it. */
    RULE("Lỗi quy tắc");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** Vietnamese label shown to users. */
    public String label() {
        return label;
    }
}
