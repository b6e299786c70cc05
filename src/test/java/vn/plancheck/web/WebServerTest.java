package vn.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import vn.plancheck.cli.PlancheckCli;

/**
 * The server started in this process on a free port, used as an office system or a browser would: the API's JSON
 * against {@code check --json}'s for the same files, the limits and their messages, hostile titles on the page, the
 * downloads read back, the uploads gone after the answer, nothing of a document in the log, and a long batch that
 * does not hold a single draft back.
 */
class WebServerTest {
    static final Path PLANS = Path.of("fixtures/plans");
    static final Path DOCX = PLANS.resolve("seed3-ubnd-laichau-thang-hanh-dong-2024.docx");
    static final Path PDF = PLANS.resolve("seed1-khcn-bacgiang-thang-hanh-dong-2021.pdf");
    static final Path TXT = PLANS.resolve("own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
    static final UploadLimits LIMITS = new UploadLimits(UploadLimits.MB, 300, 6 * UploadLimits.MB);

    static WebServer server;
    static final HttpClient client = HttpClient.newHttpClient();

    static String version() throws IOException {
        try (InputStream in = WebServerTest.class.getResourceAsStream("/vn/plancheck/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    static WebServer start(Path rules, UploadLimits limits) throws IOException {
        return WebServer.start(new WebServer.Settings("127.0.0.1", 0, rules, "rules", null, version(), limits, 2));
    }

    @BeforeAll
    static void start() throws IOException {
        server = start(Path.of("rules"), LIMITS);
    }

    @AfterAll
    static void stop() {
        Path root = server.uploadRoot();
        server.close();
        assertFalse(Files.exists(root), "the uploads' folder is deleted when the server stops");
    }

    static HttpResponse<byte[]> post(WebServer s, String path, MultipartBody body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> get(WebServer s, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return new ObjectMapper().readTree(r.body());
    }

    /** {@code check --json} in this process, with the document paths reduced to their names as an upload has them. */
    static JsonNode cliJson(Path dir, String... args) throws IOException {
        Path json = dir.resolve("cli.json");
        List<String> all = new ArrayList<>(List.of("check", "--rules", "rules", "--no-cache", "--no-progress", "-o",
                dir.resolve("cli.xlsx").toString(), "--json", json.toString()));
        all.addAll(List.of(args));
        PlancheckCli.run(all.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (JsonNode d : root.path("documents")) {
            ((ObjectNode) d).put("file", Path.of(d.path("file").asText()).getFileName().toString());
        }
        for (JsonNode l : root.path("links")) {
            ((ObjectNode) l).put("parent", Path.of(l.path("parent").asText()).getFileName().toString());
            ((ObjectNode) l).put("child", Path.of(l.path("child").asText()).getFileName().toString());
            if (l.path("parentPlan").isObject()) {
                ((ObjectNode) l.path("parentPlan")).put("file", Path.of(l.path("parentPlan").path("file").asText()).getFileName().toString());
            }
        }
        return root;
    }

    @Test
    void apiCheckAnswersTheJsonOfCheckJson(@TempDir Path dir) throws Exception {
        HttpResponse<byte[]> r = post(server, "/api/check", new MultipartBody().file("files", DOCX).file("files", PDF).file("files", TXT));
        assertEquals(200, r.statusCode(), text(r));
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(null));
        JsonNode api = json(r);
        assertEquals(cliJson(dir, DOCX.toString(), PDF.toString(), TXT.toString()), api);
        assertEquals(DOCX.getFileName().toString(), api.path("documents").get(0).path("file").asText(), "named as sent");
        assertTrue(api.path("documents").get(0).path("findings").size() > 0);
    }

    @Test
    void aParentPlanIsUsedAsCheckParentDoes(@TempDir Path dir) throws Exception {
        HttpResponse<byte[]> r = post(server, "/api/check", new MultipartBody().file("files", DOCX).file("parent", TXT));
        assertEquals(200, r.statusCode(), text(r));
        JsonNode api = json(r);
        assertEquals(cliJson(dir, "--parent", TXT.toString(), DOCX.toString()), api);
        assertEquals(TXT.getFileName().toString(), api.path("links").get(0).path("parent").asText());
    }

    @Test
    void aParentThatIsNotAPlanIsRefusedInTheUsersWords() throws Exception {
        Path decree;
        try (Stream<Path> s = Files.list(Path.of("fixtures/not-plans"))) {
            decree = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        HttpResponse<byte[]> r = post(server, "/api/check", new MultipartBody().file("files", DOCX).file("parent", decree));
        assertEquals(422, r.statusCode(), text(r));
        String error = json(r).path("error").asText();
        assertTrue(error.contains("không phải kế hoạch") && error.contains(decree.getFileName().toString()), error);
        assertFalse(error.contains(server.uploadRoot().toString()), "no temporary path in a message: " + error);
    }

    @Test
    void limitsAreRefusedWithVietnameseMessages() throws Exception {
        MultipartBody many = new MultipartBody();
        for (int i = 0; i <= LIMITS.maxFiles(); i++) {
            many.file("files", "tep-" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> r = post(server, "/api/check", many);
        assertEquals(413, r.statusCode());
        assertEquals("Mỗi lần chỉ gửi được tối đa 300 tệp: hãy chia thành nhiều lần kiểm tra, hoặc nhờ người quản trị nâng giới hạn (--max-files).",
                json(r).path("error").asText());

        byte[] big = new byte[(int) (LIMITS.maxFileBytes() + 1)];
        r = post(server, "/api/check", new MultipartBody().file("files", DOCX).file("files", "du-thao-lon.pdf", big));
        assertEquals(413, r.statusCode());
        assertEquals("Tệp “du-thao-lon.pdf” lớn hơn 1 MB cho mỗi tệp: hãy tách hoặc nén tệp, hoặc nhờ người quản trị nâng giới hạn (--max-file-mb).",
                json(r).path("error").asText());

        MultipartBody heavy = new MultipartBody();
        for (int i = 0; i < 7; i++) {
            heavy.file("files", "phan-" + i + ".pdf", new byte[(int) (0.95 * UploadLimits.MB)]);
        }
        String total = "Tổng dung lượng các tệp gửi một lần vượt quá 6 MB: hãy chia thành nhiều lần kiểm tra, hoặc nhờ người quản trị nâng giới hạn (--max-total-mb).";
        r = post(server, "/api/check", heavy);
        assertEquals(413, r.statusCode());
        assertEquals(total, json(r).path("error").asText(), "refused from Content-Length");
        // sent in chunks, the size is only known as the bytes arrive
        byte[] body = heavy.bytes();
        r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/check"))
                .header("Content-Type", heavy.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(413, r.statusCode());
        assertEquals(total, json(r).path("error").asText(), "refused while reading");

        // the page gets the same words in its message box
        r = post(server, "/kiem-tra?fragment=1", new MultipartBody().file("files", "du-thao-lon.pdf", big));
        assertEquals(413, r.statusCode());
        assertTrue(text(r).contains("role=\"alert\"") && text(r).contains("Tệp “du-thao-lon.pdf” lớn hơn 1 MB cho mỗi tệp"), text(r));

        r = post(server, "/api/check", new MultipartBody());
        assertEquals(400, r.statusCode());
        r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(415, r.statusCode());
        assertTrue(json(r).path("error").asText().contains("multipart/form-data"));
    }

    /** The seed plan with another title line: what a hostile (or careless) author could write there. */
    static byte[] withTitle(String title) throws IOException {
        String plan = Files.readString(PLANS.resolve("seed3-ubnd-laichau-thang-hanh-dong-2024.txt"));
        String replaced = plan.replace("Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024\n", "Triển khai " + title + " Tháng hành động vì trẻ em năm 2024\n");
        assertFalse(replaced.equals(plan));
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hostileTitlesAndNamesAreShownAsText() throws Exception {
        HttpResponse<byte[]> r = post(server, "/kiem-tra?fragment=1", new MultipartBody()
                .file("files", "a<script>alert(0)</script>.txt", withTitle("<script>alert(1)</script>"))
                .file("files", "b\"><img src=x onerror=alert(3)>.txt", withTitle("\"><img src=x onerror=alert(2)>")));
        assertEquals(200, r.statusCode(), text(r));
        String page = text(r);
        assertFalse(page.contains("<script"), "no script element from a document");
        assertFalse(page.contains("<img"), "no image element from a document");
        assertFalse(page.contains("onerror=alert(2)>"), "the handler is not markup");
        assertTrue(page.contains("Triển khai &lt;script&gt;alert(1)&lt;/script&gt; Tháng hành động"), "the title is shown as text");
        assertTrue(page.contains("Triển khai &quot;&gt;&lt;img src=x onerror=alert(2)&gt; Tháng hành động"), "the title is shown as text");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void thePageShowsVerdictFindingsAndTheirPlacesOnTheText() throws Exception {
        HttpResponse<String> home = get(server, "/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<html lang=\"vi\">") && home.body().contains("Kéo thả các tệp văn bản vào đây"));
        assertFalse(home.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");

        HttpResponse<byte[]> r = post(server, "/kiem-tra?fragment=1", new MultipartBody().file("files", DOCX));
        String page = text(r);
        assertTrue(page.contains("<span class=\"verdict v-MUST_REVISE\">Phải sửa</span>"), page);
        // each finding links to its line of the text, and the line links back
        assertTrue(page.contains("<a class=\"goto\" href=\"#d1-l"));
        assertTrue(page.contains("<a class=\"back sev-"));
        assertTrue(page.contains("<mark class=\"sev-"), "quoted words marked on the text");
        assertTrue(page.contains("data-filter-sev=\"ERROR\"") && page.contains("data-filter-cat=\"FORM\""));
        JsonNode api = json(post(server, "/api/check", new MultipartBody().file("files", DOCX)));
        int findings = api.path("documents").get(0).path("findings").size();
        assertEquals(findings, page.split("<li class=\"finding ", -1).length - 1, "every finding listed");
        // without the script, the form posts to the same address and gets the whole page
        r = post(server, "/kiem-tra", new MultipartBody().file("files", DOCX));
        assertTrue(text(r).startsWith("<!doctype html>") && text(r).contains("Phải sửa"));
    }

    /**
     * Scans are offered by both file choosers and checked when sent: recognised like a scan given to check, or, where
     * Tesseract is not installed, with the one finding that says how to install it.
     */
    @Test
    void scansAreOfferedAndChecked(@TempDir Path dir) throws Exception {
        String home = get(server, "/").body();
        for (String input : List.of("files", "parent")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input id=\"" + input + "\"[^>]*accept=\"([^\"]*)\"")
                    .matcher(home);
            assertTrue(m.find(), input);
            assertTrue(List.of(m.group(1).split(",")).containsAll(List.of(".docx", ".doc", ".pdf", ".txt", ".png", ".jpg", ".jpeg",
                    ".tif", ".tiff")), input + ": " + m.group(1));
        }
        assertTrue(home.contains("ảnh bản scan .png, .jpg, .tif"), "the hint names them");
        // page 1 of seed 1 as a printer prints it, at 200 dpi: under the test server's 1 MB per file
        java.awt.image.BufferedImage page = vn.plancheck.ingest.ScanMaker.renderPdf(PDF, 200).get(0);
        Path png = dir.resolve("ban-scan.png");
        Path jpg = dir.resolve("ban-scan-2.jpeg");
        javax.imageio.ImageIO.write(page, "png", png.toFile());
        javax.imageio.ImageIO.write(page, "jpeg", jpg.toFile());
        String previous = System.getProperty("plancheck.ocr.cache");
        System.setProperty("plancheck.ocr.cache", Path.of("target", "ocr-cache").toAbsolutePath().toString());
        try {
            HttpResponse<byte[]> r = post(server, "/api/check", new MultipartBody().file("files", png).file("files", jpg));
            assertEquals(200, r.statusCode(), text(r));
            boolean ocr = vn.plancheck.ocr.Ocr.configured().unavailable() == null;
            for (JsonNode doc : json(r).path("documents")) {
                List<String> rules = new ArrayList<>();
                doc.path("findings").forEach(f -> rules.add(f.path("ruleId").asText()));
                if (ocr) {
                    assertEquals("CHECKED", doc.path("status").asText(), doc.toString());
                    assertTrue(rules.contains("INPUT-OCR-SUSPECTED"), rules.toString());
                    doc.path("findings").forEach(f -> assertEquals(1, f.path("location").path("page").asInt(), f.toString()));
                } else {
                    assertEquals(List.of("INPUT-NO-TEXT-LAYER"), rules);
                    assertTrue(doc.toString().contains(vn.plancheck.ocr.Ocr.INSTALL_COMMAND), doc.toString());
                }
            }
            String shown = text(post(server, "/kiem-tra?fragment=1", new MultipartBody().file("files", png)));
            assertTrue(shown.contains("ban-scan.png"), shown);
        } finally {
            if (previous == null) {
                System.clearProperty("plancheck.ocr.cache");
            } else {
                System.setProperty("plancheck.ocr.cache", previous);
            }
        }
        assertNoUploadsLeft();
    }

    @Test
    void downloadsAreTheReviewersCopyAndTheWorkbook() throws Exception {
        HttpResponse<byte[]> r = post(server, "/api/copy", new MultipartBody().file("files", DOCX));
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("seed3-ubnd-laichau-thang-hanh-dong-2024.plancheck.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            assertTrue(doc.getDocument().getBody() != null);
            assertTrue(doc.getComments().length > 0, "Word comments on the copy");
        }

        r = post(server, "/api/copy", new MultipartBody().file("files", DOCX).file("files", TXT));
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(null));
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("seed3-ubnd-laichau-thang-hanh-dong-2024.plancheck.docx", "own-01-xa-dong-son-cong-tac-tre-em-2023.plancheck.html"), names);

        r = post(server, "/api/workbook", new MultipartBody().file("files", DOCX));
        assertEquals(200, r.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertNotNull(wb.getSheet("Phát hiện"));
            assertEquals("seed3-ubnd-laichau-thang-hanh-dong-2024.docx", wb.getSheet("Tổng hợp").getRow(1).getCell(1).getStringCellValue());
        }
        assertNoUploadsLeft();
    }

    @Test
    void rulesCatalogAndSelfTests() throws Exception {
        HttpResponse<String> r = get(server, "/api/rules");
        assertEquals(200, r.statusCode());
        JsonNode rules = new ObjectMapper().readTree(r.body());
        assertTrue(rules.path("rules").size() > 50);
        JsonNode first = rules.path("rules").get(0);
        for (String key : List.of("id", "category", "severity", "title", "basis", "file")) {
            assertTrue(first.has(key), key);
        }
        HttpResponse<String> page = get(server, "/quy-tac");
        assertTrue(page.body().contains("FORM-NUMBER-MISSING") || page.body().contains("<code>FORM-"), "catalog listed");
        HttpResponse<String> test = get(server, "/api/rules/test");
        JsonNode t = new ObjectMapper().readTree(test.body());
        assertTrue(t.path("passed").asLong() > 100, test.body().substring(0, 200));
        assertEquals(0, t.path("failed").asLong());
        assertTrue(get(server, "/quy-tac/tu-kiem-tra").body().contains(" đạt, 0 không đạt"));
    }

    @Test
    void nothingOfADocumentIsLoggedAndItsUploadIsGone() throws Exception {
        Logger root = (Logger) org.slf4j.LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        root.setLevel(Level.DEBUG);
        try {
            HttpResponse<byte[]> r = post(server, "/kiem-tra?fragment=1", new MultipartBody()
                    .file("files", "BiMatQuocGia.txt", withTitle("Mật danh Hoa Sen Vàng")));
            assertEquals(200, r.statusCode());
            assertTrue(text(r).contains("Hoa Sen Vàng"));
            // the request's line is written once its answer is out: wait for it
            for (int i = 0; i < 100 && !logged(events, "POST /kiem-tra"); i++) {
                Thread.sleep(20);
            }
        } finally {
            root.setLevel(before);
            root.detachAppender(events);
        }
        assertTrue(logged(events, "POST /kiem-tra 1 file(s)"), "the request was logged");
        for (ILoggingEvent e : List.copyOf(events.list)) {
            String m = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertFalse(m.contains("Hoa Sen") || m.contains("BiMatQuocGia") || m.contains("Lai Châu"), m);
        }
        assertNoUploadsLeft();
    }

    static boolean logged(ListAppender<ILoggingEvent> events, String start) {
        synchronized (events) { // the appender appends under its own lock
            return events.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith(start));
        }
    }

    /** The folder of a request is deleted right after its answer is sent: at most a moment after the client has it. */
    static void assertNoUploadsLeft() throws IOException, InterruptedException {
        List<Path> left = List.of();
        for (int i = 0; i < 50; i++) {
            try (Stream<Path> s = Files.list(server.uploadRoot())) {
                left = s.toList();
            }
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        assertTrue(left.isEmpty(), "uploads deleted after the answer: " + left);
    }

    @Test
    void aLongBatchDoesNotHoldASingleDraftBack() throws Exception {
        MultipartBody batch = new MultipartBody();
        byte[] plan = Files.readAllBytes(TXT);
        for (int i = 0; i < 200; i++) {
            batch.file("files", "don-vi-" + i + ".txt", plan);
        }
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> big = client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/check"))
                .header("Content-Type", batch.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(batch.bytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // the draft is sent once the batch's 200 files are on disk, so it meets the batch being checked however fast
        // this machine is (a fixed sleep let a fast machine finish the batch first, or made the draft wait for it)
        awaitUploadedFiles(200);
        long sent = System.nanoTime();
        HttpResponse<byte[]> one = post(server, "/api/check", new MultipartBody().file("files", DOCX));
        long single = System.nanoTime() - sent;
        boolean batchStillRunning = !big.isDone();
        assertEquals(200, one.statusCode());
        HttpResponse<byte[]> all = big.get();
        long batchTime = System.nanoTime() - t0;
        assertEquals(200, all.statusCode());
        assertEquals(200, json(all).path("documents").size());
        assertTrue(batchStillRunning, "the single draft was answered only after the batch of 200 (draft "
                + single / 1_000_000 + " ms, batch " + batchTime / 1_000_000 + " ms)");
        // relative, never absolute: the draft waits for at most the batch's look-ahead, not for its 200 plans
        assertTrue(single < batchTime / 2, "draft " + single / 1_000_000 + " ms, batch " + batchTime / 1_000_000 + " ms");
    }

    /** Waits until one request's folder holds {@code n} uploaded files (each file has a numbered folder of its own). */
    private static void awaitUploadedFiles(int n) throws IOException, InterruptedException {
        for (int i = 0; i < 1500; i++) {
            try (Stream<Path> requests = Files.list(server.uploadRoot())) {
                for (Path r : requests.toList()) {
                    try (Stream<Path> files = Files.list(r)) {
                        if (files.filter(Files::isDirectory).count() >= n) {
                            return;
                        }
                    } catch (IOException gone) {
                        // another test's request folder deleted while listed
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the batch of " + n + " was never uploaded");
    }

    @Test
    void otherHostsAndMethodsAreRefused() throws Exception {
        HttpResponse<String> r = get(server, "/api/check");
        assertEquals(405, r.statusCode());
        assertEquals(404, get(server, "/nothing-here").statusCode());
        // a page elsewhere reaching 127.0.0.1 under its own name (DNS rebinding) is not answered
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /api/rules HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(status.startsWith("HTTP/1.1 421"), status);
        }
    }
}
