package vn.plancheck.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import vn.plancheck.model.Severity;

/**
 * The cell styles of one workbook, created once. A workbook holds at most 64,000 styles, and a
 * style created per cell would also bloat the file, so every cell shares one of these.
 */
final class XlsxStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    final CellStyle date;
    final CellStyle link;
    final CellStyle total;
    final CellStyle totalNumber;
    final CellStyle problem;
    /** A finding a reviewer dismissed: grey, so that it reads as not counting. */
    final CellStyle muted;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

    XlsxStyles(Workbook wb) {
        XSSFFont bold = (XSSFFont) wb.createFont();
        bold.setBold(true);

        header = base(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = base(wb);
        wrap = base(wb);
        wrap.setWrapText(true);
        number = base(wb);

        date = base(wb);
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

        XSSFFont linkFont = (XSSFFont) wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(rgb(0x05, 0x63, 0xC1));
        link = base(wb);
        link.setFont(linkFont);

        total = base(wb);
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        totalNumber = base(wb);
        totalNumber.setFont(bold);
        totalNumber.setBorderTop(BorderStyle.THIN);

        // Status of an unreadable file: dark red text, so it stands out in the summary.
        problem = base(wb);
        problem.setWrapText(true);
        problem.setFont(font(wb, 0x9C, 0x00, 0x06));

        XSSFFont grey = (XSSFFont) wb.createFont();
        grey.setColor(rgb(0x76, 0x76, 0x76));
        muted = base(wb);
        muted.setWrapText(true);
        muted.setFont(grey);

        // Excel's own "Bad" / "Neutral" palette for ERROR / WARNING, a pale blue for INFO.
        severity.put(Severity.ERROR, severityStyle(wb, rgb(0xFF, 0xC7, 0xCE), font(wb, 0x9C, 0x00, 0x06)));
        severity.put(Severity.WARNING, severityStyle(wb, rgb(0xFF, 0xEB, 0x9C), font(wb, 0x9C, 0x57, 0x00)));
        severity.put(Severity.INFO, severityStyle(wb, rgb(0xDD, 0xEB, 0xF7), font(wb, 0x1F, 0x4E, 0x79)));
    }

    /** The coloured style for a severity cell; plain text when the severity is missing. */
    CellStyle severity(Severity s) {
        return s == null ? text : severity.get(s);
    }

    private static XSSFCellStyle base(Workbook wb) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static XSSFCellStyle severityStyle(Workbook wb, XSSFColor fill, XSSFFont font) {
        XSSFCellStyle s = base(wb);
        s.setFillForegroundColor(fill);
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setFont(font);
        return s;
    }

    private static XSSFFont font(Workbook wb, int r, int g, int b) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setBold(true);
        f.setColor(rgb(r, g, b));
        return f;
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
