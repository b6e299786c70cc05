package vn.plancheck.model;

/** Rule categories; a rule ID starts with its category. */
public enum Category {
    FORM("Thể thức"), STRUCT("Bố cục"), REF("Văn bản viện dẫn"), UNIT("Đơn vị"), TIME("Thời gian"),
    REPORT("Báo cáo"), CONTENT("Nội dung"), LINK("Liên kết kế hoạch"), INPUT("Tệp đầu vào");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** Vietnamese label shown to users. */
    public String label() {
        return label;
    }
}
