package vn.plancheck.report;

import java.util.EnumMap;
import java.util.Map;
import vn.plancheck.model.Severity;

/**
 * The cell styles of the findings workbook: a fixed {@code styles.xml}, and for each style its index among the cell
 * formats ({@code cellXfs}) that a cell names with {@code s="…"}. Every cell shares one of these.
 */
final class XlsxStyles {
    /** One cell format: its index in {@code cellXfs}, and whether its text wraps (a wrapped cell grows its row). */
    record Style(int id, boolean wrap) {
    }

    final Style header = new Style(1, true);
    final Style text = new Style(2, false);
    final Style wrap = new Style(3, true);
    final Style number = new Style(4, false);
    /** dd/mm/yyyy. */
    final Style date = new Style(5, false);
    /** Underlined blue, for a cell with a hyperlink. */
    final Style link = new Style(6, false);
    /** Bold with a thin top border: the totals row under a table. */
    final Style total = new Style(7, false);
    final Style totalNumber = new Style(8, false);
    /** Status of an unreadable file: dark red bold text, so it stands out in the summary. */
    final Style problem = new Style(9, true);
    /** A finding a reviewer dismissed: grey, so that it reads as not counting. */
    final Style muted = new Style(10, true);
    private final Map<Severity, Style> severity = new EnumMap<>(Severity.class);

    XlsxStyles() {
        // Excel's own "Bad" / "Neutral" palette for ERROR / WARNING, a pale blue for INFO.
        severity.put(Severity.ERROR, new Style(11, false));
        severity.put(Severity.WARNING, new Style(12, false));
        severity.put(Severity.INFO, new Style(13, false));
    }

    /** The coloured style for a severity cell; plain text when the severity is missing. */
    Style severity(Severity s) {
        return s == null ? text : severity.get(s);
    }

    /**
     * The styles part. Excel wants the first two fills to be "none" and "gray125", at least one font, fill, border and
     * cell style format; every format here is aligned to the top of its cell. Fonts: 0 the default (Calibri 11), 1
     * bold, 2 the link's underlined blue, 3 dark red bold, 4 grey, 5 dark yellow bold, 6 dark blue bold.
     */
    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"7\">"
            + "<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><u/><sz val=\"11\"/><color rgb=\"FF0563C1\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FF9C0006\"/><name val=\"Calibri\"/></font>"
            + "<font><sz val=\"11\"/><color rgb=\"FF767676\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FF9C5700\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FF1F4E79\"/><name val=\"Calibri\"/></font>"
            + "</fonts>"
            + "<fills count=\"6\">"
            + "<fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + fill("FFD9E1F2") + fill("FFFFC7CE") + fill("FFFFEB9C") + fill("FFDDEBF7")
            + "</fills>"
            + "<borders count=\"3\">"
            + "<border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"></bottom><diagonal/></border>"
            + "<border><left/><right/><top style=\"thin\"></top><bottom/><diagonal/></border>"
            + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"14\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + xf(0, 1, 2, 1, true) // 1 header
            + xf(0, 0, 0, 0, false) // 2 text
            + xf(0, 0, 0, 0, true) // 3 wrap
            + xf(0, 0, 0, 0, false) // 4 number
            + xf(164, 0, 0, 0, false) // 5 date
            + xf(0, 2, 0, 0, false) // 6 link
            + xf(0, 1, 0, 2, false) // 7 total
            + xf(0, 1, 0, 2, false) // 8 total number
            + xf(0, 3, 0, 0, true) // 9 problem
            + xf(0, 4, 0, 0, true) // 10 muted
            + xf(0, 3, 3, 0, false) // 11 error
            + xf(0, 5, 4, 0, false) // 12 warning
            + xf(0, 6, 5, 0, false) // 13 info
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static String fill(String argb) {
        return "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + argb + "\"/></patternFill></fill>";
    }

    private static String xf(int numFmt, int font, int fill, int border, boolean wrap) {
        return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border + "\" xfId=\"0\""
                + (numFmt != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
                + (fill != 0 ? " applyFill=\"1\"" : "") + (border != 0 ? " applyBorder=\"1\"" : "")
                + " applyAlignment=\"1\"><alignment vertical=\"top\"" + (wrap ? " wrapText=\"1\"" : "") + "/></xf>";
    }
}
