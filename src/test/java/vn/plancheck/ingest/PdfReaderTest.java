package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plancheck.ingest.Fixtures.SEED1;
import static vn.plancheck.ingest.Fixtures.line;
import static vn.plancheck.ingest.Fixtures.plan;
import static vn.plancheck.ingest.Fixtures.read;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
    @TempDir
    Path tmp;

    /** The header table is read cell by cell, left cell first, as the .docx reader reads the same table. */
    @Test
    void seed1PagesAndHeaderColumnsSplit() {
        SourceText st = read(plan(SEED1, "pdf"));
        assertEquals("pdf", st.format());
        List<String> header = List.of("UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: /KH-KHCN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày tháng 5 năm 2021");
        assertEquals(header, Fixtures.texts(st).subList(0, 6));
        assertEquals(header, Fixtures.texts(read(plan(SEED1, "docx"))).subList(0, 6));
        assertEquals(Location.pageLine(1, 3), line(st, "Số: /KH-KHCN").location());
        assertEquals(1, line(st, "I. MỤC ĐÍCH, YÊU CẦU").location().page());
        assertEquals(2, line(st, "Nơi nhận:").location().page());
        assertEquals(2, line(st, "GIÁM ĐỐC").location().page());
        assertEquals(2, line(st, "Nguyễn Thanh Bình").location().page());
        // the closing table likewise: recipients, then the signature
        Fixtures.inOrder(st, "Nơi nhận:", "- Lãnh đạo Sở;", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Thanh Bình");
    }

    @Test
    @ExtendWith(WithoutTesseract.class)
    void scannedPdfNeedsOcr() {
        Fixtures.unreadable(Fixtures.broken("scanned.pdf"), "INPUT-NO-TEXT-LAYER", "bản scan");
    }

    @Test
    void passwordProtectedPdf() {
        Fixtures.unreadable(Fixtures.broken("encrypted.pdf"), "INPUT-UNREADABLE", "mật khẩu");
    }

    @Test
    @ExtendWith(WithoutTesseract.class)
    void scannedPageInsideATextPdfIsNamedInANote() throws Exception {
        Path f = tmp.resolve("partly.pdf");
        try (PDDocument doc = Loader.loadPDF(plan(SEED1, "pdf").toFile())) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 595, 842);
            }
            doc.save(f.toFile());
        }
        SourceText st = read(f);
        assertEquals(List.of("Trang 3 không có lớp văn bản (ảnh scan): nội dung các trang này không được kiểm tra. "
                + "Máy này chưa cài Tesseract, chương trình nhận dạng chữ mà plancheck dùng để đọc bản scan. Cài bằng một lệnh: "
                + "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie (cần quyền quản trị), rồi kiểm tra lại."), st.notes());
        line(st, "Nguyễn Thanh Bình");
    }

    @Test
    @ExtendWith(WithoutTesseract.class)
    void pdfWithoutAnyTextOrImage() throws Exception {
        Path f = tmp.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(f.toFile());
        }
        Fixtures.unreadable(f, "INPUT-NO-TEXT-LAYER", "cần chạy OCR");
    }

    /** A plan typed in .VnTime and printed to PDF: the font's WinAnsi codes extract as Latin-1 mojibake. */
    @Test
    void tcvn3TextLayerIsConverted() throws Exception {
        Path f = tmp.resolve("vntime.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(Tcvn3.encode("KẾ HOẠCH"));
                cs.newLineAtOffset(0, -20);
                cs.showText(Tcvn3.encode("Triển khai Tháng hành động vì trẻ em năm 2024"));
                cs.endText();
            }
            doc.save(f.toFile());
        }
        SourceText st = read(f);
        assertEquals(List.of("KẾ HOẠCH", "Triển khai Tháng hành động vì trẻ em năm 2024"), Fixtures.texts(st));
        assertTrue(st.notes().get(0).contains("TCVN3"));
    }

    @Test
    void brokenPdf() throws Exception {
        Path f = tmp.resolve("broken.pdf");
        Files.writeString(f, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n% cut here");
        Fixtures.unreadable(f, "INPUT-UNREADABLE", "Tệp .pdf bị hỏng");
    }

    /** "Số:", a tab, the number: one line; "Số:" and a far cell that is not a number: two. Helvetica has no "ố". */
    @Test
    void numberAfterATabStaysWithItsLabel() throws Exception {
        Path f = tmp.resolve("tab.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, 72, 760, "So:");
                show(cs, 130, 760, "208/KH-UBND");                       // 1.5 cm after "So:"
                show(cs, 330, 760, "Ha Noi, ngay 10 thang 10 nam 2025");
                show(cs, 72, 730, "So:");
                show(cs, 330, 730, "Thanh pho Hue");
                show(cs, 72, 700, BODY);
            }
            doc.save(f.toFile());
        }
        assertEquals(List.of("So: 208/KH-UBND", "So:", "Ha Noi, ngay 10 thang 10 nam 2025", "Thanh pho Hue", BODY),
                Fixtures.texts(read(f)));
    }

    /** A day written later over the draft's blank: the blank's space glyphs under it do not split it ("1  0"). */
    @Test
    void spacesUnderTextWrittenLaterAreDropped() throws Exception {
        Path f = tmp.resolve("filled.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, 72, 760, "Ha Noi, ngay        thang 10 nam 2025");
                show(cs, 72, 700, BODY);
                float blank = 72 + HELVETICA.getStringWidth("Ha Noi, ngay ") / 1000 * 12;
                show(cs, blank + 6, 760.5f, "10");                       // the clerk's day, a hair off the line
            }
            doc.save(f.toFile());
        }
        SourceLine date = Fixtures.read(f).lines().get(0);
        assertEquals("Ha Noi, ngay 10 thang 10 nam 2025", date.text());
        assertTrue(date.original().contains("10 "), date.original());
    }

    /**
     * Annotations: a FreeText's text joins the line it was typed into; a hidden one is not read; a stamp that says
     * who signed is read after the page's lines, located on its page, not inside the line it lies over.
     */
    @Test
    void annotationTextIsReadAndSignatureStampsComeLast() throws Exception {
        Path f = tmp.resolve("annotated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, 72, 760, "So:");
                show(cs, 120.5f, 760, "/KH-UBND");
                show(cs, 72, 700, BODY);
            }
            page.getAnnotations().add(textAnnotation(doc, new PDAnnotationFreeText(), 100, 760, "208"));
            PDAnnotation hidden = textAnnotation(doc, new PDAnnotationFreeText(), 72, 600, "XYZ an di");
            hidden.setHidden(true);
            page.getAnnotations().add(hidden);
            page.getAnnotations().add(textAnnotation(doc, new PDAnnotationRubberStamp(), 150, 757, "Signed by: Nguyen Van A"));
            doc.save(f.toFile());
        }
        SourceText st = read(f);
        assertEquals(List.of("So: 208/KH-UBND", BODY, "Signed by: Nguyen Van A"),
                Fixtures.texts(st));
        assertEquals(Location.pageLine(1, 3), st.lines().get(2).location());
    }

    /** A line of running text, across the page (and so across a header table's gutter). */
    private static final String BODY = "Noi dung cua ke hoach gom nhieu dong chu, moi dong chay het chieu ngang trang.";
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private static void show(PDPageContentStream cs, float x, float y, String text) throws java.io.IOException {
        cs.beginText();
        cs.setFont(HELVETICA, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** An annotation whose appearance is {@code text} in 12 pt Helvetica with its baseline at ({@code x}, {@code y}). */
    private static PDAnnotation textAnnotation(PDDocument doc, PDAnnotation a, float x, float y, String text)
            throws java.io.IOException {
        float w = HELVETICA.getStringWidth(text) / 1000 * 12;
        a.setRectangle(new PDRectangle(x, y - 3, w, 15));
        a.setPrinted(true);
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(w, 15));
        ap.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
            cs.beginText();
            cs.setFont(HELVETICA, 12);
            cs.newLineAtOffset(0, 3);
            cs.showText(text);
            cs.endText();
        }
        PDAppearanceDictionary apd = new PDAppearanceDictionary();
        apd.setNormalAppearance(ap);
        a.setAppearance(apd);
        return a;
    }
}
