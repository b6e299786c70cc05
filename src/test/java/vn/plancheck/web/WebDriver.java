package vn.plancheck.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Just enough of the W3C WebDriver protocol to drive Debian's headless Chromium through {@code chromedriver}: open a
 * page, find elements, type a file's path into a file input, click, run a script, take a screenshot. Tests that use it
 * are skipped where the two packages are not installed ({@code apt-get install -y chromium chromium-driver}).
 */
final class WebDriver implements AutoCloseable {
    static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    /** Where Chromium and its driver are, or null when either is missing. */
    static Path[] installed() {
        for (String[] pair : List.of(new String[] {"/usr/bin/chromium", "/usr/bin/chromedriver"},
                new String[] {"/usr/lib/chromium/chromium", "/usr/lib/chromium/chromedriver"})) {
            Path browser = Path.of(pair[0]);
            Path driver = Path.of(pair[1]);
            if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
                return new Path[] {browser, driver};
            }
        }
        return null;
    }

    /** Starts the driver and a headless browser with a 1366×768 window; downloads go to {@code downloads}. */
    WebDriver(Path[] installed, Path downloads) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(installed[1].toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        for (int i = 0; ; i++) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                if (i > 100) {
                    throw e;
                }
            }
            Thread.sleep(100);
        }
        Map<String, Object> chrome = Map.of("binary", installed[0].toString(),
                "args", List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                        "--lang=vi"),
                "prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        JsonNode s = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", chrome))));
        session = s.path("sessionId").asText();
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(r.body()).path("value");
        if (r.statusCode() >= 400) {
            throw new DriverError(value.path("error").asText(), value.path("message").asText());
        }
        return value;
    }

    /** An error the driver answered (e.g. "no such alert"). */
    static final class DriverError extends IOException {
        private static final long serialVersionUID = 1L;
        final String error;

        DriverError(String error, String message) {
            super(error + ": " + message);
            this.error = error;
        }
    }

    private String s(String path) {
        return "/session/" + session + path;
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", s("/url"), Map.of("url", url));
    }

    String find(String css) throws IOException, InterruptedException {
        return call("POST", s("/element"), Map.of("using", "css selector", "value", css)).path(ELEMENT).asText();
    }

    void type(String element, String text) throws IOException, InterruptedException {
        call("POST", s("/element/" + element + "/value"), Map.of("text", text));
    }

    void click(String element) throws IOException, InterruptedException {
        call("POST", s("/element/" + element + "/click"), Map.of());
    }

    /** Runs {@code script} (a function body; {@code arguments[0…]} are {@code args}) and returns its value. */
    JsonNode script(String script, Object... args) throws IOException, InterruptedException {
        return call("POST", s("/execute/sync"), Map.of("script", script, "args", List.of(args)));
    }

    /** Waits up to {@code seconds} for {@code condition} (a script returning a boolean). */
    void await(String condition, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!script("return !!(" + condition + ");").asBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still not true after " + seconds + " s: " + condition);
            }
            Thread.sleep(100);
        }
    }

    /** The text of an open alert, or null when none is open. */
    String alert() throws IOException, InterruptedException {
        try {
            return call("GET", s("/alert/text"), null).asText();
        } catch (DriverError e) {
            if ("no such alert".equals(e.error)) {
                return null;
            }
            throw e;
        }
    }

    void screenshot(Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(call("GET", s("/screenshot"), null).asText()));
    }

    /** Presses each key of {@code keys} in turn ("\uE004" is Tab, "\uE007" Enter), as a keyboard user does. */
    void press(String keys) throws IOException, InterruptedException {
        List<Map<String, String>> actions = new java.util.ArrayList<>();
        keys.codePoints().forEach(c -> {
            String k = new String(Character.toChars(c));
            actions.add(Map.of("type", "keyDown", "value", k));
            actions.add(Map.of("type", "keyUp", "value", k));
        });
        call("POST", s("/actions"), Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard", "actions", actions))));
    }

    /** The page as the browser prints it (A4), as PDF bytes. */
    byte[] print() throws IOException, InterruptedException {
        return Base64.getDecoder().decode(call("POST", s("/print"), Map.of("page", Map.of("width", 21.0, "height", 29.7))).asText());
    }

    @Override
    public void close() {
        try {
            call("DELETE", s(""), null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the driver is stopped anyway
        }
        driver.destroy();
    }
}
