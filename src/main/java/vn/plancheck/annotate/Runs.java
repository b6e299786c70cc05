package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.List;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;

/**
 * The text of a Word run ({@code w:r}) as its parts ("atoms": {@code w:t}, a tab, a break…) and the one edit the
 * copy needs on it: splitting a run in two at a character, so that a comment or a revision can start or end
 * inside what was one run. Both halves keep the run's properties, so the text looks exactly as before.
 */
final class Runs {
    private Runs() {
    }

    /** One child of a run and the characters it shows (none for properties, field codes, drawings…). */
    record Atom(XmlObject element, String name, String text) {
    }

    static List<Atom> atoms(XmlObject run) {
        List<Atom> out = new ArrayList<>();
        for (XmlObject child : WordXml.children(run)) {
            String name = WordXml.name(child);
            out.add(new Atom(child, name, shown(child, name)));
        }
        return out;
    }

    static String text(XmlObject run) {
        StringBuilder b = new StringBuilder();
        for (Atom a : atoms(run)) {
            b.append(a.text());
        }
        return b.toString();
    }

    /** What a child of a run shows, as XWPF's paragraph text has it (tab, line break, non-breaking hyphen). */
    private static String shown(XmlObject child, String name) {
        return switch (name) {
            case "t" -> textOf(child);
            case "tab", "ptab" -> "\t";
            case "br", "cr" -> "\n";
            case "noBreakHyphen" -> "\u2011";
            case "softHyphen" -> "\u00AD";
            default -> "";
        };
    }

    private static String textOf(XmlObject t) {
        try (XmlCursor c = t.newCursor()) {
            return c.getTextValue();
        }
    }

    /**
     * Splits {@code run} before its character {@code at} (0 &lt; at &lt; its length): a copy holding the characters
     * before goes right before it, and the run itself keeps the rest. Returns the copy.
     */
    static CTR split(CTR run, int at) {
        try (XmlCursor from = run.newCursor(); XmlCursor to = run.newCursor()) {
            from.copyXml(to);
        }
        CTR before;
        try (XmlCursor c = run.newCursor()) {
            c.toPrevSibling();
            before = (CTR) c.getObject();
        }
        keep(before, 0, at);
        keep(run, at, Integer.MAX_VALUE);
        return before;
    }

    /**
     * Keeps the characters [from, to) of a run. Children are kept in document order: properties always, a child
     * that shows nothing on the side of the cut where it stands, text cut at the boundary.
     */
    private static void keep(XmlObject run, int from, int to) {
        int offset = 0;
        for (Atom a : atoms(run)) {
            int start = offset;
            int end = offset + a.text().length();
            offset = end;
            if (a.name().equals("rPr")) {
                continue;
            }
            boolean inside = a.text().isEmpty() ? start >= from && start < to : end > from && start < to;
            if (!inside) {
                WordXml.remove(a.element());
            } else if (a.name().equals("t") && (start < from || end > to)) {
                setText(a.element(), a.text().substring(Math.max(0, from - start), Math.min(a.text().length(), to - start)));
            }
        }
    }

    /** Sets a {@code w:t}'s text, keeping its spaces (without xml:space="preserve" Word drops a leading space). */
    static void setText(XmlObject t, String text) {
        CTText ct = (CTText) t;
        ct.setStringValue(text);
        ct.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
