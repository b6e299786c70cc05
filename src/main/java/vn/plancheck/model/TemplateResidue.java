package vn.plancheck.model;

/** Derived fact: a leftover of a model document in the plan (see {@link TemplateMark}), confirmed against the data. */
public final class TemplateResidue {
    private final boolean alternative;
    private final int line;
    private final String text;

    public TemplateResidue(boolean alternative, int line, String text) {
        this.alternative = alternative;
        this.line = line;
        this.text = text;
    }

    /** True for alternatives of a level or a body ("tỉnh/thành phố"); false for a blank to fill in. */
    public boolean isAlternative() { return alternative; }
    public int getLine() { return line; }
    /** The leftover as written: "Thành ủy/Tỉnh ủy", "[tên đơn vị]", "ngày …/…/20…". */
    public String getText() { return text; }
}
