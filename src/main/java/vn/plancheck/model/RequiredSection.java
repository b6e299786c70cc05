package vn.plancheck.model;

/** Reference fact (rules/data/required-sections.csv): a plan of this type must have a section of this kind. */
public class RequiredSection {
    private final PlanType planType;
    private final SectionKind kind;
    private final String label;

    public RequiredSection(PlanType planType, SectionKind kind, String label) {
        this.planType = planType;
        this.kind = kind;
        this.label = label;
    }

    public PlanType getPlanType() { return planType; }
    public SectionKind getKind() { return kind; }
    /** How the section is usually titled, for the message ("TỔ CHỨC THỰC HIỆN"). */
    public String getLabel() { return label; }
    /** The kind's name, for comparisons in rules. */
    public String getKindName() { return kind.name(); }
}
