package vn.plancheck.annotate;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Node;

/**
 * Reads reviewer's copies back the way a test should: with POI and PDFBox only, and without the annotator's own
 * classes, so that what is asserted is what Word or a PDF viewer would show.
 */
final class Copies {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Copies() {
    }

    /**
     * A Word comment: its author, its text, and the words of the document its range covers, as the document reads
     * with its tracked changes accepted ({@code anchored}) and as it read before them ({@code original}).
     */
    record Comment(String id, String author, String text, String anchored, String original) {
    }

    /** A tracked change: the words deleted and the words inserted in their place, and its author. */
    record Change(String deleted, String inserted, String author) {
    }

    /** The comments of a .docx in the order of the comments part, with their anchored text. */
    static List<Comment> comments(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            Map<String, StringBuilder> anchored = new LinkedHashMap<>();
            Map<String, StringBuilder> original = new LinkedHashMap<>();
            walk(doc.getDocument().getDomNode(), new ArrayList<>(), anchored, false);
            walk(doc.getDocument().getDomNode(), new ArrayList<>(), original, true);
            List<Comment> out = new ArrayList<>();
            if (doc.getDocComments() == null) {
                return out;
            }
            for (XWPFComment c : doc.getDocComments().getComments()) {
                StringBuilder a = anchored.get(c.getId());
                StringBuilder o = original.get(c.getId());
                out.add(new Comment(c.getId(), c.getAuthor(), c.getText(), a == null ? null : a.toString(),
                        o == null ? null : o.toString()));
            }
            return out;
        }
    }

    /**
     * Text of w:t in document order, added to every comment range open at that point; paragraphs end with a space.
     * {@code before}: the text before tracked changes (deleted words read, inserted ones not).
     */
    private static void walk(Node node, List<String> open, Map<String, StringBuilder> anchored, boolean before) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node n = child;
            if (n.getNodeType() != Node.ELEMENT_NODE || !W.equals(n.getNamespaceURI())) {
                continue;
            }
            String name = n.getLocalName();
            String id = n.getAttributes().getNamedItemNS(W, "id") == null ? null : n.getAttributes().getNamedItemNS(W, "id").getNodeValue();
            switch (name) {
                case "commentRangeStart" -> {
                    open.add(id);
                    anchored.put(id, new StringBuilder());
                }
                case "commentRangeEnd" -> open.remove(id);
                case "t", "delText" -> open.forEach(o -> anchored.get(o).append(text(n)));
                case "tab", "br" -> open.forEach(o -> anchored.get(o).append(' '));
                case "del", "ins" -> {
                    if (before == name.equals("del")) {
                        walk(n, open, anchored, before);
                    }
                }
                default -> {
                    walk(n, open, anchored, before);
                    if (name.equals("p")) {
                        open.forEach(o -> anchored.get(o).append(' '));
                    }
                }
            }
        }
    }

    /** The tracked changes of a .docx: each w:del with the w:ins right after it. */
    static List<Change> changes(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<Change> out = new ArrayList<>();
            changes(doc.getDocument().getDomNode(), out);
            return out;
        }
    }

    private static void changes(Node node, List<Change> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if ("del".equals(n.getLocalName())) {
                Node next = n.getNextSibling();
                String inserted = next != null && "ins".equals(next.getLocalName()) ? text(next) : null;
                out.add(new Change(text(n), inserted, n.getAttributes().getNamedItemNS(W, "author").getNodeValue()));
            } else {
                changes(n, out);
            }
        }
    }

    /** The text of an element (XMLBeans' DOM has no getTextContent). */
    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                b.append(text(n));
            }
        }
        return b.toString();
    }

    /** A PDF annotation plancheck may have added: its kind, page, note and the words under it (highlights). */
    record Mark(String subtype, int page, String contents, String title, String covered) {
    }

    /** The highlights and sticky notes of a PDF, with the text under each highlight's quadrilaterals. */
    static List<Mark> marks(Path pdf) throws IOException {
        List<Mark> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationTextMarkup m) {
                        out.add(new Mark(a.getSubtype(), i + 1, a.getContents(), m.getTitlePopup(), covered(page, m.getQuadPoints())));
                    } else if (a instanceof PDAnnotationText t) {
                        out.add(new Mark(a.getSubtype(), i + 1, a.getContents(), t.getTitlePopup(), null));
                    }
                }
            }
        }
        return out;
    }

    /** The page's text inside each quadrilateral (a glyph counts when its origin is inside), joined by spaces. */
    private static String covered(PDPage page, float[] quads) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDRectangle crop = page.getCropBox();
        int n = quads.length / 8;
        for (int q = 0; q < n; q++) {
            float left = Math.min(quads[q * 8], quads[q * 8 + 4]);
            float right = Math.max(quads[q * 8 + 2], quads[q * 8 + 6]);
            float top = Math.max(quads[q * 8 + 1], quads[q * 8 + 3]);
            float bottom = Math.min(quads[q * 8 + 5], quads[q * 8 + 7]);
            stripper.addRegion("q" + q, new Rectangle2D.Float(left - crop.getLowerLeftX() - 0.3f, crop.getUpperRightY() - top,
                    right - left + 0.3f - 0.6f, top - bottom));
        }
        stripper.extractRegions(page);
        StringBuilder b = new StringBuilder();
        for (int q = 0; q < n; q++) {
            b.append(stripper.getTextForRegion("q" + q)).append(' ');
        }
        return b.toString();
    }

    /**
     * Text compared as a reader sees it: white space of any kind as one space, no soft hyphen or zero-width
     * character, no space after a hyphen that ends a line, lower case.
     */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        return s.replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "").replace('\u2011', '-')
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").replaceAll("- ", "-").strip().toLowerCase();
    }
}
