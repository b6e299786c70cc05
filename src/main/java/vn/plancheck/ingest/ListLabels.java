package vn.plancheck.ingest;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Rebuilds the list labels Word draws but does not store ("I.", "1.", "1.1.", "a)", bullets), because
 * XWPF gives the paragraph text without them and the parser needs "I. MỤC ĐÍCH, YÊU CẦU".
 *
 * <p>Word's model, followed here: a paragraph points to a {@code w:num} (its own {@code w:numPr}, or
 * one inherited from its paragraph style and the style's {@code basedOn} chain); the num points to an
 * {@code w:abstractNum} that defines up to nine levels. Counters live per abstractNum, so several nums
 * of one list count on together; a {@code lvlOverride/startOverride} on a num restarts its level the
 * first time that num is used ("Restart at 1"). Using a level advances it and resets the deeper levels
 * (unless their {@code lvlRestart} says otherwise). Must see every paragraph in document order, tables
 * included; one instance per document.
 */
final class ListLabels {
    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, Counters> counters = new HashMap<>();
    private final Set<BigInteger> usedNums = new HashSet<>();

    ListLabels(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The label Word shows before this paragraph, "" if none; bullets come out as "-". */
    String labelFor(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        NumRef ref = resolve(p);
        if (ref == null) {
            return "";
        }
        XWPFNum num = numbering.getNum(ref.numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        XWPFAbstractNum abs = abstractNumOf(num);
        if (abs == null) {
            return "";
        }
        CTLvl[] lvls = effectiveLevels(abs, num);
        int ilvl = ref.ilvl != null ? ref.ilvl : levelForStyle(lvls, p.getStyle());
        if (ilvl < 0 || ilvl >= LEVELS || lvls[ilvl] == null) {
            return "";
        }
        Counters c = counters.computeIfAbsent(num.getCTNum().getAbstractNumId().getVal(), k -> new Counters());
        if (usedNums.add(ref.numId)) {
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                int lvl = o.getIlvl().intValue();
                if (lvl >= 0 && lvl < LEVELS && (o.isSetStartOverride() || o.isSetLvl())) {
                    c.started[lvl] = false;
                }
            }
        }
        c.advance(ilvl, lvls);
        return format(ilvl, lvls, c);
    }

    /** numId and level from the paragraph, else from its style chain; null when not numbered (numId 0 = off). */
    private NumRef resolve(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        CTNumPr own = ppr != null ? ppr.getNumPr() : null;
        BigInteger numId = own != null && own.isSetNumId() ? own.getNumId().getVal() : null;
        Integer ilvl = own != null && own.isSetIlvl() ? own.getIlvl().getVal().intValue() : null;
        String styleId = p.getStyle();
        for (int depth = 0; styles != null && styleId != null && depth < MAX_STYLE_DEPTH
                && (numId == null || ilvl == null); depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            CTPPrGeneral sp = style.getCTStyle().getPPr();
            CTNumPr snp = sp != null ? sp.getNumPr() : null;
            if (snp != null) {
                if (numId == null && snp.isSetNumId()) {
                    numId = snp.getNumId().getVal();
                }
                if (ilvl == null && snp.isSetIlvl()) {
                    ilvl = snp.getIlvl().getVal().intValue();
                }
            }
            styleId = style.getCTStyle().getBasedOn() != null ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        return new NumRef(numId, ilvl);
    }

    /** The abstractNum of a num, following one {@code numStyleLink} hop (lists defined by a numbering style). */
    private XWPFAbstractNum abstractNumOf(XWPFNum num) {
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs != null && abs.getCTAbstractNum().sizeOfLvlArray() == 0 && abs.getCTAbstractNum().getNumStyleLink() != null
                && styles != null) {
            XWPFStyle linked = styles.getStyle(abs.getCTAbstractNum().getNumStyleLink().getVal());
            CTPPrGeneral sp = linked != null ? linked.getCTStyle().getPPr() : null;
            if (sp != null && sp.getNumPr() != null && sp.getNumPr().isSetNumId()) {
                XWPFNum target = numbering.getNum(sp.getNumPr().getNumId().getVal());
                if (target != null && target.getCTNum().getAbstractNumId() != null) {
                    return numbering.getAbstractNum(target.getCTNum().getAbstractNumId().getVal());
                }
            }
        }
        return abs;
    }

    /** The abstractNum's levels with this num's overrides applied (a whole {@code w:lvl} or a start value). */
    private static CTLvl[] effectiveLevels(XWPFAbstractNum abs, XWPFNum num) {
        CTLvl[] lvls = new CTLvl[LEVELS];
        for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
            int i = l.getIlvl() != null ? l.getIlvl().intValue() : -1;
            if (i >= 0 && i < LEVELS) {
                lvls[i] = l;
            }
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            int i = o.getIlvl().intValue();
            if (i < 0 || i >= LEVELS) {
                continue;
            }
            CTLvl base = o.isSetLvl() ? o.getLvl() : lvls[i];
            if (base == null) {
                continue;
            }
            if (o.isSetStartOverride()) {
                base = (CTLvl) base.copy();         // never modify the document's own definition
                if (!base.isSetStart()) {
                    base.addNewStart();
                }
                base.getStart().setVal(o.getStartOverride().getVal());
            }
            lvls[i] = base;
        }
        return lvls;
    }

