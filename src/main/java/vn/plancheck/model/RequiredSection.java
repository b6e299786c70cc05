package vn.plancheck.model;

/** Reference fact (rules/data/required-sections.csv): a plan of this profile must have a section of this kind. */
public class RequiredSection {
    private final String profile;
    private final String section;
    private final String label;

    public RequiredSection(String profile, String section, String label) {
        this.profile = profile;
        this.section = section;
        this.label = label;
    }

    /** The profile id ("CHILD_ACTION_MONTH"). */
    public String getProfile() { return profile; }
    /** The section kind ("ORGANIZATION"), as in section-titles.csv. */
    public String getSection() { return section; }
    /** How the section is usually titled, for the message ("TỔ CHỨC THỰC HIỆN"). */
    public String getLabel() { return label; }
}
