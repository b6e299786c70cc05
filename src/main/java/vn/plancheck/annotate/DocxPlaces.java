package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;

/**
 * Finds in a Word document the words a finding quotes. The document is walked the way the .docx reader walks it,
 * so that a finding's {@link Location} names the same place: "đoạn N" is the N-th paragraph (or content control)
 * of the body outside tables, "bảng T, hàng R, ô C" a cell of the T-th body table, with its nested tables; the
 * lower parts of a vertically merged cell are skipped but counted. The quote is looked for at its place first
 * (running on into the next paragraphs, where the layout stage joined a wrapped heading), then anywhere; a quote
 * not found marks its whole paragraph, and a finding with no place marks the title, where a reviewer writes a
 * remark about the whole document.
 */
final class DocxPlaces {
    /** How many following body paragraphs a quote may run on into. */
    private static final int RUN_ON = 3;

    /** One place as the reader names it, with its paragraphs; {@code body} for a paragraph outside tables. */
    private record Block(Location where, List<CTP> paragraphs, boolean body) {
    }

    /** How a finding was anchored. */
    enum How {
        /** On the quoted words. */
        QUOTE,
        /** On the paragraph or cell its location names (the quote was not found there). */
        PLACE,
        /** On the title (a finding about the whole document, or one that could not be placed). */
        TITLE
    }

    /** Where to put a finding's comment: characters [span] of the joined text of {@code paragraphs}. */
    record Target(List<CTP> paragraphs, TextKey.Span span, How how) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Map<Location, Integer> byLocation = new HashMap<>();
    private final List<CTP> all = new ArrayList<>();

    private DocxPlaces(CTBody body) {
        int paragraphs = 0;
        int tables = 0;
        for (XmlObject e : WordXml.children(body)) {
            switch (WordXml.name(e)) {
                case "p" -> add(new Block(Location.paragraph(++paragraphs), List.of((CTP) e), true));
                case "sdt" -> add(new Block(Location.paragraph(++paragraphs), paragraphsIn(e), false));
                case "tbl" -> table(e, ++tables);
                default -> {
                    // section properties, bookmarks and custom XML wrappers: the reader does not see them either
                }
            }
        }
    }

    static DocxPlaces of(CTBody body) {
        return new DocxPlaces(body);
    }

    private void add(Block b) {
        byLocation.putIfAbsent(b.where(), blocks.size());
        blocks.add(b);
        all.addAll(b.paragraphs());
    }

    private void table(XmlObject tbl, int number) {
        int r = 0;
        for (XmlObject row : WordXml.children(tbl)) {
            if (!WordXml.name(row).equals("tr")) {
                continue;
            }
            r++;
            int c = 0;
            for (XmlObject cell : WordXml.children(row)) {
                if (!WordXml.name(cell).equals("tc")) {
                    continue;
                }
                c++;
                if (!isMergedContinuation(cell)) {
                    add(new Block(Location.cell(number, r, c), paragraphsIn(cell), false));
                }
            }
        }
    }

    /** The paragraphs of a cell or content control in reading order, nested tables' included. */
    private static List<CTP> paragraphsIn(XmlObject container) {
        List<CTP> out = new ArrayList<>();
        for (XmlObject e : WordXml.children(container)) {
            switch (WordXml.name(e)) {
                case "p" -> out.add((CTP) e);
                case "tbl", "tr", "tc", "sdt", "sdtContent" -> out.addAll(paragraphsIn(e));
                default -> {
                }
            }
        }
        return out;
    }

    private static boolean isMergedContinuation(XmlObject cell) {
        for (XmlObject pr : WordXml.children(cell)) {
            if (WordXml.name(pr).equals("tcPr")) {
                for (XmlObject v : WordXml.children(pr)) {
                    if (WordXml.name(v).equals("vMerge")) {
                        try (XmlCursor c = v.newCursor()) {
                            String val = c.getAttributeText(WordXml.w("val"));
                            return val == null || val.equals("continue");
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Where the finding's comment goes; null only for a document without a paragraph. */
    Target locate(Finding f) {
        Integer at = f.getLocation() == null ? null : byLocation.get(f.getLocation());
        List<String> variants = TextKey.variants(f.getQuote());
        if (at != null) {
            Block b = blocks.get(at);
            List<CTP> ps = new ArrayList<>(b.paragraphs());
            for (int i = at + 1; b.body() && i < blocks.size() && i <= at + RUN_ON && blocks.get(i).body(); i++) {
                ps.addAll(blocks.get(i).paragraphs());
            }
            RunText text = RunText.of(ps);
            TextKey key = TextKey.of(text.text());
            int ownEnd = b.paragraphs().isEmpty() ? 0 : text.paragraphEnd(b.paragraphs().size() - 1) + 1;
            for (String v : variants) {
                TextKey.Span s = key.find(v, 0, ownEnd);
                if (s != null) {
                    return new Target(ps, s, How.QUOTE);
                }
            }
        }
        if (!variants.isEmpty()) {
            TextKey key = TextKey.of(RunText.of(all).text());
            for (String v : variants) {
                TextKey.Span s = key.find(v);
                if (s != null) {
                    return new Target(all, s, How.QUOTE);
                }
            }
        }
        if (at != null && !blocks.get(at).paragraphs().isEmpty()) {
            return whole(blocks.get(at).paragraphs(), How.PLACE);
        }
        return title();
    }

    /**
     * The "KẾ HOẠCH" line (the document's type, over its title); else the first heading-like paragraph of the body,
     * short and in capitals outside the header table (another kind's type line, "QUYẾT ĐỊNH"); else the first
     * paragraph with text.
     */
    private Target title() {
        CTP first = null;
        CTP heading = null;
        for (Block b : blocks) {
            for (CTP p : b.paragraphs()) {
                String t = RunText.of(List.of(p)).text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = p;
                }
                if (TextKey.of(t).find("kế hoạch", 0, 1) != null) {
                    return whole(List.of(p), How.TITLE);
                }
                if (heading == null && b.body() && isHeadingLike(t)) {
                    heading = p;
                }
            }
        }
        CTP p = heading != null ? heading : first != null ? first : all.isEmpty() ? null : all.get(0);
        return p == null ? null : whole(List.of(p), How.TITLE);
    }

    /** A short line in capitals: a document's type line. */
    private static boolean isHeadingLike(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.length() <= 60;
    }

    /** All the text of the paragraphs, without the white space around it. */
    private static Target whole(List<CTP> ps, How how) {
        String text = RunText.of(ps).text();
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Target(ps, new TextKey.Span(start, end), how);
    }
}
