package vn.plancheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.plancheck.model.RuleInfo;
import vn.plancheck.pipeline.SelfTestRunner;

/**
 * {@code plancheck serve}: the check page and the API on the JDK's HTTP server ({@code com.sun.net.httpserver}).
 *
 * <pre>
 *   GET  /                    the check page          POST /kiem-tra        results as HTML (the page's form)
 *   GET  /quy-tac             the rule catalog         GET  /quy-tac/tu-kiem-tra   the self-tests (rules test)
 *   POST /api/check           = check --json           POST /api/workbook    = check -o (.xlsx)
 *   POST /api/copy            the reviewer's copy (a .zip for several files)
 *   GET  /api/rules           the rule catalog         GET  /api/rules/test  the self-tests
 * </pre>
 *
 * The POSTs take {@code multipart/form-data} with the files in {@code files} and the parent plan, optionally, in
 * {@code parent}. Uploads are written into a folder of their own inside a private folder (owner-only on POSIX) and
 * deleted as soon as the answer is sent; every check runs on one pool of a worker per core shared by all requests.
 * Only the method, path, status, number of files, bytes and time of a request are logged (at DEBUG), never a file
 * name or a word of a document.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Documents shown with their text on the page; a larger batch shows the findings only. */
    static final int MAX_TEXTS = 20;
    /** After a refused upload, this much more of the body is read and dropped so the browser sees the answer. */
    private static final long DRAIN_LIMIT = 64 * UploadLimits.MB;

    /**
     * How the server runs.
     *
     * @param bind         the address to listen on (127.0.0.1 unless the operator opens it to a network)
     * @param port         the port; 0 for any free one
     * @param rulesDir     the rules folder
     * @param rulesDisplay how the folder is named in messages
     * @param cacheDir     the compiled-rules cache, or null
     * @param version      the program's version, written into the JSON as {@code check} writes it
     * @param limits       upload limits
     * @param workers      checks run at the same time (one per core)
     */
    public record Settings(String bind, int port, Path rulesDir, String rulesDisplay, Path cacheDir, String version,
                           UploadLimits limits, int workers) {
    }

    private final Settings settings;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ExecutorService checks;
    private final Path root;
    private final RulesHolder rules;
    private final CheckService service;
    private final Pages pages;
    private final boolean loopback;
    private final byte[] css;
    private final byte[] js;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean stopped;

    private WebServer(Settings s) throws IOException {
        this.settings = s;
        InetAddress address = InetAddress.getByName(s.bind());
        this.loopback = address.isLoopbackAddress();
        // the port first: a port in use is refused before anything else is set up
        this.http = HttpServer.create(new InetSocketAddress(address, s.port()), 64);
        try {
            this.css = resource("app.css");
            this.js = resource("app.js");
            this.root = privateFolder();
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
        this.rules = new RulesHolder(s.rulesDir(), s.rulesDisplay(), s.cacheDir(), s.version());
        this.checks = Executors.newFixedThreadPool(Math.max(1, s.workers()), named("plancheck-check"));
        this.service = new CheckService(rules, checks, Math.max(1, s.workers()), s.version());
        this.pages = new Pages(s.version(), s.limits());
        this.httpThreads = Executors.newFixedThreadPool(16, named("plancheck-http"));
        http.setExecutor(httpThreads);
        http.createContext("/", this::handle);
    }

    /** Loads the rules (an error in them is shown on the page, not thrown) and starts listening. */
    public static WebServer start(Settings s) throws IOException {
        WebServer w = new WebServer(s);
        w.rules.current();
        w.http.start();
        return w;
    }

    /** The port listened on (the one chosen when 0 was asked for). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The page's address, as a user types it. */
    public URI uri() {
        InetAddress a = http.getAddress().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        return loopback;
    }

    /** The rules' errors when they cannot be used (empty when they loaded). */
    public List<String> ruleErrors() {
        return rules.current().errors();
    }

    /** The checker of the rules in force (for the benchmark); null when the rules have errors. */
    vn.plancheck.pipeline.Checker checker() {
        return rules.current().checker();
    }

    /** The private folder the uploads are kept in while they are checked. */
    Path uploadRoot() {
        return root;
    }

    /** Stops taking requests, lets running ones finish for up to two seconds, and deletes the uploads' folder. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        http.stop(2);
        checks.shutdownNow();
        httpThreads.shutdownNow();
        try {
            checks.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Upload.deleteTree(root);
    }

    private static Path privateFolder() throws IOException {
        try {
            return Files.createTempDirectory("plancheck-serve-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("plancheck-serve-"); // Windows: the user's own temp folder
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    // ---------------------------------------------------------------- routing

    private void handle(HttpExchange ex) throws IOException {
        long t0 = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        int[] files = {0};
        try (ex) {
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 421, "text/plain; charset=utf-8", "Địa chỉ máy chủ không hợp lệ.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            route(ex, method, path, files);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} {} failed: {}", method, path, e.toString());
            try {
                send(ex, 500, "text/plain; charset=utf-8", "Lỗi máy chủ; xem nhật ký của plancheck.".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException ignored) {
                // the answer had started, or the client is gone
            }
        } finally {
            LOG.debug("{} {} {} file(s) {} ms", method, path, files[0], (System.nanoTime() - t0) / 1_000_000);
            requests.incrementAndGet();
        }
    }

    private void route(HttpExchange ex, String method, String path, int[] files) throws IOException {
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        switch (path) {
            case "/" -> {
                if (get) {
                    html(ex, 200, pages.checkPage(rules.current(), null));
                    return;
                }
            }
            case "/static/app.css" -> {
                if (get) {
                    sendStatic(ex, "text/css; charset=utf-8", css);
                    return;
                }
            }
            case "/static/app.js" -> {
                if (get) {
                    sendStatic(ex, "text/javascript; charset=utf-8", js);
                    return;
                }
            }
            case "/quy-tac" -> {
                if (get) {
                    html(ex, 200, pages.rulesPage(rules.current(), rules.display()));
                    return;
                }
            }
            case "/quy-tac/tu-kiem-tra" -> {
                if (get) {
                    selfTestPage(ex);
                    return;
                }
            }
            case "/api/rules" -> {
                if (get) {
                    apiRules(ex);
                    return;
                }
            }
            case "/api/rules/test" -> {
                if (get) {
                    apiSelfTest(ex);
                    return;
                }
            }
            case "/kiem-tra", "/api/check", "/api/workbook", "/api/copy" -> {
                if (post) {
                    upload(ex, path, files);
                    return;
                }
            }
            default -> {
                if (path.startsWith("/api/")) {
                    jsonError(ex, 404, "Không có địa chỉ này trong API của plancheck.");
                } else {
                    html(ex, 404, pages.page("Không tìm thấy", "", pages.message("Không có trang này. Về trang kiểm tra: /")));
                }
                return;
            }
        }
        ex.getResponseHeaders().set("Allow", path.startsWith("/api/check") || path.equals("/kiem-tra")
                || path.startsWith("/api/workbook") || path.startsWith("/api/copy") ? "POST" : "GET, HEAD");
        if (path.startsWith("/api/")) {
            jsonError(ex, 405, "Phương thức " + method + " không dùng được ở địa chỉ này.");
        } else {
            html(ex, 405, pages.page("Không hợp lệ", "", pages.message("Phương thức " + method + " không dùng được ở địa chỉ này.")));
        }
    }

    /** On 127.0.0.1 only the loopback names are answered, so a web page elsewhere cannot reach it by a DNS trick. */
    private boolean hostAllowed(String host) {
        if (!loopback) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            h = h.substring(0, h.indexOf(']') + 1);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.startsWith("127.");
    }

    // ---------------------------------------------------------------- uploads

    private void upload(HttpExchange ex, String path, int[] fileCount) throws IOException {
        boolean api = path.startsWith("/api/");
        boolean fragment = "1".equals(query(ex, "fragment"));
        String boundary = Multipart.boundary(ex.getRequestHeaders().getFirst("Content-Type"));
        if (boundary == null) {
            refuse(ex, api, fragment, 415, "Hãy gửi tệp dạng multipart/form-data, các tệp trong trường “files” (xem README).");
            return;
        }
        UploadLimits limits = settings.limits();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLong(length) > limits.maxTotalBytes()) {
            refuse(ex, api, fragment, 413, limits.tooLarge().getMessage());
            return;
        }
        Upload upload = new Upload(Files.createDirectory(root.resolve("r" + System.nanoTime() + "-" + requests.get())));
        try (upload) {
            try {
                Multipart.read(ex.getRequestBody(), boundary, limits, upload);
            } catch (UploadLimits.Exceeded e) {
                refuse(ex, api, fragment, 413, e.getMessage());
                return;
            } catch (Multipart.Malformed e) {
                refuse(ex, api, fragment, 400, e.getMessage());
                return;
            }
            fileCount[0] = upload.files().size();
            if (upload.files().isEmpty()) {
                refuse(ex, api, fragment, 400, "Chưa có tệp nào để kiểm tra: hãy chọn hoặc kéo thả ít nhất một tệp"
                        + (upload.parent() != null ? " (kế hoạch cấp trên chỉ dùng để đối chiếu)." : "."));
                return;
            }
            answer(ex, path, upload, api, fragment);
        }
    }

    private void answer(HttpExchange ex, String path, Upload upload, boolean api, boolean fragment) throws IOException {
        try {
            switch (path) {
                case "/api/check" -> send(ex, 200, "application/json; charset=utf-8", service.json(upload));
                case "/api/workbook" -> sendFile(ex, service.workbook(upload),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "plancheck-ket-qua.xlsx");
                case "/api/copy" -> {
                    Path copy = service.copies(upload);
                    sendFile(ex, copy, contentType(copy.getFileName().toString()), copy.getFileName().toString());
                }
                default -> {
                    String results = pages.results(service.page(upload, MAX_TEXTS));
                    html(ex, 200, fragment ? results : pages.checkPage(rules.current(), results));
                }
            }
        } catch (CheckService.Refused e) {
            refuse(ex, api, fragment, 422, e.getMessage());
        } catch (CheckService.RulesBroken e) {
            if (api) {
                json(ex, 503, g -> {
                    g.writeStringField("error", "Lỗi trong tệp quy tắc — chưa kiểm tra văn bản nào.");
                    g.writeArrayFieldStart("ruleErrors");
                    for (String r : e.state().errors()) {
                        g.writeString(r);
                    }
                    g.writeEndArray();
                });
            } else {
                String box = pages.rulesError(e.state());
                html(ex, 503, fragment ? box : pages.checkPage(e.state(), null));
            }
        }
    }

    /** The refusal in the form the caller reads: JSON for the API, a box for the page. */
    private void refuse(HttpExchange ex, boolean api, boolean fragment, int status, String message) throws IOException {
        drain(ex.getRequestBody());
        if (api) {
            jsonError(ex, status, message);
        } else {
            String box = pages.message(message);
            html(ex, status, fragment ? box : pages.checkPage(rules.current(), box));
        }
    }

    /** Reads and drops the rest of a refused body (up to a limit), so that the client reads the answer. */
    private static void drain(InputStream body) {
        byte[] b = new byte[64 * 1024];
        long n = 0;
        try {
            int r;
            while (n < DRAIN_LIMIT && (r = body.read(b)) >= 0) {
                n += r;
            }
        } catch (IOException e) {
            // the client gave up
        }
    }

    // ---------------------------------------------------------------- rules

    private void apiRules(HttpExchange ex) throws IOException {
        RulesHolder.State s = rules.current();
        json(ex, s.ok() ? 200 : 503, g -> {
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "plancheck");
            g.writeStringField("version", settings.version());
            g.writeEndObject();
            g.writeStringField("loaded", s.loaded().toString());
            g.writeStringField("fingerprint", s.fingerprint());
            g.writeArrayFieldStart("errors");
            for (String e : s.errors()) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : s.ok() ? s.base().catalog() : List.<RuleInfo>of()) {
                g.writeStartObject();
                g.writeStringField("id", r.getId());
                g.writeStringField("category", r.getCategory() == null ? null : r.getCategory().name());
                g.writeStringField("severity", r.getSeverity() == null ? null : r.getSeverity().name());
                g.writeStringField("title", r.getTitle());
                g.writeStringField("basis", r.getBasis());
                g.writeStringField("file", r.getSource());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private RulesHolder.SelfTest selfTest(RulesHolder.State s) throws IOException {
        // one task on the check pool, taking its turn with the checks
        try {
            return checks.submit(() -> rules.selfTest(s)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private void selfTestPage(HttpExchange ex) throws IOException {
        RulesHolder.State s = rules.current();
        if (!s.ok()) {
            html(ex, 503, pages.page("Tự kiểm tra quy tắc", "rules", "<h1>Tự kiểm tra quy tắc</h1>\n" + pages.rulesError(s)));
            return;
        }
        html(ex, 200, pages.selfTestPage(selfTest(s)));
    }

    private void apiSelfTest(HttpExchange ex) throws IOException {
        RulesHolder.State s = rules.current();
        if (!s.ok()) {
            apiRules(ex);
            return;
        }
        RulesHolder.SelfTest t = selfTest(s);
        json(ex, 200, g -> {
            g.writeNumberField("passed", t.report().passed());
            g.writeNumberField("failed", t.report().failed());
            g.writeArrayFieldStart("cases");
            for (SelfTestRunner.CaseResult c : t.report().cases()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeBooleanField("passed", c.passed());
                g.writeArrayFieldStart("failures");
                for (String f : c.failures()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    // ---------------------------------------------------------------- answers

    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static void json(HttpExchange ex, int status, JsonBody body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        }
        out.write('\n');
        send(ex, status, "application/json; charset=utf-8", out.toByteArray());
    }

    private static void jsonError(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, g -> g.writeStringField("error", message));
    }

    private static void html(HttpExchange ex, int status, String page) throws IOException {
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void security(Headers h) {
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        // nothing but the server's own files: an injected script or handler would not run even if it got through
        h.set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sendStatic(HttpExchange ex, String type, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-cache");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sendFile(HttpExchange ex, Path file, String type, String name) throws IOException {
        Headers h = ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("Content-Disposition", contentDisposition(name));
        ex.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = ex.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    /** {@code attachment} with an ASCII name for old clients and the UTF-8 name (RFC 6266, 5987). */
    static String contentDisposition(String name) {
        String ascii = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".zip")) {
            return "application/zip";
        }
        return "text/html; charset=utf-8";
    }

    private static String query(HttpExchange ex, String key) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if ((eq < 0 ? pair : pair.substring(0, eq)).equals(key)) {
                return eq < 0 ? "" : pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
