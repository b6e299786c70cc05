package vn.plancheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything a user sees of a findings workbook, read with POI as text: the sheets in order, each sheet's layout
 * (widths, frozen pane, autofilter, print setup), every row's height and every cell's type, value and look (font,
 * fill, borders, wrap, alignment, number format), the hyperlinks, the data validations and the defined names. Two
 * workbooks that dump alike look alike in Excel; the writer tests compare the dump with one made by the POI writer.
 */
final class WorkbookDump {
    private WorkbookDump() {
    }

    static String dump(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return dump(wb);
        }
    }

    static String dump(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            out.append("== sheet ").append(i).append(' ').append(s.getSheetName()).append('\n');
            PaneInformation pane = s.getPaneInformation();
            out.append("pane ").append(pane == null ? "none" : pane.isFreezePane() + " row=" + pane.getHorizontalSplitTopRow()
                    + " col=" + pane.getVerticalSplitLeftColumn()).append('\n');
            out.append("autofilter ").append(s.getCTWorksheet().isSetAutoFilter() ? s.getCTWorksheet().getAutoFilter().getRef() : "none").append('\n');
            out.append("print landscape=").append(s.getPrintSetup().getLandscape()).append(" paper=").append(s.getPrintSetup().getPaperSize())
                    .append(" fitWidth=").append(s.getPrintSetup().getFitWidth()).append(" fitHeight=").append(s.getPrintSetup().getFitHeight())
                    .append(" fitToPage=").append(s.getFitToPage()).append(" repeatingRows=").append(s.getRepeatingRows())
                    .append(" repeatingCols=").append(s.getRepeatingColumns()).append('\n');
            out.append("defaultRowHeight ").append(s.getDefaultRowHeightInPoints()).append(" defaultColWidth ").append(s.getDefaultColumnWidth()).append('\n');
            int lastCol = 0;
            for (Row r : s) {
                lastCol = Math.max(lastCol, r.getLastCellNum());
            }
            StringBuilder widths = new StringBuilder("widths");
            for (int c = 0; c < Math.max(lastCol, 16); c++) {
                widths.append(' ').append(s.getColumnWidth(c)).append(s.isColumnHidden(c) ? "h" : "");
            }
            out.append(widths).append('\n');
            for (Row r : s) {
                out.append("row ").append(r.getRowNum()).append(" height=").append(r.getHeight())
                        .append(r.getRowStyle() == null ? "" : " rowStyle").append(r.getZeroHeight() ? " hidden" : "").append('\n');
                for (Cell c : r) {
                    out.append("  ").append(c.getAddress()).append(' ').append(c.getCellType()).append(' ');
                    switch (c.getCellType()) {
                        case NUMERIC -> out.append(c.getNumericCellValue());
                        case STRING -> out.append('"').append(c.getStringCellValue().replace("\\", "\\\\").replace("\n", "\\n")
                                .replace("\r", "\\r").replace("\t", "\\t")).append('"');
                        case BOOLEAN -> out.append(c.getBooleanCellValue());
                        case FORMULA -> out.append('=').append(c.getCellFormula());
                        default -> out.append('-');
                    }
                    out.append(" | ").append(style((XSSFCellStyle) c.getCellStyle())).append('\n');
                }
            }
            for (Hyperlink h : s.getHyperlinkList()) {
                org.apache.poi.xssf.usermodel.XSSFHyperlink x = (org.apache.poi.xssf.usermodel.XSSFHyperlink) h;
                out.append("hyperlink ").append(x.getCellRef()).append(' ').append(x.getType()).append(' ').append(x.getAddress())
                        .append(" label=").append(x.getLabel()).append(" tooltip=").append(x.getTooltip()).append('\n');
            }
            for (DataValidation v : s.getDataValidations()) {
                out.append("validation ").append(Arrays.toString(Arrays.stream(v.getRegions().getCellRangeAddresses())
                                .map(CellRangeAddress::formatAsString).toArray()))
                        .append(" type=").append(v.getValidationConstraint().getValidationType())
                        .append(" list=").append(Arrays.toString(v.getValidationConstraint().getExplicitListValues()))
                        .append(" formula1=").append(v.getValidationConstraint().getFormula1())
                        .append(" suppressArrow=").append(v.getSuppressDropDownArrow())
                        .append(" errorBox=").append(v.getShowErrorBox()).append(' ').append(v.getErrorBoxTitle()).append(" / ").append(v.getErrorBoxText())
                        .append(" promptBox=").append(v.getShowPromptBox()).append(' ').append(v.getPromptBoxTitle()).append(" / ").append(v.getPromptBoxText())
                        .append(" errorStyle=").append(v.getErrorStyle()).append(" emptyAllowed=").append(v.getEmptyCellAllowed()).append('\n');
            }
            out.append("merged ").append(s.getNumMergedRegions()).append('\n');
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Name n : wb.getAllNames()) {
            names.add("name " + n.getNameName() + " sheet=" + n.getSheetIndex() + " = " + n.getRefersToFormula()
                    + (n.isHidden() ? " hidden" : "") + "\n");
        }
        names.stream().sorted().forEach(out::append);
        return out.toString();
    }

    private static String style(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return "font[" + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "") + (f.getItalic() ? " italic" : "")
                + " u=" + f.getUnderline() + " color=" + color(f.getXSSFColor()) + "]"
                + " fill[" + s.getFillPattern() + " fg=" + color(s.getFillForegroundColorColor()) + " bg=" + color(s.getFillBackgroundColorColor()) + "]"
                + " border[" + s.getBorderTop() + " " + s.getBorderBottom() + " " + s.getBorderLeft() + " " + s.getBorderRight() + "]"
                + " align[" + s.getAlignment() + " " + s.getVerticalAlignment() + (s.getWrapText() ? " wrap" : "") + " indent=" + s.getIndention()
                + " rot=" + s.getRotation() + "]"
                + " format[" + s.getDataFormatString() + "]"
                + (s.getLocked() ? " locked" : " unlocked") + (s.getHidden() ? " hidden" : "");
    }

    private static String color(XSSFColor c) {
        if (c == null) {
            return "none";
        }
        byte[] rgb = c.getRGB();
        return rgb == null ? (c.isIndexed() ? "idx" + c.getIndex() : c.isThemed() ? "theme" + c.getTheme() : "auto")
                : String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
