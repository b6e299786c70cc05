package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plancheck.ingest.Fixtures.SEED1;
import static vn.plancheck.ingest.Fixtures.SEED3;
import static vn.plancheck.ingest.Fixtures.line;
import static vn.plancheck.ingest.Fixtures.plan;
import static vn.plancheck.ingest.Fixtures.read;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

class DocxReaderTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path tmp;

    /** LibreOffice file, headings numbered through the Heading 1 style (no numPr on the paragraphs). */
    @Test
    void seed3HeaderTableInReadingOrderAndStyleNumberedHeadings() {
        SourceText st = read(plan(SEED3, "docx"));
        List<String> head = st.lines().subList(0, 8).stream().map(l -> where(l.location()) + " | " + l.text()).toList();
        assertEquals(List.of(
                "bảng 1, hàng 1, ô 1 | ỦY BAN NHÂN DÂN",
                "bảng 1, hàng 1, ô 1 | TỈNH LAI CHÂU",
                "bảng 1, hàng 1, ô 1 | Số: /KH-UBND",
                "bảng 1, hàng 1, ô 2 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "bảng 1, hàng 1, ô 2 | Độc lập - Tự do - Hạnh phúc",
                "bảng 1, hàng 1, ô 2 | Lai Châu, ngày tháng năm 2024",
                "đoạn 1 | KẾ HOẠCH",
                "đoạn 2 | Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024"), head);
        SourceLine heading = line(st, "I. MỤC ĐÍCH, YÊU CẦU");
        assertEquals(Location.paragraph(4), heading.location());
        assertEquals(10, heading.number());
        assertEquals(Location.cell(2, 1, 1), line(st, "Nơi nhận:").location());
        assertEquals(Location.cell(2, 1, 2), line(st, "Tổng Thanh Hải").location());
        line(st, "IV. CHẾ ĐỘ BÁO CÁO");
    }

    /** LibreOffice file with direct numbering: one roman list across the document, decimal lists restarting, "-" bullets. */
    @Test
    void seed1DirectListsRestartAndBullets() {
        SourceText st = read(plan(SEED1, "docx"));
        Fixtures.inOrder(st, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
                "- Nhằm nâng cao nhận thức cho cán bộ, công chức, viên chức và người lao động trong cơ quan tiếp tục hành động và dành sự quan tâm đến trẻ em.",
                "2. Yêu cầu", "II. NỘI DUNG HOẠT ĐỘNG",
                "1. Tuyên truyền, phổ biến pháp luật, chính sách, chương trình, kế hoạch, dự án cho trẻ em; Đăng tải các khẩu hiệu, thông điệp tuyên truyền về bảo vệ, chăm sóc trẻ em nhân dịp Tháng hành động vì trẻ em năm 2021; Cập nhật các tin, bài viết về Tháng hành động vì trẻ em trên website của Sở.",
                "III. THỜI GIAN", "IV. TỔ CHỨC THỰC HIỆN");
        // hand-typed label kept as typed, typo included: the parser, not the reader, judges it
        line(st, "1 Trưởng các phòng, đơn vị thuộc Sở triển khai tổ chức Tháng hành động vì trẻ em năm 2021 đến toàn thể cán bộ, công chức, viên chức và người lao động cơ quan cùng toàn thể gia đình.");
    }

    @Test
    void rebuildsMultiLevelOverridesStyleInheritedAndLegalNumbering() throws Exception {
        Path file = tmp.resolve("numbering.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            styled(doc, "Heading1", "MỤC ĐÍCH, YÊU CẦU");
            styled(doc, "Heading2", "Mục đích");                // ilvl from Heading2, numId from Heading1 (basedOn)
            numbered(doc, 1, 2, "Chi tiết một");
            numbered(doc, 1, 2, "Chi tiết hai");
            numbered(doc, 1, 3, "ý a");
            numbered(doc, 1, 3, "ý b");
            numbered(doc, 1, 4, "gạch đầu dòng");
            styled(doc, "Heading2", "Yêu cầu");
            numbered(doc, 1, 3, "ý sau mục 2");               // level 3 restarts after level 1
            styled(doc, "Heading1", "NỘI DUNG");
            styled(doc, "Heading2", "Hoạt động");
            doc.createParagraph();                             // empty paragraph: kept as an empty line
            numbered(doc, 2, 1, "bắt đầu lại từ 5");          // num 2: same list, startOverride 5 on level 1
            numbered(doc, 2, 1, "tiếp theo");
            numbered(doc, 3, 0, "danh sách khác");             // abstractNum 1, no w:start: counts from 0 (ECMA-376)
            numbered(doc, 4, 0, "ghi đè cả cấp");              // lvlOverride with a whole w:lvl: lowerRoman "(%1)"
            numbered(doc, 4, 0, "ghi đè cả cấp hai");
            XWPFParagraph off = styled(doc, "Heading1", "TIÊU ĐỀ KHÔNG ĐÁNH SỐ");
            off.setNumID(BigInteger.ZERO);                     // numId 0 switches the style's numbering off
            numbered(doc, 5, 0, "CHƯƠNG");
            numbered(doc, 5, 1, "điều theo kiểu pháp lý");     // isLgl: "%1.%2." in decimal under "I."
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        assertEquals(List.of(
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Chi tiết một", "1.2. Chi tiết hai",
                "a) ý a", "b) ý b", "- gạch đầu dòng", "2. Yêu cầu", "a) ý sau mục 2",
                "II. NỘI DUNG", "1. Hoạt động", "", "5. bắt đầu lại từ 5", "6. tiếp theo",
                "0. danh sách khác", "(i) ghi đè cả cấp", "(ii) ghi đè cả cấp hai", "TIÊU ĐỀ KHÔNG ĐÁNH SỐ",
                "I. CHƯƠNG", "1.1. điều theo kiểu pháp lý"),
                Fixtures.texts(read(file)));
    }

    @Test
    void tableCellsRowByRowSoftBreaksSplitAndEmptyParagraphsKept() throws Exception {
        Path file = tmp.resolve("table.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("ỦY BAN NHÂN DÂN");
            t.getRow(0).getCell(0).addParagraph().createRun().setText("Số: 12/KH-UBND");
            t.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            t.getRow(1).getCell(1).getParagraphs().get(0).createRun().setText("Hà Nội, ngày 1 tháng 6 năm 2024");
            XWPFRun r = doc.createParagraph().createRun();
            r.setText("KT. CHỦ TỊCH");
            r.addBreak();
            r.setText("PHÓ CHỦ TỊCH");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("Nguyễn Văn A");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        SourceText st = read(file);
        assertEquals(List.of(
                "1 bảng 1, hàng 1, ô 1: ỦY BAN NHÂN DÂN",
                "2 bảng 1, hàng 1, ô 1: Số: 12/KH-UBND",
                "3 bảng 1, hàng 1, ô 2: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "4 bảng 1, hàng 2, ô 1: ",
                "5 bảng 1, hàng 2, ô 2: Hà Nội, ngày 1 tháng 6 năm 2024",
                "6 đoạn 1: KT. CHỦ TỊCH",
                "7 đoạn 1: PHÓ CHỦ TỊCH",
                "8 đoạn 2: ",
                "9 đoạn 3: Nguyễn Văn A"),
                st.lines().stream().map(l -> l.number() + " " + where(l.location()) + ": " + l.text()).toList());
    }

    @Test
    void decomposedDiacriticsComeOutComposed() throws Exception {
        Path file = tmp.resolve("nfd.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Ke\u0302\u0301 hoa\u0323ch");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        assertEquals(List.of("Kế hoạch"), Fixtures.texts(read(file)));
    }

    @Test
    void textTypedInTcvn3FontIsConverted() throws Exception {
        Path file = tmp.resolve("vntime.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String s : List.of("KẾ HOẠCH", "Triển khai Tháng hành động vì trẻ em năm 2024")) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setFontFamily(".VnTime");
                r.setText(Tcvn3.encode(s));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        SourceText st = read(file);
        assertEquals(List.of("KẾ HOẠCH", "Triển khai Tháng hành động vì trẻ em năm 2024"), Fixtures.texts(st));
        assertEquals(List.of("Tệp dùng bảng mã TCVN3 (ABC) cũ; đã chuyển sang Unicode."), st.notes());
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void numbered(XWPFDocument doc, int numId, int ilvl, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(BigInteger.valueOf(numId));
        p.setNumILvl(BigInteger.valueOf(ilvl));
        p.createRun().setText(text);
    }

    private static String lvl(int ilvl, String start, String fmt, String text, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\">" + (start == null ? "" : "<w:start w:val=\"" + start + "\"/>")
                + "<w:numFmt w:val=\"" + fmt + "\"/>" + extra + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    private static final String NUMBERING = "<w:numbering " + W + ">"
            + "<w:abstractNum w:abstractNumId=\"0\">"
            + lvl(0, "1", "upperRoman", "%1.", "") + lvl(1, "1", "decimal", "%2.", "")
            + lvl(2, "1", "decimal", "%2.%3.", "") + lvl(3, "1", "lowerLetter", "%4)", "")
            + lvl(4, "1", "bullet", "\uF0B7", "") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, null, "decimal", "%1.", "") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "1", "upperRoman", "%1.", "")
            + lvl(1, "1", "decimal", "%1.%2.", "<w:isLgl/>") + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
            + "<w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/>"
            + "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, "1", "lowerRoman", "(%1)", "") + "</w:lvlOverride></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "</w:numbering>";

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "</w:styles>";

    private static String where(Location l) {
        return l.cell() != null ? "bảng " + l.table() + ", hàng " + l.row() + ", ô " + l.cell() : "đoạn " + l.paragraph();
    }
}
