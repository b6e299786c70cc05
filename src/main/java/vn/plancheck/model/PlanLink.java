package vn.plancheck.model;

/** A subordinate plan in the batch linked to the plan it implements. */
public class PlanLink {
    private final String parentFile;
    private final String childFile;
    private final String how;

    /** @param how Vietnamese: how the link was made ("chỉ định bằng --parent", "viện dẫn số, ngày của kế hoạch cấp trên") */
    public PlanLink(String parentFile, String childFile, String how) {
        this.parentFile = parentFile;
        this.childFile = childFile;
        this.how = how;
    }

    public String getParentFile() { return parentFile; }
    public String getChildFile() { return childFile; }
    public String getHow() { return how; }
}
