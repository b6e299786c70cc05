package vn.plancheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Suggestion;
import vn.plancheck.report.ReportSink;

/**
 * Comments anchored on quotes as Word documents really hold them: a quote cut across runs of different
 * formatting, running into a hyperlink, in a table cell, after a list label Word draws, a finding with no place,
 * an empty paragraph, and a document that already has a reviewer's comment.
 */
class DocxAnchoringTest {

    @Test
    void commentsSitOnTheQuotedWordsWhereverWordKeepsThem(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("du-thao.docx");
        write(docx);
        List<Finding> findings = List.of(
                finding("REF-SYMBOL-MISMATCH", 2, Location.paragraph(2), "Công văn số 982/LĐTBXH-CTE ngày 12/3/2024 của Bộ")
                        .withSuggestion(Suggestion.of("982/LĐTBXH-CTE", "982/BLĐTBXH-CTE")),
                finding("REF-DATE-MISMATCH", 3, Location.paragraph(2), "12/3/2024"),
                finding("FORM-NUMBER-MISSING", 4, Location.cell(1, 1, 1), "Số: /KH-UBND"),
                finding("FORM-DATE-MISSING", 5, Location.cell(1, 1, 2), "Lai Châu, ngày tháng 5 năm 2024"),
                finding("STRUCT-NUMBERING", 6, Location.paragraph(3), "I. MỤC ĐÍCH, YÊU CẦU"),
                finding("TIME-INVALID-DATE", 7, Location.paragraph(1), "20/24"),
                finding("CONTENT-HOTLINE-MISSING", 8, null, null),
                finding("STRUCT-SECTION-MISSING", 9, Location.paragraph(4), null));
        DocumentResult result = new DocumentResult(docx.toString(), DocumentStatus.CHECKED, null, null, findings);
        ReviewerCopies copies = new ReviewerCopies(dir.resolve("soat"), "test");
        try (ReportSink sink = copies) {
            sink.add(result);
        }
        Path copy = copies.written().get(0).copy();
        assertEquals(dir.resolve("soat/du-thao.plancheck.docx"), copy);

        Map<String, Copies.Comment> byRule = Copies.comments(copy).stream().filter(c -> c.author().equals("plancheck"))
                .collect(Collectors.toMap(c -> c.text().split(" ")[1], c -> c));
        assertEquals(findings.size(), byRule.size());
        assertEquals("Công văn số 982/LĐTBXH-CTE ngày 12/3/2024 của Bộ", byRule.get("REF-SYMBOL-MISMATCH").original().strip());
        assertEquals("Công văn số 982/BLĐTBXH-CTE ngày 12/3/2024 của Bộ", byRule.get("REF-SYMBOL-MISMATCH").anchored().strip());
        assertEquals("12/3/2024", byRule.get("REF-DATE-MISMATCH").original(), "inside the hyperlink");
        assertEquals("Số: /KH-UBND", byRule.get("FORM-NUMBER-MISSING").original().strip());
        assertEquals("Lai Châu, ngày   tháng 5 năm 2024", byRule.get("FORM-DATE-MISSING").original().strip());
        assertEquals("MỤC ĐÍCH, YÊU CẦU", byRule.get("STRUCT-NUMBERING").original().strip(), "the label is Word's, not text");
        assertEquals("20/24", byRule.get("TIME-INVALID-DATE").original(), "found where it is, not where it was said to be");
        assertEquals("KẾ HOẠCH", byRule.get("CONTENT-HOTLINE-MISSING").original().strip(), "a finding with no place is on the title");
        assertEquals("", byRule.get("STRUCT-SECTION-MISSING").original().strip(), "an empty paragraph still holds its comment");
        assertEquals(List.of(new Copies.Change("982/LĐTBXH-CTE", "982/BLĐTBXH-CTE", "plancheck")), Copies.changes(copy));

        // the reviewer's own comment is kept, and every id is unique
        List<Copies.Comment> all = Copies.comments(copy);
        Copies.Comment own = all.stream().filter(c -> c.author().equals("Phòng Tư pháp")).findFirst().orElseThrow();
        assertEquals("Thực hiện", own.original().strip());
        Set<String> ids = new HashSet<>();
        all.forEach(c -> assertTrue(ids.add(c.id()), "duplicate comment id " + c.id()));
        ReviewerCopiesTest.assertCommentsAndRevisionsConsistent(copy);
    }

