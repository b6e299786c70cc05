package vn.plancheck.model;

import java.util.List;

/**
 * Reference word (rules/data/abbreviations.csv): ways of writing a part of a body's name short ("UBND", "BTT",
 * "LĐ-TB&XH"), so that a report's recipient meets its entry in "Nơi nhận" however either is written.
 */
public class Abbreviation {
    private final String expansion;
    private final List<String> forms;

    public Abbreviation(String expansion, List<String> forms) {
        this.expansion = expansion;
        this.forms = List.copyOf(forms);
    }

    /** The words in full ("Ủy ban nhân dân"). */
    public String getExpansion() { return expansion; }
    /** The short forms ("UBND"); spaces, "-", "&" and "." inside a form are optional in the text. */
    public List<String> getForms() { return forms; }
}
