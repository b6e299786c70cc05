package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.ScanMaker;
import vn.plancheck.ingest.ScanProgress;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.ingest.WithoutTesseract;
import vn.plancheck.ocr.Ocr;
import vn.plancheck.rules.RuleBase;

/**
 * The pages of a scan are told, one by one, to the listener a progress display passes down: by the reader of each
 * kind of scan, and through the batch (its first pass, which looks for parent plans, and the check).
 */
class ScanProgressTest {
    private static final Path SEED1 = Path.of("fixtures/plans/seed1-khcn-bacgiang-thang-hanh-dong-2021.pdf");
    private static String previousCache;
    private static List<BufferedImage> pages;

    @TempDir
    Path tmp;

    /** What a listener heard, as "start FILE p/n" and "read FILE p/n". */
    private static final class Recorder implements ScanProgress {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void pageStarted(String file, int page, int pages) {
            events.add("start " + Path.of(file).getFileName() + " " + page + "/" + pages);
        }

        @Override
        public synchronized void pageRead(String file, int page, int pages) {
            events.add("read " + Path.of(file).getFileName() + " " + page + "/" + pages);
        }
    }

    @BeforeAll
    static void scan() throws Exception {
        // the scan ScannedPlansTest makes of seed 1 (2 pages), in the cache it uses: recognised once for both
        previousCache = System.getProperty("plancheck.ocr.cache");
        System.setProperty("plancheck.ocr.cache", Path.of("target", "ocr-cache").toAbsolutePath().toString());
        pages = ScanMaker.scan(ScanMaker.renderPdf(SEED1, 300), SEED1.getFileName().toString());
    }

    @AfterAll
    static void restore() {
        if (previousCache == null) {
            System.clearProperty("plancheck.ocr.cache");
        } else {
            System.setProperty("plancheck.ocr.cache", previousCache);
        }
    }

    @Test
    void eachKindOfScanTellsItsPagesInOrder() throws Exception {
        assumeTrue(Ocr.configured().unavailable() == null, "Tesseract with Vietnamese data is not installed");
        Path pdf = tmp.resolve("ban-scan.pdf");
        Path tif = tmp.resolve("ban-scan.tif");
        Path docx = tmp.resolve("ban-chup.docx");
        ScanMaker.writePdf(pages, pdf);
        ScanMaker.writeTiff(pages, tif);
        ScanMaker.writeDocx(pages, docx);
        for (Path scan : List.of(pdf, tif, docx)) {
            Recorder heard = new Recorder();
            DocumentReaders.read(scan, scan.toString(), heard);
            String name = scan.getFileName().toString();
            assertEquals(List.of("start " + name + " 1/2", "read " + name + " 1/2", "start " + name + " 2/2", "read " + name + " 2/2"),
                    heard.events, name);
        }
        Recorder typed = new Recorder();
        DocumentReaders.read(SEED1, SEED1.toString(), typed);
        assertEquals(List.of(), typed.events, "a PDF with its text layer has no page to recognise");
    }

    @Test
    void theBatchTellsThePagesOfItsScansOnceAcrossBothPasses() throws Exception {
        assumeTrue(Ocr.configured().unavailable() == null, "Tesseract with Vietnamese data is not installed");
        Path pdf = tmp.resolve("ban-scan.pdf");
        ScanMaker.writePdf(pages, pdf);
        Path typed = Path.of("fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
        Recorder heard = new Recorder();
        Checker checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
        new BatchRunner(checker).run(new InputCollector.Inputs(List.of(pdf, typed), 0),
                new BatchRunner.Options(2, null, true, null).withPages(heard), List.of());
        Set<String> read = new TreeSet<>(heard.events.stream().filter(e -> e.startsWith("read ")).toList());
        assertEquals(Set.of("read ban-scan.pdf 1/2", "read ban-scan.pdf 2/2"), read);
        // the first pass (looking for parents) reads the scan and keeps it: the check does not recognise it again
        assertEquals(2, heard.events.stream().filter(e -> e.startsWith("read ")).count(), heard.events.toString());
    }

    @Test
    @ExtendWith(WithoutTesseract.class)
    void withoutTesseractNoPageIsTold() throws Exception {
        Path pdf = tmp.resolve("ban-scan.pdf");
        ScanMaker.writePdf(pages.subList(0, 1), pdf);
        Recorder heard = new Recorder();
        try {
            DocumentReaders.read(pdf, pdf.toString(), heard);
        } catch (UnreadableDocumentException e) {
            assertTrue(e.getMessage().contains(Ocr.INSTALL_COMMAND), e.getMessage());
        }
        assertEquals(List.of(), heard.events);
    }
}
