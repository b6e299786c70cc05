package vn.plancheck.ingest;

import java.math.BigInteger;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walking WordprocessingML with a StAX reader, one element at a time: each method starts on an element's start tag;
 * {@link #nextChild} moves to the next child element or, returning false, to the element's end tag. What POI would
 * read otherwise (an attribute it needs that is missing, an element given twice) throws {@link DocxXml.Unsupported}.
 */
final class Xml {
    private Xml() {
    }

    /** Moves to the root element, which must be {@code w:name}. */
    static void root(XMLStreamReader x, String name) throws XMLStreamException {
        while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog
        }
        if (!x.isStartElement() || !isW(x, name)) {
            throw new DocxXml.Unsupported("root is not w:" + name);
        }
    }

    /** The next child element of the current one, or false on the current element's end tag. */
    static boolean nextChild(XMLStreamReader x) throws XMLStreamException {
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new DocxXml.Unsupported("unexpected end of part");
    }

    /**
     * The next child element in namespace {@code ns}, skipping (with their content) children of other namespaces
     * (markup-compatibility and vendor extensions); false at the parent's end tag.
     */
    static boolean nextChildIn(XMLStreamReader x, String ns) throws XMLStreamException {
        while (nextChild(x)) {
            if (ns.equals(x.getNamespaceURI())) {
                return true;
            }
            skip(x);
        }
        return false;
    }

    /** From a start tag to its end tag, whatever is inside. */
    static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static boolean isW(XMLStreamReader x, String name) {
        return name.equals(x.getLocalName()) && DocxPackage.W.equals(x.getNamespaceURI());
    }

    /** The {@code w:val} attribute, or null. */
    static String val(XMLStreamReader x) {
        return x.getAttributeValue(DocxPackage.W, "val");
    }

    /** A decimal-number attribute ({@code w:name}); null when absent and not {@code required}. */
    static BigInteger number(XMLStreamReader x, String name, boolean required) {
        String v = x.getAttributeValue(DocxPackage.W, name);
        if (v == null) {
            if (required) {
                throw new DocxXml.Unsupported("w:" + name + " missing");
            }
            return null;
        }
        try {
            return new BigInteger(v);
        } catch (NumberFormatException e) {
            throw new DocxXml.Unsupported("w:" + name + " is " + v);
        }
    }

    /** An on/off property: on without a value, else its value read as ListLabels reads it. */
    static boolean isOn(XMLStreamReader x) {
        String v = val(x);
        if (v == null || v.equals("true") || v.equals("on") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("off") || v.equals("0")) {
            return false;
        }
        throw new DocxXml.Unsupported("on/off value " + v);
    }

    /** Refuses a second occurrence of an element that may occur once. */
    static void once(Set<String> seen, String name) {
        if (!seen.add(name)) {
            throw new DocxXml.Unsupported(name + " twice");
        }
    }

    /** The numbering a {@code w:pPr} sets: {@code w:pStyle} and {@code w:numPr}; ends on its end tag. */
    static WordLists.Para paragraphProperties(XMLStreamReader x) throws XMLStreamException {
        Set<String> seen = new java.util.HashSet<>();
        String style = null;
        boolean hasNumPr = false;
        boolean numIdSet = false;
        BigInteger numId = null;
        Integer ilvl = null;
        while (nextChild(x)) {
            if (isW(x, "pStyle")) {
                once(seen, "pStyle");
                style = val(x);
                skip(x);
            } else if (isW(x, "numPr")) {
                once(seen, "numPr");
                hasNumPr = true;
                while (nextChild(x)) {
                    if (isW(x, "numId")) {
                        once(seen, "numId");
                        numIdSet = true;
                        numId = number(x, "val", false);
                    } else if (isW(x, "ilvl")) {
                        once(seen, "ilvl");
                        ilvl = number(x, "val", true).intValue();
                    }
                    skip(x);
                }
            } else {
                skip(x);
            }
        }
        return new WordLists.Para(hasNumPr, numIdSet, numId, ilvl, style);
    }

    /** The character data of an element without child elements; ends on its end tag. */
    static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                b.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return b.toString();
            } else if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new DocxXml.Unsupported("markup inside text");
            }
        }
    }
}