    /** A level whose {@code w:pStyle} is the paragraph's style (style-linked headings without an ilvl). */
    private static int levelForStyle(CTLvl[] lvls, String styleId) {
        for (int i = 0; styleId != null && i < LEVELS; i++) {
            if (lvls[i] != null && lvls[i].isSetPStyle() && styleId.equals(lvls[i].getPStyle().getVal())) {
                return i;
            }
        }
        return 0;
    }

    private static String format(int ilvl, CTLvl[] lvls, Counters c) {
        CTLvl lvl = lvls[ilvl];
        String fmt = numFmt(lvl);
        if ("bullet".equals(fmt)) {
            return "-";
        }
        String template = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        boolean legal = lvl.isSetIsLgl() && isOn(lvl.getIsLgl());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int k = template.charAt(++i) - '1';
                if (lvls[k] != null) {
                    String kf = legal ? "decimal" : numFmt(lvls[k]);
                    out.append(NumberFormats.format(c.valueOf(k, lvls), kf));
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString().strip();
    }

    private static String numFmt(CTLvl lvl) {
        return lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null
                ? lvl.getNumFmt().getVal().toString().toLowerCase(Locale.ROOT) : "decimal";
    }

    private static boolean isOn(CTOnOff v) {
        Object val = v.getVal();
        return val == null || !("false".equals(val.toString()) || "0".equals(val.toString()) || "off".equals(val.toString()));
    }

    private static int start(CTLvl lvl) {
        // ECMA-376 17.9.25: without w:start the list starts at 0.
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }

    private record NumRef(BigInteger numId, Integer ilvl) {
    }

    /** The running counters of one abstractNum. */
    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];

        void advance(int ilvl, CTLvl[] lvls) {
            value[ilvl] = started[ilvl] ? value[ilvl] + 1 : start(lvls[ilvl]);
            started[ilvl] = true;
            for (int k = ilvl + 1; k < LEVELS; k++) {
                if (restarts(lvls[k], ilvl)) {
                    started[k] = false;
                }
            }
        }

        /** A level never used yet shows its start value ("1.1." under a heading typed by hand). */
        int valueOf(int k, CTLvl[] lvls) {
            return started[k] ? value[k] : start(lvls[k]);
        }

        /** Default: any shallower level restarts it; {@code lvlRestart=0}: never; n: levels 0..n-1 do. */
        private static boolean restarts(CTLvl lvl, int usedLevel) {
            if (lvl == null || !lvl.isSetLvlRestart()) {
                return true;
            }
            int r = lvl.getLvlRestart().getVal().intValue();
            return r != 0 && usedLevel < r;
        }
    }
}
