package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Small helpers over the WordprocessingML tree. The reviewer's copy edits runs, comment marks and revisions
 * where POI's XWPF classes have no operation for them (splitting a run, wrapping runs in {@code w:del}), so it
 * works on the XML through cursors; every element it creates is one Word itself writes.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final QName ID = w("id");

    private WordXml() {
    }

    static QName w(String local) {
        return new QName(W, local);
    }

    /** The element's local name in the WordprocessingML namespace, or "" for anything else. */
    static String name(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            QName q = c.getName();
            return q != null && W.equals(q.getNamespaceURI()) ? q.getLocalPart() : "";
        }
    }

    /** The child elements, in order. */
    static List<XmlObject> children(XmlObject element) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = element.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    out.add(c.getObject());
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    /** The parent element. */
    static XmlObject parent(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            return c.toParent() ? c.getObject() : null;
        }
    }

    /** Inserts an empty {@code w:<local>} with {@code w:id} right before {@code element}; returns it. */
    static XmlObject insertBefore(XmlObject element, String local, long id) {
        try (XmlCursor c = element.newCursor()) {
            return begin(c, local, id);
        }
    }

    /** Inserts an empty {@code w:<local>} with {@code w:id} right after {@code element}; returns it. */
    static XmlObject insertAfter(XmlObject element, String local, long id) {
        try (XmlCursor c = element.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            return begin(c, local, id);
        }
    }

    /** Creates {@code w:<local>} at the cursor (with {@code w:id} when id ≥ 0) and returns it. */
    static XmlObject begin(XmlCursor c, String local, long id) {
        c.beginElement(w(local));
        if (id >= 0) {
            c.insertAttributeWithValue(ID, Long.toString(id));
        }
        c.toParent();
        return c.getObject();
    }

    /** Adds an attribute {@code w:<local>} to a new, still empty element. */
    static void attribute(XmlObject element, String local, String value) {
        try (XmlCursor c = element.newCursor()) {
            c.toNextToken();
            c.insertAttributeWithValue(w(local), value);
        }
    }

    /** Moves {@code element} to the end of {@code container}. */
    static void append(XmlObject container, XmlObject element) {
        try (XmlCursor from = element.newCursor(); XmlCursor to = container.newCursor()) {
            to.toEndToken();
            from.moveXml(to);
        }
    }

    /** Copies {@code element} to the end of {@code container}. */
    static void appendCopy(XmlObject container, XmlObject element) {
        try (XmlCursor from = element.newCursor(); XmlCursor to = container.newCursor()) {
            to.toEndToken();
            from.copyXml(to);
        }
    }

    static void remove(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            c.removeXml();
        }
    }

    static void rename(XmlObject element, String local) {
        try (XmlCursor c = element.newCursor()) {
            c.setName(w(local));
        }
    }

    /** The largest {@code w:id} in the part, so that new comments and revisions get ids of their own. */
    static long maxId(XmlObject root) {
        long max = -1;
        try (XmlCursor c = root.newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (c.isAttr() && ID.equals(c.getName())) {
                    try {
                        max = Math.max(max, Long.parseLong(c.getTextValue().strip()));
                    } catch (NumberFormatException e) {
                        // ids of other kinds (a w14 paraId is another attribute) are not ours to count
                    }
                }
            }
        }
        return max;
    }
}
