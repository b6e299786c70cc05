package vn.plancheck.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract's command line, run once per page image: {@code tesseract IMAGE OUT -l vie --psm 3 --dpi N tsv}.
 *
 * <p>The command is {@code tesseract} on the PATH, or what {@code -Dplancheck.tesseract} or the environment variable
 * {@code PLANCHECK_TESSERACT} name. Whether it is there and has the Vietnamese data is asked once per command
 * ({@link #probe()}). Each page is its own process with {@code OMP_THREAD_LIMIT=1}, and no more processes run at
 * once than there are cores: the batch's worker threads already use every core, and Tesseract's own threads would
 * only compete with them. A process that takes longer than {@link #timeoutSeconds()} is killed.
 */
public final class Tesseract {
    /** How ready the command is. */
    public enum Status { READY, MISSING, NO_VIETNAMESE, BROKEN }

    /** The answer of {@link #probe()}: the status, the version line ("tesseract 5.3.0") and what went wrong. */
    public record Probe(Status status, String version, String detail) {
    }

    /** The page segmentation: fully automatic, which finds the columns of a header or closing table as blocks. */
    static final String PAGE_SEGMENTATION = "3";
    static final String LANGUAGE = "vie";
    private static final long DEFAULT_TIMEOUT_SECONDS = 180;
    private static final long PROBE_TIMEOUT_SECONDS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Tesseract.class);
    private static final Map<String, Probe> PROBES = new ConcurrentHashMap<>();
    private static final Semaphore RUNNING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final String command;

    public Tesseract(String command) {
        this.command = command;
    }

    /** The command configured for this machine (see the class comment). */
    public static Tesseract configured() {
        String p = System.getProperty("plancheck.tesseract");
        if (p == null || p.isBlank()) {
            p = System.getenv("PLANCHECK_TESSERACT");
        }
        return new Tesseract(p == null || p.isBlank() ? "tesseract" : p.strip());
    }

    public String command() {
        return command;
    }

    /** Whether the command runs and has the Vietnamese data; asked once per command and remembered. */
    public Probe probe() {
        return PROBES.computeIfAbsent(command, Tesseract::doProbe);
    }

    private static Probe doProbe(String command) {
        try {
            String version = run(List.of(command, "--version")).lines().findFirst().orElse("").strip();
            List<String> langs = run(List.of(command, "--list-langs")).lines().map(String::strip).toList();
            if (!langs.contains(LANGUAGE)) {
                return new Probe(Status.NO_VIETNAMESE, version, "languages: " + langs);
            }
            return new Probe(Status.READY, version, null);
        } catch (IOException e) {
            return new Probe(Status.MISSING, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(Status.BROKEN, null, "interrupted");
        }
    }

    /** stdout and stderr of a short command (Tesseract 3 wrote --list-langs to stderr). */
    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(cmd + " did not answer");
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd + " exited with " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Seconds one page may take: {@code -Dplancheck.ocr.timeout}, else 180. */
    static long timeoutSeconds() {
        try {
            return Long.parseLong(System.getProperty("plancheck.ocr.timeout", String.valueOf(DEFAULT_TIMEOUT_SECONDS)));
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }

    /**
     * Recognises one image file and returns Tesseract's TSV.
     *
     * @param image a PNG, PNM, TIFF or JPEG file Leptonica reads
     * @param dpi   the image's resolution (PNM carries none; Tesseract needs it to judge the size of the letters)
     */
    String tsv(Path image, int dpi) throws OcrException {
        Path work = image.getParent();
        Path outBase = work.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(command, image.toString(), outBase.toString(), "-l", LANGUAGE,
                "--psm", PAGE_SEGMENTATION, "--dpi", String.valueOf(dpi), "tsv"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(work.resolve("stderr.txt").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        try {
            RUNNING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Bị ngắt khi đang chờ nhận dạng chữ (OCR).", e);
        }
        Process p = null;
        try {
            p = pb.start();
            p.getOutputStream().close();
            long timeout = timeoutSeconds();
            if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new OcrException("Nhận dạng chữ (OCR) một trang quá " + timeout + " giây, đã dừng.");
            }
            if (p.exitValue() != 0) {
                String err = read(work.resolve("stderr.txt"));
                LOG.warn("tesseract exited with {}: {}", p.exitValue(), err);
                throw new OcrException("Tesseract báo lỗi khi nhận dạng trang (mã " + p.exitValue() + "): " + firstLine(err));
            }
            return Files.readString(outBase.resolveSibling("out.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OcrException("Không chạy được Tesseract: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("Bị ngắt khi đang nhận dạng chữ (OCR).", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            RUNNING.release();
        }
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String s) {
        return s.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
