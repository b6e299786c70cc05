package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The visible text of a few consecutive Word paragraphs, each character mapped to the run that shows it; the
 * paragraphs are joined by a line break. Runs are found where Word keeps them: directly in the paragraph, or inside
 * a hyperlink, a simple field, a smart tag, a content control, an insertion. Deleted text ({@code w:del}) is not
 * visible and is skipped, and so are drawings and text boxes, whose paragraphs are not the body's. Built again
 * after every edit: it is a snapshot.
 */
final class RunText {
    /** Elements whose runs show as part of the paragraph's text. */
    private static final Set<String> CONTAINERS = Set.of("hyperlink", "fldSimple", "smartTag", "customXml", "sdt",
            "sdtContent", "ins", "moveTo", "dir", "bdo");

    /** A run and the characters [start, end) of the joined text it shows. */
    record Piece(CTR run, int start, int end) {
    }

    private final List<CTP> paragraphs;
    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private final int[] paragraphStart;
    private final int[] paragraphEnd;
    /** Where each comment range starts and ends in the text, by comment id. */
    private final Map<String, Integer> rangeStarts = new HashMap<>();
    private final Map<String, Integer> rangeEnds = new HashMap<>();

    private RunText(List<CTP> paragraphs) {
        this.paragraphs = paragraphs;
        this.paragraphStart = new int[paragraphs.size()];
        this.paragraphEnd = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            paragraphStart[i] = text.length();
            walk(paragraphs.get(i));
            paragraphEnd[i] = text.length();
        }
    }

    static RunText of(List<CTP> paragraphs) {
        return new RunText(paragraphs);
    }

    private void walk(XmlObject container) {
        for (XmlObject child : WordXml.children(container)) {
            String name = WordXml.name(child);
            if (child instanceof CTR run) {
                String shown = Runs.text(run);
                pieces.add(new Piece(run, text.length(), text.length() + shown.length()));
                text.append(shown);
            } else if (name.equals("commentRangeStart")) {
                rangeStarts.put(id(child), text.length());
            } else if (name.equals("commentRangeEnd")) {
                rangeEnds.put(id(child), text.length());
            } else if (CONTAINERS.contains(name)) {
                walk(child);
            }
        }
    }

    private static String id(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            String v = c.getAttributeText(WordXml.ID);
            return v == null ? "" : v;
        }
    }

    String text() {
        return text.toString();
    }

    List<CTP> paragraphs() {
        return paragraphs;
    }

    List<Piece> pieces() {
        return pieces;
    }

    int paragraphStart(int i) {
        return paragraphStart[i];
    }

    int paragraphEnd(int i) {
        return paragraphEnd[i];
    }

    /** The span of an existing comment's range, or null. */
    TextKey.Span commentRange(String id) {
        Integer s = rangeStarts.get(id);
        Integer e = rangeEnds.get(id);
        return s == null || e == null || e < s ? null : new TextKey.Span(s, e);
    }

    /** The non-empty pieces inside [start, end), in order. */
    List<Piece> within(int start, int end) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.start() >= start && p.end() <= end && p.end() > p.start()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The piece whose characters include {@code offset}, or null. */
    Piece at(int offset) {
        for (Piece p : pieces) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return null;
    }
}
