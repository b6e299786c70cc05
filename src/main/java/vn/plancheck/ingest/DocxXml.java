package vn.plancheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.LocaleUtil;

import vn.plancheck.model.Location;

/**
 * A .docx read with StAX over its zip entries, giving exactly the lines {@link DocxReader} gets through POI's
 * XWPFDocument, in a fraction of the time (no XMLBeans model: POI took 0.4–0.5 s of a single-draft check, most of it
 * loading the schema types). It reads what DocxReader reads — body paragraphs and tables in order, each cell's
 * paragraphs, merged cells once, Word numbering rebuilt ({@link WordLists}) — and a paragraph's text as POI's
 * {@code XWPFParagraph.getText()} builds it: the runs, also inside hyperlinks and simple fields, their text, tabs,
 * breaks and non-breaking hyphens, capitals where the run says so, no field codes, no deleted runs.
 *
 * <p>What it does not read the way POI does is refused: content controls, tracked changes, smart tags, footnote and
 * endnote references (POI appends the note's text), form check boxes, ruby text, a body table without rows, and
 * anything unusual in the package ({@link DocxPackage}). {@link #read} then returns null and the document goes
 * through POI; the two never disagree on what they both read (the tests compare them on every fixture).
 */
final class DocxXml {
    /** What XWPFRun writes for a footnote or endnote reference; not document text (as in DocxReader). */
    private static final Pattern NOTE_REF = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");
    /** Paragraph content POI reads in a way this reader does not follow. */
    private static final Set<String> REFUSED_IN_PARAGRAPH = Set.of("sdt", "ins", "del", "moveFrom", "moveTo", "smartTag");
    /** Run content POI turns into text this reader does not write. */
    private static final Set<String> REFUSED_IN_RUN = Set.of("footnoteReference", "endnoteReference", "ruby");

