package vn.plancheck.model;

/** A subordinate plan in the batch linked to the plan it implements. */
public class PlanLink {
    private final PlanRef parent;
    private final String childFile;
    private final String how;

    /** @param how Vietnamese: how the link was made ("chỉ định bằng --parent", "viện dẫn số, ngày của kế hoạch cấp trên") */
    public PlanLink(String parentFile, String childFile, String how) {
        this(new PlanRef(parentFile, null, null, null), childFile, how);
    }

    /** A link that knows the parent by its number, date and issuer (how an auditor names it). */
    public PlanLink(PlanRef parent, String childFile, String how) {
        this.parent = parent;
        this.childFile = childFile;
        this.how = how;
    }

    public String getParentFile() { return parent.file(); }
    /** The parent: its file, number, date and issuer. */
    public PlanRef getParent() { return parent; }
    public String getChildFile() { return childFile; }
    public String getHow() { return how; }
}
