package vn.plancheck.model;

import java.util.List;

/**
 * Something in the body that may be left over from a model document: words joined by "/" ("tỉnh/thành phố",
 * "Thành ủy/Tỉnh ủy") or a blank to fill in ("[tên đơn vị]", "XXX", "ngày …/…/20…"). Whether words joined by "/"
 * are alternatives of a level or a body is judged against rules/data/template-words.csv.
 */
public final class TemplateMark {
    /** ALTERNATIVE: words joined by "/"; PLACEHOLDER: a blank or a bracketed instruction of a model document. */
    public enum Kind { ALTERNATIVE, PLACEHOLDER }

    private final Kind kind;
    private final int line;
    private final String text;
    private final List<String> parts;

    public TemplateMark(Kind kind, int line, String text, List<String> parts) {
        this.kind = kind;
        this.line = line;
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    public Kind getKind() { return kind; }
    public int getLine() { return line; }
    /** The words as written (for an ALTERNATIVE, with a few words on each side). */
    public String getText() { return text; }
    /**
     * For an ALTERNATIVE, the pieces between the slashes: the first is the words before the first "/" (up to five),
     * the last the words after the last "/" (up to three); empty for a PLACEHOLDER.
     */
    public List<String> getParts() { return parts; }

    @Override
    public String toString() {
        return kind + " '" + text + "' line " + line;
    }
}
