package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.ingest.ScanMaker;
import vn.plancheck.ingest.WithoutTesseract;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.rules.RuleBase;

/**
 * Where Tesseract is not installed, a scan (image-only PDF, Word file of page pictures, image file) gets one finding
 * that says so and gives the command that installs it, and the rest of the batch is checked as usual.
 */
@ExtendWith(WithoutTesseract.class)
class ScansWithoutTesseractTest {
    private static final String INSTALL = "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie";
    private static Checker checker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    @Test
    void scansSayHowToInstallTesseractAndTheBatchGoesOn() throws Exception {
        // page 1 of seed 1 as a printer prints it: no font of this machine is needed
        List<BufferedImage> pages = ScanMaker.renderPdf(Path.of("fixtures/plans/seed1-khcn-bacgiang-thang-hanh-dong-2021.pdf"), 100)
                .subList(0, 1);
        Path pdf = tmp.resolve("ban-scan.pdf");
        Path docx = tmp.resolve("ban-chup.docx");
        Path tif = tmp.resolve("trang.tif");
        ScanMaker.writePdf(pages, pdf);
        ScanMaker.writeDocx(pages, docx);
        ScanMaker.writeTiff(pages, tif);
        Path typed = Path.of("fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
        CheckRun run = checker.checkAll(List.of(pdf, typed, docx, tif), 2, null);
        List<DocumentResult> docs = run.getDocuments();
        assertEquals(4, docs.size());
        for (DocumentResult scan : List.of(docs.get(0), docs.get(2), docs.get(3))) {
            assertEquals(DocumentStatus.UNREADABLE, scan.getStatus(), scan.getFile());
            Finding f = scan.getFindings().get(0);
            assertEquals("INPUT-NO-TEXT-LAYER", f.getRuleId());
            assertEquals(Severity.ERROR, f.getSeverity());
            assertTrue(f.getMessage().contains("chưa cài Tesseract") && f.getMessage().contains(INSTALL), f.getMessage());
        }
        assertTrue(docs.get(0).getFindings().get(0).getMessage().startsWith("PDF không có lớp văn bản (bản scan)"));
        assertTrue(docs.get(2).getFindings().get(0).getMessage().startsWith("Tệp Word chỉ chứa ảnh"));
        assertTrue(docs.get(3).getFindings().get(0).getMessage().startsWith("Tệp ảnh (bản scan)"));
        assertEquals(DocumentStatus.CHECKED, docs.get(1).getStatus(), "the typed plan next to them is checked");
    }
}
