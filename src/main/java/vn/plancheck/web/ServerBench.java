package vn.plancheck.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The server figure of {@code plancheck bench}: a server started in this process on a free port of 127.0.0.1, and
 * one draft sent to {@code POST /api/check} again and again over one kept-alive connection, as an office system
 * would; each answer is timed from the first byte sent to the last byte received. The first answers warm the JIT
 * and are not counted.
 */
public final class ServerBench {
    /**
     * Median and 95th percentile in milliseconds over {@code runs} answers; {@code directMedianMs}: the same draft
     * checked in this process without the server (read, check, JSON), measured between the requests, so that the
     * server's own share shows even on a busy machine.
     */
    public record Figures(int runs, double medianMs, double p95Ms, double firstMs, double directMedianMs) {
        public void print(PrintStream out) {
            out.printf("Máy chủ (POST /api/check, một dự thảo, máy chủ đã chạy nóng, %d lần): trung vị %.1f ms, p95 %.1f ms"
                    + " (lần đầu sau khi khởi động: %.0f ms; cùng dự thảo kiểm tra thẳng trong tiến trình: trung vị %.1f ms)%n",
                    runs, medianMs, p95Ms, firstMs, directMedianMs);
        }
    }

    private ServerBench() {
    }

    /** Starts a server on the rules, sends {@code draft} {@code warmUp + runs} times, stops it. */
    public static Figures measure(Path rulesDir, String rulesDisplay, Path cacheDir, String version, Path draft,
                                  int warmUp, int runs, int workers) throws IOException, InterruptedException {
        try (WebServer server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, rulesDir, rulesDisplay, cacheDir,
                version, UploadLimits.DEFAULT, workers))) {
            if (!server.ruleErrors().isEmpty()) {
                throw new IOException("rules have errors: " + server.ruleErrors());
            }
            MultipartBody body = new MultipartBody().file("files", draft);
            byte[] bytes = body.bytes();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/check"))
                    .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
            List<Double> times = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            vn.plancheck.pipeline.Checker checker = server.checker();
            double first = 0;
            for (int i = 0; i < warmUp + runs; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IOException("HTTP " + r.statusCode());
                }
                if (i == 0) {
                    first = ms;
                }
                long t1 = System.nanoTime();
                vn.plancheck.model.DocumentResult doc = checker.check(draft, draft.getFileName().toString());
                try (vn.plancheck.report.ReportSink json = new vn.plancheck.report.JsonReportWriter().open(java.io.OutputStream.nullOutputStream(), version)) {
                    json.add(doc);
                    json.finish(new vn.plancheck.report.ReportSink.RunTotals(0));
                }
                double directMs = (System.nanoTime() - t1) / 1e6;
                if (i >= warmUp) {
                    times.add(ms);
                    direct.add(directMs);
                }
            }
            Collections.sort(times);
            Collections.sort(direct);
            return new Figures(runs, times.get(times.size() / 2), times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1)), first,
                    direct.get(direct.size() / 2));
        }
    }
}