    /** A construct POI reads otherwise: the document goes through POI instead. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final XMLStreamReader x;
    private final WordLists lists;
    private final TextLines lines = new TextLines();
    private int paragraphs;
    private int tables;

    private DocxXml(XMLStreamReader x, WordLists lists) {
        this.x = x;
        this.lists = lists;
    }

    /** The document's lines as DocxReader gets them from POI, or null when it must go through POI. */
    static SourceText read(Path file, String displayName) throws UnreadableDocumentException {
        try (DocxPackage pkg = DocxPackage.open(file)) {
            if (pkg == null) {
                return null;
            }
            XMLStreamReader x = pkg.reader(pkg.document());
            try {
                DocxXml walk = new DocxXml(x, WordLists.of(pkg));
                walk.document();
                if (walk.lines.letters() < DocxReader.MAX_LETTERS_OF_A_SCAN && pkg.hasPicture(DocxReader.MIN_PICTURE_BYTES)) {
                    return null;    // maybe a scan pasted into Word: POI's reader finds its pictures and reads them by OCR
                }
                return walk.lines.build(displayName, "docx");
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) { // Unsupported among them
            return null;
        }
    }

    private void document() throws XMLStreamException {
        Xml.root(x, "document");
        boolean body = false;
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "body") && !body) {
                body = true;
                body();
            } else if (Xml.isW(x, "body")) {
                throw new Unsupported("two bodies");
            } else {
                Xml.skip(x);
            }
        }
    }

    private void body() throws XMLStreamException {
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "p")) {
                paragraph(Location.paragraph(++paragraphs));
            } else if (Xml.isW(x, "tbl")) {
                table(++tables);
            } else if (Xml.isW(x, "sdt")) {
                throw new Unsupported("content control");
            } else {
                Xml.skip(x);
            }
        }
    }

    private void table(int tableNumber) throws XMLStreamException {
        int r = 0;
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "tr")) {
                r++;
                int c = 0;
                while (Xml.nextChild(x)) {
                    if (Xml.isW(x, "tc")) {
                        cell(Location.cell(tableNumber, r, ++c), true);
                    } else {
                        Xml.skip(x);
                    }
                }
            } else {
                Xml.skip(x);
            }
        }
        if (r == 0) {
            throw new Unsupported("table without rows"); // POI gives it an empty row
        }
    }

    /**
     * A cell's paragraphs, then its nested tables' cells, at the outer cell's location; the lower parts of a vertically
     * merged cell ({@code mergedOnce}: only for the cells of a body table, as DocxReader does) are skipped.
     */
    private void cell(Location location, boolean mergedOnce) throws XMLStreamException {
        boolean content = false;
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "tcPr")) {
                if (content) {
                    throw new Unsupported("cell properties after content");
                }
                boolean merged = mergedContinuation();
                if (mergedOnce && merged) {
                    Xml.skip(x); // the rest of the cell
                    return;
                }
            } else if (Xml.isW(x, "p")) {
                content = true;
                paragraph(location);
            } else if (Xml.isW(x, "tbl")) {
                content = true;
                while (Xml.nextChild(x)) {
                    if (Xml.isW(x, "tr")) {
                        while (Xml.nextChild(x)) {
                            if (Xml.isW(x, "tc")) {
                                cell(location, false);
                            } else {
                                Xml.skip(x);
                            }
                        }
                    } else {
                        Xml.skip(x);
                    }
                }
            } else if (Xml.isW(x, "sdt")) {
                throw new Unsupported("content control in a cell");
            } else {
                Xml.skip(x);
            }
        }
    }

    /** Reads a {@code w:tcPr}: whether it marks the lower part of a vertically merged cell. */
    private boolean mergedContinuation() throws XMLStreamException {
        boolean continuation = false;
        Set<String> seen = new HashSet<>();
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "vMerge")) {
                Xml.once(seen, "vMerge");
                String v = Xml.val(x);
                if (v != null && !v.equals("continue") && !v.equals("restart")) {
                    throw new Unsupported("vMerge " + v);
                }
                continuation = v == null || v.equals("continue");
            }
            Xml.skip(x);
        }
        return continuation;
    }

    private void paragraph(Location location) throws XMLStreamException {
        WordLists.Para props = WordLists.Para.NONE;
        boolean propsSeen = false;
        StringBuilder text = new StringBuilder();
        while (Xml.nextChild(x)) {
            String name = x.getLocalName();
            if (!DocxPackage.W.equals(x.getNamespaceURI())) {
                Xml.skip(x);
            } else if (name.equals("pPr")) {
                if (propsSeen) {
                    throw new Unsupported("pPr twice");
                }
                propsSeen = true;
                props = Xml.paragraphProperties(x);
            } else if (name.equals("r")) {
                run(text);
            } else if (name.equals("hyperlink") || name.equals("fldSimple")) {
                while (Xml.nextChild(x)) {
                    if (Xml.isW(x, "r")) {
                        run(text);
                    } else {
                        Xml.skip(x); // POI takes only the runs directly inside
                    }
                }
            } else if (REFUSED_IN_PARAGRAPH.contains(name)) {
                throw new Unsupported(name);
            } else {
                Xml.skip(x);
            }
        }
        String label = lists.labelFor(props);
        String clean = NOTE_REF.matcher(text).replaceAll("");
        lines.addSplit(label.isEmpty() ? clean : label + " " + clean, location);
    }

    /** Appends a run's text as XWPFRun.toString() writes it, unless the run is deleted text. */
    private void run(StringBuilder out) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean capitals = false;
        boolean deleted = false;
        boolean propsSeen = false;
        while (Xml.nextChildIn(x, DocxPackage.W)) {
            String name = x.getLocalName();
            switch (name) {
                case "rPr" -> {
                    if (propsSeen || text.length() > 0) {
                        throw new Unsupported("run properties twice or late");
                    }
                    propsSeen = true;
                    capitals = capitals();
                }
                case "t", "delText" -> {
                    deleted |= name.equals("delText");
                    String t = Xml.text(x);
                    text.append(capitals ? t.toUpperCase(LocaleUtil.getUserLocale()) : t);
                }
                case "tab", "ptab" -> {
                    text.append('\t');
                    Xml.skip(x);
                }
                case "br", "cr" -> {
                    text.append('\n');
                    Xml.skip(x);
                }
                case "noBreakHyphen" -> {
                    text.append('\u2011');
                    Xml.skip(x);
                }
                case "fldChar" -> fieldChar();
                default -> {
                    if (REFUSED_IN_RUN.contains(name)) {
                        throw new Unsupported(name);
                    }
                    Xml.skip(x); // field codes (instrText), pictures, page-break marks: no text
                }
            }
        }
        if (!deleted) {
            out.append(text);
        }
    }

    /** Whether a run's properties set capitals or small capitals (POI then writes its text upper case). */
    private boolean capitals() throws XMLStreamException {
        Boolean caps = null;
        Boolean smallCaps = null;
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "caps") && caps == null) {
                caps = Xml.isOn(x);
            } else if (Xml.isW(x, "smallCaps") && smallCaps == null) {
                smallCaps = Xml.isOn(x);
            }
            Xml.skip(x);
        }
        return Boolean.TRUE.equals(caps) || Boolean.TRUE.equals(smallCaps);
    }

    /** A field's begin mark with form data may hold check boxes, which POI writes as "|X|": refused. */
    private void fieldChar() throws XMLStreamException {
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "ffData")) {
                throw new Unsupported("form field");
            }
            Xml.skip(x);
        }
    }
}