    @Test
    void withoutAKeHoachLineAFindingAboutTheWholeDocumentGoesOnTheTypeLine(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("quyet-dinh.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(1, 2);
            header.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("ỦY BAN NHÂN DÂN");
            header.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("QUYẾT ĐỊNH");
            doc.createParagraph().createRun().setText("Về việc thành lập Tổ kiểm tra");
            try (OutputStream out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        DocumentResult result = new DocumentResult(docx.toString(), DocumentStatus.CHECKED, null, null,
                List.of(finding("INPUT-NOT-A-PLAN", 0, null, null)));
        ReviewerCopies copies = new ReviewerCopies(dir, "test");
        try (ReportSink sink = copies) {
            sink.add(result);
        }
        List<Copies.Comment> comments = Copies.comments(copies.written().get(0).copy());
        assertEquals(1, comments.size());
        assertEquals("QUYẾT ĐỊNH", comments.get(0).original().strip());
    }

    private static Finding finding(String id, int line, Location where, String quote) {
        return new Finding(id, Category.REF, Severity.ERROR, "Thông điệp về " + id + ".", line, quote, "Nghị định 30/2020/NĐ-CP")
                .located(where, quote);
    }

    /**
     * The draft: a title in two runs; a citation whose symbol is cut over three runs of different formatting and
     * whose date is a hyperlink, with a reviewer's comment on its first words; a header table; a numbered heading;
     * an empty paragraph.
     */
    private static void write(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.createRun().setText("KẾ ");
            XWPFRun bold = title.createRun();
            bold.setText("HOẠCH");
            bold.setBold(true);

            XWPFParagraph cite = doc.createParagraph();
            cite.createRun().setText("Thực hiện");
            cite.createRun().setText(" Công văn số 98");
            XWPFRun italic = cite.createRun();
            italic.setText("2/LĐTBXH-");
            italic.setItalic(true);
            cite.createRun().setText("CTE ngày ");
            XWPFHyperlinkRun link = cite.createHyperlinkRun("https://vanban.example.vn/982");
            link.setText("12/3/2024");
            cite.createRun().setText(" của Bộ; ngày vi chất dinh dưỡng 20/24.");
            XWPFComment own = doc.createComments().createComment(BigInteger.ZERO);
            own.setAuthor("Phòng Tư pháp");
            own.createParagraph().createRun().setText("Xem lại căn cứ.");
            CTP p = cite.getCTP();
            try (var c = p.getRArray(0).newCursor()) {
                c.beginElement(new javax.xml.namespace.QName(WordXml.W, "commentRangeStart"));
                c.insertAttributeWithValue(WordXml.ID, "0");
            }
            try (var c = p.getRArray(0).newCursor()) {
                c.toEndToken();
                c.toNextToken();
                c.beginElement(new javax.xml.namespace.QName(WordXml.W, "commentRangeEnd"));
                c.insertAttributeWithValue(WordXml.ID, "0");
            }
            p.insertNewR(1).addNewCommentReference().setId(BigInteger.ZERO);

            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("ỦY BAN NHÂN DÂN");
            table.getRow(0).getCell(0).addParagraph().createRun().setText("Số: /KH-UBND");
            XWPFParagraph date = table.getRow(0).getCell(1).getParagraphs().get(0);
            date.createRun().setText("Lai Châu, ngày");
            date.createRun().setText("   tháng 5");
            date.createRun().setText(" năm 2024");

            XWPFParagraph heading = doc.createParagraph();
            heading.createRun().setText("MỤC ĐÍCH, YÊU CẦU");
            heading.setNumID(romanList(doc));
            doc.createParagraph();

            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static BigInteger romanList(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.UPPER_ROMAN);
        lvl.addNewLvlText().setVal("%1.");
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }
}
