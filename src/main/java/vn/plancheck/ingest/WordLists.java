package vn.plancheck.ingest;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.plancheck.ingest.ListNumbering.Level;
import vn.plancheck.ingest.ListNumbering.LevelOverride;

/**
 * The list labels of {@link ListLabels}, for {@link DocxXml}: the list definitions read from numbering.xml and
 * styles.xml with StAX, counted and formatted by the {@link ListNumbering} that ListLabels uses too. A definition POI
 * would read otherwise or fail on (a missing id or level, an unknown number format, an element given twice) throws
 * {@link DocxXml.Unsupported}, and the document goes through POI. Must see every paragraph in document order; one
 * instance per document.
 */
final class WordLists {
    private static final int MAX_STYLE_DEPTH = 20;
    /** Number formats whose names NumberFormats knows, or that Word shows as decimals; others go through POI. */
    private static final Set<String> FORMATS = Set.of("decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
            "decimalZero", "none", "bullet", "ordinal", "cardinalText", "ordinalText");

    /** A paragraph's own numbering properties (w:pPr/w:numPr and w:pStyle). */
    record Para(boolean hasNumPr, boolean numIdSet, BigInteger numId, Integer ilvl, String style) {
        static final Para NONE = new Para(false, false, null, null, null);
    }

    private record Num(BigInteger id, boolean abstractSet, BigInteger abstractId, List<LevelOverride> overrides) {
    }

    private record AbstractNum(BigInteger id, List<Level> levels, String numStyleLink) {
    }

    private record Style(String id, boolean numIdSet, BigInteger numId, Integer ilvl, String basedOn) {
    }

    private final List<Num> nums;
    private final List<AbstractNum> abstracts;
    private final List<Style> styles;
    private final ListNumbering rules = new ListNumbering();

    private WordLists(List<Num> nums, List<AbstractNum> abstracts, List<Style> styles) {
        this.nums = nums;
        this.abstracts = abstracts;
        this.styles = styles;
    }

    /** The lists of a package; numbering or styles null where the package has none. */
    static WordLists of(DocxPackage pkg) throws IOException, XMLStreamException {
        String numbering = pkg.related("numbering");
        String styleSheet = pkg.related("styles");
        List<Num> nums = null;
        List<AbstractNum> abstracts = null;
        if (numbering != null) {
            nums = new ArrayList<>();
            abstracts = new ArrayList<>();
            readNumbering(pkg.reader(numbering), nums, abstracts);
        }
        return new WordLists(nums, abstracts, styleSheet == null ? null : readStyles(pkg.reader(styleSheet)));
    }

