package vn.plancheck.ingest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
import vn.plancheck.ingest.ListNumbering.Level;
import vn.plancheck.ingest.ListNumbering.LevelOverride;

/**
 * Rebuilds the list labels Word draws but does not store ("I.", "1.", "1.1.", "a)", bullets), because
 * XWPF gives the paragraph text without them and the parser needs "I. MỤC ĐÍCH, YÊU CẦU".
 *
 * <p>Word's model, followed here: a paragraph points to a {@code w:num} (its own {@code w:numPr}, or
 * one inherited from its paragraph style and the style's {@code basedOn} chain); the num points to an
 * {@code w:abstractNum} that defines up to nine levels. This class finds them in POI's model and hands
 * their definitions, as plain records, to {@link ListNumbering}, which counts and formats for this POI
 * path and for the StAX path of {@link WordLists} alike. Must see every paragraph in document order,
 * tables included; one instance per document.
 */
final class ListLabels {
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final ListNumbering rules = new ListNumbering();

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
        return rules.label(ref.numId, num.getCTNum().getAbstractNumId().getVal(),
                levels(abs.getCTAbstractNum().getLvlArray()), overrides(num.getCTNum().getLvlOverrideArray()), ref.ilvl,
                p.getStyle());
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

    // ---- POI's definitions as ListNumbering's records; an absent element or value becomes null ----------------

    private static List<Level> levels(CTLvl[] lvls) {
        List<Level> out = new ArrayList<>(lvls.length);
        for (CTLvl l : lvls) {
            out.add(level(l));
        }
        return out;
    }

    private static Level level(CTLvl l) {
        return new Level(l.getIlvl() != null ? l.getIlvl().intValue() : null,
                l.isSetStart() ? l.getStart().getVal() : null,
                l.isSetNumFmt() && l.getNumFmt().getVal() != null ? l.getNumFmt().getVal().toString() : null,
                l.isSetLvlText() ? l.getLvlText().getVal() : null,
                l.isSetIsLgl() && isOn(l.getIsLgl()),
                l.isSetLvlRestart() ? l.getLvlRestart().getVal() : null,
                l.isSetPStyle() ? l.getPStyle().getVal() : null);
    }

    private static List<LevelOverride> overrides(CTNumLvl[] overrides) {
        List<LevelOverride> out = new ArrayList<>(overrides.length);
        for (CTNumLvl o : overrides) {
            out.add(new LevelOverride(o.getIlvl().intValue(), o.isSetStartOverride(),
                    o.isSetStartOverride() ? o.getStartOverride().getVal() : null, o.isSetLvl() ? level(o.getLvl()) : null));
        }
        return out;
    }

    private static boolean isOn(CTOnOff v) {
        Object val = v.getVal();
        return val == null || !("false".equals(val.toString()) || "0".equals(val.toString()) || "off".equals(val.toString()));
    }

    private record NumRef(BigInteger numId, Integer ilvl) {
    }
}
