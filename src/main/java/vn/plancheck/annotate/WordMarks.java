package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.List;

import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Puts a comment's range and a tracked change on a span of a paragraph's text, as Word writes them:
 * {@code w:commentRangeStart} before the first run of the span, {@code w:commentRangeEnd} after its last, then a
 * run holding {@code w:commentReference} (kept out of a hyperlink, so the comment mark does not become part of
 * the link); a correction as the old runs wrapped in {@code w:del} (their {@code w:t} turned into
 * {@code w:delText}) followed by a {@code w:ins} run with the same formatting. Runs are split where the span starts
 * or ends inside them.
 */
final class WordMarks {
    private WordMarks() {
    }

    /** Marks [span] of the paragraphs' text as the range of comment {@code id}. */
    static void comment(List<CTP> paragraphs, TextKey.Span span, long id) {
        List<CTR> runs = isolate(paragraphs, span);
        if (runs.isEmpty()) {
            // nothing visible to hold (an empty paragraph): the comment sits at the paragraph's end
            XmlObject start;
            try (var c = paragraphs.get(0).newCursor()) {
                c.toEndToken();
                start = WordXml.begin(c, "commentRangeStart", id);
            }
            XmlObject end = WordXml.insertAfter(start, "commentRangeEnd", id);
            reference(end, id);
            return;
        }
        WordXml.insertBefore(runs.get(0), "commentRangeStart", id);
        CTR last = runs.get(runs.size() - 1);
        XmlObject end = WordXml.insertAfter(last, "commentRangeEnd", id);
        XmlObject top = topLevel(last);
        reference(top == last ? end : top, id);
    }

    /**
     * Replaces [span] (all in one parent: a paragraph, a hyperlink…) by {@code replacement} as a tracked change of
     * {@code author}; returns false, changing nothing, when the span's runs do not share one parent.
     */
    static boolean replace(List<CTP> paragraphs, TextKey.Span span, String replacement, String author, String date,
                           long delId, long insId) {
        List<CTR> runs = isolate(paragraphs, span);
        if (runs.isEmpty()) {
            return false;
        }
        XmlObject parent = WordXml.parent(runs.get(0));
        for (CTR r : runs) {
            if (!sameNode(WordXml.parent(r), parent)) {
                return false;
            }
        }
        List<XmlObject> moved = siblingsFromTo(runs.get(0), runs.get(runs.size() - 1));
        XmlObject del = WordXml.insertBefore(runs.get(0), "del", delId);
        WordXml.attribute(del, "author", author);
        WordXml.attribute(del, "date", date);
        for (XmlObject x : moved) {
            if (x instanceof CTR r) {
                for (Runs.Atom a : Runs.atoms(r)) {
                    if (a.name().equals("t")) {
                        WordXml.rename(a.element(), "delText");
                    } else if (a.name().equals("instrText")) {
                        WordXml.rename(a.element(), "delInstrText");
                    }
                }
            }
            WordXml.append(del, x);
        }
        XmlObject ins = WordXml.insertAfter(del, "ins", insId);
        WordXml.attribute(ins, "author", author);
        WordXml.attribute(ins, "date", date);
        CTR first = (CTR) WordXml.children(del).stream().filter(x -> x instanceof CTR).findFirst().orElseThrow();
        try (var c = ins.newCursor()) {
            c.toEndToken();
            XmlObject run = WordXml.begin(c, "r", -1);
            if (first.getRPr() != null) {
                WordXml.appendCopy(run, first.getRPr());
            }
            try (var rc = run.newCursor()) {
                rc.toEndToken();
                XmlObject t = WordXml.begin(rc, "t", -1);
                Runs.setText(t, replacement);
            }
        }
        return true;
    }

    /**
     * The runs that show exactly [span]: a run the span starts or ends inside is split there first. The text is
     * read again after each split, since splitting changes which run holds which characters.
     */
    private static List<CTR> isolate(List<CTP> paragraphs, TextKey.Span span) {
        if (span.end() <= span.start()) {
            return List.of();
        }
        RunText text = RunText.of(paragraphs);
        RunText.Piece last = text.at(span.end() - 1);
        if (last != null && span.end() < last.end()) {
            Runs.split(last.run(), span.end() - last.start());
            text = RunText.of(paragraphs);
        }
        RunText.Piece first = text.at(span.start());
        if (first != null && span.start() > first.start()) {
            Runs.split(first.run(), span.start() - first.start());
            text = RunText.of(paragraphs);
        }
        List<CTR> out = new ArrayList<>();
        for (RunText.Piece p : text.within(span.start(), span.end())) {
            out.add(p.run());
        }
        return out;
    }

    /** The reference run right after {@code after}. */
    private static void reference(XmlObject after, long id) {
        try (var c = after.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            XmlObject run = WordXml.begin(c, "r", -1);
            try (var rc = run.newCursor()) {
                rc.toEndToken();
                WordXml.begin(rc, "commentReference", id);
            }
        }
    }

    /** The ancestor of {@code element} (or itself) that is a child of the paragraph. */
    private static XmlObject topLevel(XmlObject element) {
        XmlObject current = element;
        XmlObject parent = WordXml.parent(current);
        while (parent != null && !(parent instanceof CTP)) {
            current = parent;
            parent = WordXml.parent(current);
        }
        return current;
    }

    /** {@code first}, {@code last} and every sibling between them, in order. */
    private static List<XmlObject> siblingsFromTo(XmlObject first, XmlObject last) {
        List<XmlObject> out = new ArrayList<>();
        try (var c = first.newCursor()) {
            do {
                XmlObject x = c.getObject();
                out.add(x);
                if (sameNode(x, last)) {
                    break;
                }
            } while (c.toNextSibling());
        }
        return out;
    }

    private static boolean sameNode(XmlObject a, XmlObject b) {
        if (a == null || b == null) {
            return a == b;
        }
        try (var ca = a.newCursor(); var cb = b.newCursor()) {
            return ca.isAtSamePositionAs(cb);
        }
    }
}
