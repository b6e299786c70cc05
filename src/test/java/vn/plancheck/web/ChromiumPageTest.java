package vn.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page in a real browser, as a reviewer uses it at 1366×768: choose a draft, check it, see the verdict and the
 * findings, go to a finding's place on the text and back, filter, download the reviewer's copy; hostile titles stay
 * text and no script of theirs runs. Skipped where Debian's chromium and chromium-driver are not installed. The
 * screenshots of each step are left in target/web-screens/ to be looked at.
 */
class ChromiumPageTest {
    static final Path SCREENS = Path.of("target/web-screens");
    static final Path PLANS = WebServerTest.PLANS;
    static WebServer server;
    static WebDriver browser;
    static Path downloads;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path[] installed = WebDriver.installed();
        Assumptions.assumeTrue(installed != null, "chromium and chromium-driver are not installed");
        server = WebServerTest.start(Path.of("rules"), UploadLimits.DEFAULT);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        browser = new WebDriver(installed, downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    String url() {
        return server.uri().toString();
    }

    void check(Path... files) throws Exception {
        browser.open(url());
        String input = browser.find("#files");
        for (Path f : files) {
            browser.type(input, f.toAbsolutePath().toString());
        }
        browser.click(browser.find("#go"));
        browser.await("document.getElementById('run-title') || document.querySelector('#results .error')", 60);
    }

    @Test
    void aReviewerChecksADraftGoesToAFindingAndDownloadsTheCopy() throws Exception {
        browser.open(url());
        browser.screenshot(SCREENS.resolve("1-start.png"));
        String input = browser.find("#files");
        browser.type(input, WebServerTest.DOCX.toAbsolutePath().toString());
        assertEquals(WebServerTest.DOCX.getFileName().toString(), browser.script("return document.querySelector('#chosen td').textContent;").asText());
        browser.screenshot(SCREENS.resolve("2-chosen.png"));
        browser.click(browser.find("#go"));
        browser.await("document.getElementById('run-title')", 60);
        browser.screenshot(SCREENS.resolve("3-results.png"));
        byte[] pdf = browser.print();
        Files.write(SCREENS.resolve("3-results-printed.pdf"), pdf);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("Phải sửa", browser.script("return document.querySelector('.doc .verdict').textContent;").asText());
        assertTrue(browser.script("return document.querySelectorAll('li.finding').length;").asInt() > 3);
        assertTrue(browser.script("return document.activeElement.id;").asText().equals("run-title"), "focus moved to the results");

        // a finding further down the text: its line is scrolled into the text pane and marked
        JsonNode target = browser.script("var links = document.querySelectorAll('a.goto'); var a = links[links.length - 1];"
                + " a.id = 'picked'; return a.getAttribute('href').slice(1);");
        browser.click(browser.find("#picked"));
        JsonNode seen = browser.script("var l = document.getElementById(arguments[0]); var p = l.closest('.text');"
                + " var a = l.getBoundingClientRect(), b = p.getBoundingClientRect();"
                + " return {current: l.classList.contains('current'), inPane: a.top >= b.top && a.bottom <= b.bottom,"
                + " onScreen: b.top >= 0 && b.top < window.innerHeight, focused: document.activeElement === l,"
                + " marked: l.querySelectorAll('mark.current').length};", target.asText());
        browser.screenshot(SCREENS.resolve("4-place.png"));
        assertTrue(seen.path("current").asBoolean() && seen.path("inPane").asBoolean() && seen.path("onScreen").asBoolean()
                && seen.path("focused").asBoolean(), seen.toString());
        assertTrue(seen.path("marked").asInt() > 0, "the quoted words are marked: " + seen);
        // and back to the finding
        browser.script("document.querySelector('#' + arguments[0] + ' a.back').id = 'back';", target.asText());
        browser.click(browser.find("#back"));
        assertTrue(browser.script("return document.activeElement.classList.contains('finding');").asBoolean());

        // filters: without errors, no error finding is listed
        browser.click(browser.find("[data-filter-sev=ERROR]"));
        assertEquals(0, browser.script("return Array.from(document.querySelectorAll('li.finding.sev-ERROR')).filter(li => !li.hidden).length;").asInt());
        assertTrue(browser.script("return Array.from(document.querySelectorAll('li.finding')).filter(li => !li.hidden).length;").asInt() > 0);
        browser.click(browser.find("[data-filter-sev=ERROR]"));

        // the reviewer's copy arrives as a Word file with the same name
        browser.click(browser.find("button[data-download=copy]"));
        Path copy = downloads.resolve("seed3-ubnd-laichau-thang-hanh-dong-2024.plancheck.docx");
        for (int i = 0; i < 100 && !Files.exists(copy); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(copy), "downloaded: " + list(downloads));
    }

    static String list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList().toString();
        }
    }

    static final String TAB = "\uE004";
    static final String ENTER = "\uE007";

    String active() throws Exception {
        return browser.script("var e = document.activeElement; return e.id || e.className || e.tagName;").asText();
    }

    @Test
    void theKeyboardAlone() throws Exception {
        browser.open(url());
        browser.press(TAB);
        assertEquals("skip", active(), "the first Tab offers to skip to the content");
        browser.press(TAB + TAB + TAB);
        assertEquals("files", active(), "the file chooser is reached with Tab (Enter or Space opens it)");
        assertTrue(browser.script("var r = document.querySelector('label[for=files]').getBoundingClientRect(); return r.width > 0;").asBoolean());
        browser.type(browser.find("#files"), WebServerTest.DOCX.toAbsolutePath().toString());
        browser.script("document.getElementById('go').focus();");
        browser.press(ENTER);
        browser.await("document.getElementById('run-title')", 60);
        // from the results' title, Tab through the buttons and filters to the first finding's place, and Enter
        for (int i = 0; i < 40 && !active().equals("goto"); i++) {
            browser.press(TAB);
        }
        assertEquals("goto", active());
        String line = browser.script("return document.activeElement.getAttribute('href').slice(1);").asText();
        browser.press(ENTER);
        assertTrue(browser.script("return document.activeElement.id === arguments[0] && document.activeElement.classList.contains('current');", line).asBoolean());
        browser.press(TAB);
        assertTrue(browser.script("return document.activeElement.classList.contains('back');").asBoolean(), "the way back is the next Tab");
        browser.press(ENTER);
        assertTrue(browser.script("return document.activeElement.classList.contains('finding');").asBoolean());
    }

    @Test
    void hostileTitlesAreShownAsTextAndRunNothing(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("ke-hoach-a.txt");
        Path b = dir.resolve("ke-hoach-b.txt");
        Files.write(a, WebServerTest.withTitle("<script>alert(1)</script>"));
        Files.write(b, WebServerTest.withTitle("\"><img src=x onerror=alert(2)>"));
        check(a, b);
        browser.screenshot(SCREENS.resolve("5-hostile.png"));
        assertNull(browser.alert(), "no alert ran");
        String text = browser.script("return document.getElementById('results').innerText;").asText();
        assertTrue(text.contains("<script>alert(1)</script>"), "shown as the characters it is");
        assertTrue(text.contains("\"><img src=x onerror=alert(2)>"));
        assertEquals(0, browser.script("return document.querySelectorAll('#results script, #results img').length;").asInt());
    }

    @Test
    void anUploadOverTheLimitsIsToldInVietnamese(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("du-thao-rat-lon.pdf");
        Files.write(big, new byte[(int) (UploadLimits.DEFAULT.maxFileBytes() + 1)]);
        browser.open(url());
        browser.type(browser.find("#files"), big.toAbsolutePath().toString());
        browser.click(browser.find("#go"));
        String status = browser.script("return document.getElementById('status').textContent;").asText();
        assertEquals("Tệp “du-thao-rat-lon.pdf” lớn hơn 25 MB cho mỗi tệp: hãy tách hoặc nén tệp.", status);
        browser.screenshot(SCREENS.resolve("6-limit.png"));
    }

    @Test
    void aBatchStartsWithItsSummary(@TempDir Path dir) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            Path f = dir.resolve(String.format("don-vi-%02d.txt", i));
            Files.copy(i % 2 == 0 ? WebServerTest.TXT : PLANS.resolve("seed2-thitran-thang-cong-tac-tre-em-2024-ocr.txt"), f);
            files.add(f);
        }
        check(files.toArray(Path[]::new));
        browser.screenshot(SCREENS.resolve("8-batch.png"));
        assertEquals(25, browser.script("return document.querySelectorAll('table.summary tbody tr').length;").asInt());
        assertEquals(0, browser.script("return document.querySelectorAll('.doc .text').length;").asInt(), "no texts beyond 20 documents");
    }

    @Test
    void theRulePage() throws Exception {
        browser.open(url() + "quy-tac");
        browser.screenshot(SCREENS.resolve("7-rules.png"));
        assertTrue(browser.script("return document.querySelectorAll('#catalog tbody tr').length;").asInt() > 50);
        browser.type(browser.find("#rule-filter"), "REPORT-");
        assertTrue(browser.script("return Array.from(document.querySelectorAll('#catalog tbody tr')).filter(r => !r.hidden).length;").asInt() < 20);
        Files.writeString(SCREENS.resolve("README.txt"), "Screenshots of the page at 1366x768, made by ChromiumPageTest.\n", StandardCharsets.UTF_8);
    }
}