    /** The label Word shows before the paragraph, "" if none; bullets come out as "-". */
    String labelFor(Para p) {
        if (nums == null) {
            return "";
        }
        BigInteger numId = p.numIdSet() ? p.numId() : null;
        Integer ilvlOwn = p.ilvl();
        String styleId = p.style();
        for (int depth = 0; styles != null && styleId != null && depth < MAX_STYLE_DEPTH && (numId == null || ilvlOwn == null);
             depth++) {
            Style style = style(styleId);
            if (style == null) {
                break;
            }
            if (numId == null && style.numIdSet()) {
                numId = style.numId();
            }
            if (ilvlOwn == null && style.ilvl() != null) {
                ilvlOwn = style.ilvl();
            }
            styleId = style.basedOn();
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        Num num = num(numId);
        if (num == null || !num.abstractSet()) {
            return "";
        }
        AbstractNum abs = abstractNumOf(num);
        if (abs == null) {
            return "";
        }
        return rules.label(numId, num.abstractId(), abs.levels(), num.overrides(), ilvlOwn, p.style());
    }

    private Style style(String id) {
        for (Style s : styles) {
            if (s.id() != null && s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private Num num(BigInteger id) {
        for (Num n : nums) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        return null;
    }

    private AbstractNum abstractNum(BigInteger id) {
        for (AbstractNum a : abstracts) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    private AbstractNum abstractNumOf(Num num) {
        AbstractNum abs = abstractNum(num.abstractId());
        if (abs != null && abs.levels().isEmpty() && abs.numStyleLink() != null && styles != null) {
            Style linked = style(abs.numStyleLink());
            if (linked != null && linked.numIdSet()) {
                Num target = num(linked.numId());
                if (target != null && target.abstractSet()) {
                    return abstractNum(target.abstractId());
                }
            }
        }
        return abs;
    }

    // ---- reading numbering.xml and styles.xml ------------------------------------------------------------------

    private static void readNumbering(XMLStreamReader x, List<Num> nums, List<AbstractNum> abstracts) throws XMLStreamException {
        try {
            Xml.root(x, "numbering");
            while (Xml.nextChild(x)) {
                if (Xml.isW(x, "abstractNum")) {
                    abstracts.add(abstractNum(x));
                } else if (Xml.isW(x, "num")) {
                    nums.add(num(x));
                } else {
                    Xml.skip(x);
                }
            }
        } finally {
            x.close();
        }
    }

    private static AbstractNum abstractNum(XMLStreamReader x) throws XMLStreamException {
        BigInteger id = Xml.number(x, "abstractNumId", true);
        List<Level> levels = new ArrayList<>();
        String link = null;
        Set<String> seen = new HashSet<>();
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "lvl")) {
                levels.add(level(x));
            } else if (Xml.isW(x, "numStyleLink")) {
                Xml.once(seen, "numStyleLink");
                link = Xml.val(x);
                Xml.skip(x);
            } else {
                Xml.skip(x);
            }
        }
        return new AbstractNum(id, List.copyOf(levels), link);
    }

    private static Num num(XMLStreamReader x) throws XMLStreamException {
        BigInteger id = Xml.number(x, "numId", true);
        boolean abstractSet = false;
        BigInteger abstractId = null;
        List<LevelOverride> overrides = new ArrayList<>();
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "abstractNumId")) {
                if (abstractSet) {
                    throw new DocxXml.Unsupported("abstractNumId twice");
                }
                abstractSet = true;
                abstractId = Xml.number(x, "val", true);
                Xml.skip(x);
            } else if (Xml.isW(x, "lvlOverride")) {
                overrides.add(override(x));
            } else {
                Xml.skip(x);
            }
        }
        return new Num(id, abstractSet, abstractId, List.copyOf(overrides));
    }

    private static LevelOverride override(XMLStreamReader x) throws XMLStreamException {
        int ilvl = Xml.number(x, "ilvl", true).intValue();
        boolean startSet = false;
        BigInteger start = null;
        Level lvl = null;
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "startOverride")) {
                if (startSet) {
                    throw new DocxXml.Unsupported("startOverride twice");
                }
                startSet = true;
                start = Xml.number(x, "val", true);
                Xml.skip(x);
            } else if (Xml.isW(x, "lvl")) {
                if (lvl != null) {
                    throw new DocxXml.Unsupported("lvl twice");
                }
                lvl = level(x);
            } else {
                Xml.skip(x);
            }
        }
        return new LevelOverride(ilvl, startSet, start, lvl);
    }

    private static Level level(XMLStreamReader x) throws XMLStreamException {
        BigInteger i = Xml.number(x, "ilvl", false);
        BigInteger start = null;
        String fmt = null;
        String text = null;
        boolean legal = false;
        BigInteger restart = null;
        String pStyle = null;
        Set<String> seen = new HashSet<>();
        while (Xml.nextChildIn(x, DocxPackage.W)) {
            String name = x.getLocalName();
            switch (name) {
                case "start" -> start = Xml.number(x, "val", true);
                case "numFmt" -> {
                    fmt = Xml.val(x);
                    if (fmt == null || !FORMATS.contains(fmt)) {
                        throw new DocxXml.Unsupported("number format " + fmt);
                    }
                }
                case "lvlText" -> text = Xml.val(x);
                case "isLgl" -> legal = Xml.isOn(x);
                case "lvlRestart" -> restart = Xml.number(x, "val", true);
                case "pStyle" -> pStyle = Xml.val(x);
                default -> {
                    Xml.skip(x);
                    continue;
                }
            }
            Xml.once(seen, name);
            Xml.skip(x);
        }
        return new Level(i == null ? null : i.intValue(), start, fmt, text, legal, restart, pStyle);
    }

    private static List<Style> readStyles(XMLStreamReader x) throws XMLStreamException {
        List<Style> out = new ArrayList<>();
        try {
            Xml.root(x, "styles");
            while (Xml.nextChild(x)) {
                if (Xml.isW(x, "style")) {
                    out.add(style(x));
                } else {
                    Xml.skip(x);
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    private static Style style(XMLStreamReader x) throws XMLStreamException {
        String id = x.getAttributeValue(DocxPackage.W, "styleId");
        Para numbering = Para.NONE;
        String basedOn = null;
        Set<String> seen = new HashSet<>();
        while (Xml.nextChild(x)) {
            if (Xml.isW(x, "pPr")) {
                Xml.once(seen, "pPr");
                numbering = Xml.paragraphProperties(x);
            } else if (Xml.isW(x, "basedOn")) {
                Xml.once(seen, "basedOn");
                basedOn = Xml.val(x);
                Xml.skip(x);
            } else {
                Xml.skip(x);
            }
        }
        return new Style(id, numbering.numIdSet(), numbering.numId(), numbering.ilvl(), basedOn);
    }
}
