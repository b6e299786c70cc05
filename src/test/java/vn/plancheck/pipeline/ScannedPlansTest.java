package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;

import vn.plancheck.annotate.ReviewerCopies;
import vn.plancheck.ingest.ScanMaker;
import vn.plancheck.model.Location;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Section;
import vn.plancheck.ocr.Ocr;
import vn.plancheck.rules.RuleBase;

/**
 * Scans made from the seed and fixture plans (rendered or typeset, turned, specked, wrapped as an image-only PDF:
 * {@link ScanMaker}) are checked like their typed versions: the facts the typed version gives (number, date, issuer,
 * top sections, report deadlines) must be read from the scan, its findings must be the typed version's (a finding
 * lowered for OCR keeps its rule), and every finding on a scan must point at its page. Needs Tesseract with its
 * Vietnamese data: skipped without it.
 *
 * <p>The suite checks three plans (a PDF from Word, a commune plan and a party plan typeset here). The measurement
 * over every seed and fixture plan runs with {@code -Dplancheck.ocr.eval=all} and writes its table to
 * {@code target/ocr-eval.md}; that is where the README's figures come from.
 */
class ScannedPlansTest {
    private static final Path SCANS = Path.of("target", "ocr-scans");
    private static final int DPI = 300;
    /** Rules whose findings are about the OCR itself: a scan has them, its typed version not. */
    private static final List<String> OCR_ONLY = List.of("INPUT-OCR-SUSPECTED");
    /** The note a finding lowered for OCR ends with (rules.FindingCollector). */
    private static final String OCR_LOWERED = "mức độ được hạ, cần đối chiếu bản gốc.)";
    private static final List<String> SUITE = List.of(
            "fixtures/plans/seed1-khcn-bacgiang-thang-hanh-dong-2021.pdf",
            "fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt",
            "fixtures/plans/own-13-dang-uy-xa-kim-son-chi-thi-20-2022.txt");

    private static Checker checker;
    private static String previousCache;
    private static final List<String> report = new ArrayList<>();
    /** Documents, all facts read, findings as typed apart from those lowered for OCR, pages, findings identical. */
    private static final int[] totals = new int[5];

