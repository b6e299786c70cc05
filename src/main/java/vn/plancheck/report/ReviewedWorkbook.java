package vn.plancheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back a findings workbook that a reviewer filled in: on "Phát hiện", each finding's file, rule, quote, message,
 * "Xử lý" and "Lý do"; on "Tổng hợp", each file's issuer, number and issue date. Columns are found by their header
 * text, so a reviewer who moved, hid or added columns is still read right.
 */
public final class ReviewedWorkbook {
    /**
     * One finding row as the reviewer left it.
     *
     * @param cell   the "Xử lý" cell ("'Phát hiện'!M12"), for messages
     * @param action the text of "Xử lý" as written (blank when empty)
     * @param reason "Lý do", or "" when the column or the cell is empty
     * @param issuer the document's issuer from "Tổng hợp", or null
     * @param number its number and symbol, or null
     * @param issued its issue date, or null
     */
    public record Reviewed(String cell, String file, String ruleId, String quote, String message, String action,
                           String reason, String issuer, String number, LocalDate issued) {
    }

    /** A workbook that is not plancheck's (no "Phát hiện" sheet, a column missing); the message is in Vietnamese. */
    public static final class NotAFindingsWorkbookException extends IOException {
        NotAFindingsWorkbookException(String message) {
            super(message);
        }
    }

    private record Document(String issuer, String number, LocalDate issued) {
    }

    private final DataFormatter formatter = new DataFormatter();

    private ReviewedWorkbook() {
    }

    /** Every finding row of "Phát hiện" (the dismissed section's included), in sheet order. */
    public static List<Reviewed> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return new ReviewedWorkbook().read(wb, file.toString());
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new NotAFindingsWorkbookException(file + ": không phải sổ Excel (.xlsx).");
        }
    }

    private List<Reviewed> read(XSSFWorkbook wb, String name) throws NotAFindingsWorkbookException {
        Sheet sheet = wb.getSheet(XlsxReportWriter.FINDINGS_SHEET);
        if (sheet == null) {
            throw new NotAFindingsWorkbookException(name + ": không có trang tính “" + XlsxReportWriter.FINDINGS_SHEET
                    + "” (sổ kết quả của plancheck check).");
        }
        Map<String, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()));
        for (String required : List.of(XlsxReportWriter.FILE, XlsxReportWriter.RULE, XlsxReportWriter.QUOTE, XlsxReportWriter.ACTION)) {
            if (!columns.containsKey(required)) {
                throw new NotAFindingsWorkbookException(name + ", trang tính “" + XlsxReportWriter.FINDINGS_SHEET
                        + "”: dòng tiêu đề không có cột “" + required + "”.");
            }
        }
        Map<String, Document> documents = documents(wb.getSheet(XlsxReportWriter.SUMMARY_SHEET));
        List<Reviewed> out = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= sheet.getFirstRowNum()) {
                continue;
            }
            String ruleId = text(row, columns.get(XlsxReportWriter.RULE));
            String file = text(row, columns.get(XlsxReportWriter.FILE));
            if (ruleId.isBlank() || file.isBlank()) {
                continue; // the dismissed section's title, an empty row
            }
            Document doc = documents.getOrDefault(file, new Document(null, null, null));
            int action = columns.get(XlsxReportWriter.ACTION);
            out.add(new Reviewed(new CellReference(sheet.getSheetName(), row.getRowNum(), action, false, false).formatAsString(), file, ruleId,
                    text(row, columns.get(XlsxReportWriter.QUOTE)), text(row, columns.get(XlsxReportWriter.MESSAGE)),
                    text(row, action), text(row, columns.get(XlsxReportWriter.REASON)),
                    doc.issuer(), doc.number(), doc.issued()));
        }
        return out;
    }

    /** File → issuer, number and date, from "Tổng hợp" (empty when the sheet or its columns are gone). */
    private Map<String, Document> documents(Sheet summary) {
        Map<String, Document> out = new HashMap<>();
        if (summary == null) {
            return out;
        }
        Map<String, Integer> columns = header(summary.getRow(summary.getFirstRowNum()));
        Integer file = columns.get(XlsxReportWriter.FILE);
        if (file == null) {
            return out;
        }
        for (Row row : summary) {
            if (row.getRowNum() > summary.getFirstRowNum() && !text(row, file).isBlank()) {
                out.putIfAbsent(text(row, file), new Document(blankToNull(text(row, columns.get(XlsxReportWriter.ISSUER))),
                        blankToNull(text(row, columns.get(XlsxReportWriter.NUMBER))), date(row, columns.get(XlsxReportWriter.ISSUED))));
            }
        }
        return out;
    }

    private Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        if (row != null) {
            for (Cell c : row) {
                columns.putIfAbsent(formatter.formatCellValue(c).strip(), c.getColumnIndex());
            }
        }
        return columns;
    }

    /** The cell as the reviewer sees it; "" for a missing column or cell. */
    private String text(Row row, Integer col) {
        if (col == null) {
            return "";
        }
        Cell c = row.getCell(col);
        return c == null ? "" : formatter.formatCellValue(c).strip();
    }

    private static LocalDate date(Row row, Integer col) {
        Cell c = col == null ? null : row.getCell(col);
        if (c == null || c.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(c)) {
            return null;
        }
        return c.getLocalDateTimeCellValue().toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
