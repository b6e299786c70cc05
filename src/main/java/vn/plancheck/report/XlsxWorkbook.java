package vn.plancheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written as the zip of SpreadsheetML parts an .xlsx is ({@code [Content_Types].xml}, the relationships,
 * {@code xl/workbook.xml}, {@code xl/styles.xml}, one {@code xl/worksheets/sheetN.xml} per sheet, strings inline),
 * with nothing but the JDK: loading and initialising POI's workbook classes took longer than checking a draft.
 */
final class XlsxWorkbook implements AutoCloseable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final XlsxStyles styles = new XlsxStyles();
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    XlsxStyles styles() {
        return styles;
    }

    /** A new sheet, after the others; its name is unique (Excel compares names without case) and at most 31 characters. */
    XlsxSheet createSheet(String name, List<XlsxSheet.Column> columns) {
        if (!names.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("two sheets named " + name);
        }
        XlsxSheet sheet = new XlsxSheet(name, styles, columns);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the whole workbook; the stream is finished as a zip but left open. */
    void writeTo(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", contentTypes());
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", workbook());
        part(zip, "xl/_rels/workbook.xml.rels", workbookRels());
        part(zip, "xl/styles.xml", XlsxStyles.XML);
        for (int i = 0; i < sheets.size(); i++) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
            sheets.get(i).writeTo(zip, i == 0);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">")
                .append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<sheet name=\"");
            XlsxSheet.escape(s, sheets.get(i).name());
            s.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 2).append("\"/>");
        }
        s.append("</sheets><definedNames>");
        // the header row repeats on every printed page; the autofilter's range, as Excel keeps it
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheet sheet = sheets.get(i);
            String filter = sheet.autoFilterRange();
            if (filter != null) {
                s.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">");
                XlsxSheet.escape(s, filter);
                s.append("</definedName>");
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
            XlsxSheet.escape(s, sheets.get(i).quotedName() + "!$1:$1");
            s.append("</definedName>");
        }
        return s.append("</definedNames></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Relationships xmlns=\"").append(PKG_REL).append("\">")
                .append("<Relationship Id=\"rId1\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            s.append("<Relationship Id=\"rId").append(i + 2).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        return s.append("</Relationships>").toString();
    }

    /** Deletes the sheets' temporary files. */
    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (XlsxSheet sheet : sheets) {
            try {
                sheet.discard();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