    @BeforeAll
    static void setUp() throws Exception {
        previousCache = System.getProperty("plancheck.ocr.cache");
        System.setProperty("plancheck.ocr.cache", Path.of("target", "ocr-cache").toAbsolutePath().toString());
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (previousCache == null) {
            System.clearProperty("plancheck.ocr.cache");
        } else {
            System.setProperty("plancheck.ocr.cache", previousCache);
        }
        if (!report.isEmpty()) {
            List<String> out = new ArrayList<>();
            out.add("| Document | Pages | Facts read | Findings as typed (but lowered ones) | Findings identical | Differences (typed→scan) |");
            out.add("|---|---|---|---|---|---|");
            out.addAll(report);
            out.add("");
            out.add("Facts read on " + totals[1] + " of " + totals[0] + " scans; findings as typed, apart from those lowered"
                    + " for OCR, on " + totals[2] + " of " + totals[0] + " (identical on " + totals[4] + "); " + totals[3]
                    + " pages.");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "ocr-eval.md"), out, StandardCharsets.UTF_8);
        }
    }

    /** A measurement run: every plan ("all") or those whose names contain one of the comma-separated parts. */
    private static boolean all() {
        return !System.getProperty("plancheck.ocr.eval", "").isBlank();
    }

    private static boolean selected(String path) {
        String eval = System.getProperty("plancheck.ocr.eval", "");
        if (eval.equals("all")) {
            return true;
        }
        for (String part : eval.split(",")) {
            if (!part.isBlank() && path.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> scansAreCheckedLikeTheirTypedVersions() throws IOException {
        assumeTrue(Ocr.configured().unavailable() == null, "Tesseract with Vietnamese data is not installed");
        assumeTrue(ScanMaker.fontFile() != null, "no Vietnamese font to typeset the plans with");
        List<String> cases = all() ? allCases().stream().filter(ScannedPlansTest::selected).toList() : SUITE;
        return cases.stream().map(c -> DynamicTest.dynamicTest(Path.of(c).getFileName().toString(), () -> check(Path.of(c))));
    }

    /**
     * The same scan as a multi-page TIFF and as a Word file holding the page pictures (the pixels are the same, so one
     * OCR pass serves both): the facts and findings are those of the typed plan, located by page.
     */
    @Test
    void tiffAndWordFileOfPagePicturesAreReadLikeTheScannedPdf() throws IOException {
        assumeTrue(Ocr.configured().unavailable() == null, "Tesseract with Vietnamese data is not installed");
        assumeTrue(ScanMaker.fontFile() != null, "no Vietnamese font to typeset the plans with");
        Path source = Path.of("fixtures/plans/own-04-so-gddt-nghe-an-thang-hanh-dong-2023.txt");
        List<BufferedImage> pages = ScanMaker.scan(ScanMaker.typeset(source, DPI), source.getFileName().toString());
        Files.createDirectories(SCANS);
        Path tif = SCANS.resolve("own-04.scan.tif");
        Path docx = SCANS.resolve("own-04.scan.docx");
        ScanMaker.writeTiff(pages, tif);
        ScanMaker.writeDocx(pages, docx);
        DocumentResult typed = checker.check(source, source.toString());
        for (Path scan : List.of(tif, docx)) {
            DocumentResult r = checker.check(scan, scan.toString());
            assertEquals(DocumentStatus.CHECKED, r.getStatus(), () -> scan + ": " + r.getError());
            Plan a = typed.getPlan();
            Plan b = r.getPlan();
            assertEquals(List.of(1, 2, 3).subList(0, pages.size()), b.getScannedPages());
            assertEquals(a.getNumber(), b.getNumber(), scan.toString());
            assertEquals(a.getIssueDate(), b.getIssueDate(), scan.toString());
            assertEquals(compact(a.getIssuer()), compact(b.getIssuer()), scan.toString());
            assertEquals(kinds(a), kinds(b), scan.toString());
            assertEquals(deadlines(a), deadlines(b), scan.toString());
            assertTrue(r.getFindings().stream().allMatch(f -> f.getLocation() != null && f.getLocation().page() != null),
                    "every finding on its page");
        }
    }

    /**
     * The reviewer's copy of a scan: each finding is highlighted on its page, over the line OCR read its words on
     * (there is no text layer to find them in), with the finding as the note.
     */
    @Test
    void reviewersCopyOfAScanHighlightsTheLines() throws IOException {
        assumeTrue(Ocr.configured().unavailable() == null, "Tesseract with Vietnamese data is not installed");
        Path scan = scanOf(Path.of(SUITE.get(0)));
        DocumentResult r = checker.check(scan, scan.toString());
        Path dir = Files.createTempDirectory(Path.of("target"), "soat");
        try (ReviewerCopies copies = new ReviewerCopies(dir, "test")) {
            copies.add(r);
            ReviewerCopies.Written w = copies.written().get(0);
            assertEquals(ReviewerCopies.Kind.PDF, w.kind());
            assertEquals(r.getFindings().size(), w.onWords(), "every finding highlighted, none a sticky note");
            try (PDDocument doc = Loader.loadPDF(w.copy().toFile())) {
                for (Finding f : r.getFindings()) {
                    PDPage page = doc.getPage(f.getLocation().page() - 1);
                    List<PDAnnotationHighlight> highlights = page.getAnnotations().stream()
                            .filter(a -> a instanceof PDAnnotationHighlight).map(a -> (PDAnnotationHighlight) a)
                            .filter(h -> f.getRuleId().equals(h.getSubject())).toList();
                    assertTrue(!highlights.isEmpty(), () -> f.getRuleId() + " highlighted on page " + f.getLocation().page());
                    Location.Area area = f.getLocation().area();
                    float top = page.getCropBox().getUpperRightY() - (float) area.y0() * page.getCropBox().getHeight();
                    assertTrue(highlights.stream().anyMatch(h -> Math.abs(h.getQuadPoints()[1] - top) < 1),
                            () -> f.getRuleId() + " highlighted at its line: top " + top + ", highlights at "
                                    + highlights.stream().map(h -> h.getQuadPoints()[1]).toList());
                }
            }
        }
    }

    /** Every seed and fixture plan: the PDFs as they are printed, the texts typeset. */
    private static List<String> allCases() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("fixtures/plans/seed1-khcn-bacgiang-thang-hanh-dong-2021.pdf");
        out.add("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.pdf");
        out.add("fixtures/layouts/ubnd-phuong-2rows.pdf");
        out.add("fixtures/layouts/phong-kthtdt-offset.pdf");
        try (Stream<Path> s = Files.list(Path.of("fixtures/plans"))) {
            s.map(Path::toString).filter(p -> p.endsWith(".txt")).filter(p -> !p.contains("seed1-") && !p.contains("seed3-"))
                    .sorted().forEach(out::add);
        }
        return out;
    }

    /** The scan of {@code source}, made once (the same pixels every time, so the OCR cache serves re-runs). */
    static Path scanOf(Path source) throws IOException {
        Files.createDirectories(SCANS);
        String name = source.getFileName().toString();
        Path scan = SCANS.resolve(name.substring(0, name.lastIndexOf('.')) + ".scan.pdf");
        if (!Files.exists(scan)) {
            List<BufferedImage> pages = name.endsWith(".pdf") ? ScanMaker.renderPdf(source, DPI) : ScanMaker.typeset(source, DPI);
            ScanMaker.writePdf(ScanMaker.scan(pages, name), scan);
        }
        return scan;
    }

    private static void check(Path source) throws IOException {
        DocumentResult typed = checker.check(source, source.toString());
        Path scan = scanOf(source);
        long t0 = System.nanoTime();
        DocumentResult scanned = checker.check(scan, scan.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(DocumentStatus.CHECKED, scanned.getStatus(), () -> scan + ": " + scanned.getError());
        List<String> diffs = new ArrayList<>();
        Plan a = typed.getPlan();
        Plan b = scanned.getPlan();
        assertTrue(b.isScanned(), "the plan knows it was read from a scan");
        same(diffs, "number", a.getNumber(), b.getNumber());
        same(diffs, "date", a.getIssueDate(), b.getIssueDate());
        same(diffs, "issuer", compact(a.getIssuer()), compact(b.getIssuer()));
        same(diffs, "sections", kinds(a), kinds(b));
        same(diffs, "deadlines", deadlines(a), deadlines(b));
        boolean factsRead = diffs.isEmpty();
        Map<String, Integer> typedFindings = ruleCounts(typed, false);
        Map<String, Integer> scanFindings = ruleCounts(scanned, false);
        Map<String, Integer> scanKept = ruleCounts(scanned, true);
        List<String> findingDiffs = new ArrayList<>();
        boolean asTyped = true;          // nothing lost, and nothing added that is not lowered for OCR
        for (String id : union(typedFindings, scanFindings)) {
            int x = typedFindings.getOrDefault(id, 0);
            int y = scanFindings.getOrDefault(id, 0);
            if (x != y) {
                findingDiffs.add(id + " " + x + "→" + y);
            }
            int kept = scanKept.getOrDefault(id, 0);
            if (y < x || kept > x) {
                asTyped = false;
            }
        }
        for (Finding f : scanned.getFindings()) {
            assertTrue(f.getLocation() != null && f.getLocation().page() != null,
                    () -> "finding without its page on " + scan + ": " + f);
        }
        int pages = b.getScannedPages().size();
        synchronized (report) {
            totals[0]++;
            totals[1] += factsRead ? 1 : 0;
            totals[2] += asTyped ? 1 : 0;
            totals[4] += findingDiffs.isEmpty() ? 1 : 0;
            totals[3] += pages;
            List<String> all = new ArrayList<>(diffs);
            all.addAll(findingDiffs);
            report.add("| " + source.getFileName() + " | " + pages + " | " + (factsRead ? "yes" : "no") + " | "
                    + (asTyped ? "yes" : "no") + " | " + (findingDiffs.isEmpty() ? "yes" : "no") + " | "
                    + String.join("; ", all).replace("|", "/")
                    + String.format(Locale.ROOT, " (%.1f s)", seconds) + " |");
        }
        if (!all()) {
            assertTrue(diffs.isEmpty(), () -> source + " scanned:\n  " + String.join("\n  ", diffs));
            boolean ok = asTyped;
            assertTrue(ok, () -> source + " scanned, findings (typed→scan; only findings lowered for OCR may be added):\n  "
                    + String.join("\n  ", findingDiffs));
        }
    }

    private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> m = new TreeMap<>(a);
        m.putAll(b);
        return new ArrayList<>(m.keySet());
    }

    /**
     * How many findings of each rule (a finding lowered for OCR is still its rule's); with {@code notLowered}, only
     * those that were not lowered for OCR.
     */
    private static Map<String, Integer> ruleCounts(DocumentResult r, boolean notLowered) {
        Map<String, Integer> m = new HashMap<>();
        for (Finding f : r.getFindings()) {
            if (!OCR_ONLY.contains(f.getRuleId()) && !(notLowered && f.getMessage().endsWith(OCR_LOWERED))) {
                m.merge(f.getRuleId(), 1, Integer::sum);
            }
        }
        return m;
    }

    private static List<String> kinds(Plan p) {
        return p.getTopSections().stream().map(Section::getKind).toList();
    }

    private static List<String> deadlines(Plan p) {
        return p.getDeadlines().stream().map((Deadline d) -> d.getKind() + " " + d.getDate()).sorted().toList();
    }

    private static void same(List<String> diffs, String what, Object typed, Object scanned) {
        if (typed == null ? scanned != null : !typed.equals(scanned)) {
            diffs.add(what + ": typed " + typed + ", scan " + scanned);
        }
    }

    /** The issuer as a reader compares it: diacritics, case, spaces and punctuation aside. */
    private static String compact(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "");
    }
}
