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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
    @TempDir
    Path tmp;

    @Test
    void seed1PagesAndHeaderColumnsSplit() {
        SourceText st = read(plan(SEED1, "pdf"));
        assertEquals("pdf", st.format());
        assertEquals(List.of("UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "Độc lập - Tự do - Hạnh phúc", "Số: /KH-KHCN", "Bắc Giang, ngày tháng 5 năm 2021"),
                Fixtures.texts(st).subList(0, 6));
        assertEquals(1, line(st, "I. MỤC ĐÍCH, YÊU CẦU").location().page());
        assertEquals(2, line(st, "Nơi nhận:").location().page());
        assertEquals(2, line(st, "GIÁM ĐỐC").location().page());
        assertEquals(2, line(st, "Nguyễn Thanh Bình").location().page());
    }

    @Test
    void scannedPdfNeedsOcr() {
        Fixtures.unreadable(Fixtures.broken("scanned.pdf"), "INPUT-NO-TEXT-LAYER", "bản scan");
    }

    @Test
    void passwordProtectedPdf() {
        Fixtures.unreadable(Fixtures.broken("encrypted.pdf"), "INPUT-UNREADABLE", "mật khẩu");
    }

    @Test
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
        assertEquals(List.of("Trang 3 không có lớp văn bản (ảnh scan): nội dung các trang này không được kiểm tra."), st.notes());
        line(st, "Nguyễn Thanh Bình");
    }

    @Test
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
}
