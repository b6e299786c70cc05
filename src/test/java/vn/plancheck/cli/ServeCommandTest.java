package vn.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plancheck serve} as a program: it prints where to open the page, answers, and stops cleanly on a signal. */
class ServeCommandTest {
    @Test
    void servesUntilStoppedAndLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBin, "-Djava.io.tmpdir=" + tmp, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), PlancheckCli.class.getName(),
                "serve", "--port", "0", "--rules", "rules", "--no-cache").redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        // read on a thread of its own: destroying the process closes the stream
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // closed
            }
        });
        reader.start();
        try {
            String url = null;
            for (int i = 0; url == null && i < 600; i++) {
                synchronized (lines) {
                    for (String line : lines) {
                        Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                        if (m.find()) {
                            url = m.group(1);
                        }
                    }
                }
                Thread.sleep(100);
            }
            assertTrue(url != null, "prints the address to open: " + lines);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Kiểm tra kế hoạch"));
            try (Stream<Path> s = Files.list(tmp)) {
                assertTrue(s.anyMatch(f -> f.getFileName().toString().startsWith("plancheck-serve-")), "a private folder while running");
            }
            // Ctrl-C is SIGINT; Process.destroy() would also close our end of its output
            if (Files.isExecutable(Path.of("/bin/kill"))) {
                new ProcessBuilder("/bin/kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            } else {
                p.toHandle().destroy();
            }
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stops");
            reader.join(5000);
            assertTrue(lines.contains("Đã dừng plancheck."), lines.toString());
            try (Stream<Path> s = Files.list(tmp)) {
                assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith("plancheck-serve-")), "the private folder is deleted");
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aPortInUseIsSaidInVietnamese() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CheckCommandTest.Run r = CheckCommandTest.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--rules", "rules", "--no-cache");
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("không mở được cổng " + taken.getLocalPort()), r.err());
        }
    }
}
