package vn.plancheck.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract's output for page images already read, by a hash of the page's pixels (and of the Tesseract version and
 * settings), so that checking a folder again does not recognise its scans again. One small TSV file per page under
 * {@code <cache>/ocr/ab/abcdef….tsv}, where {@code <cache>} is the folder of the compiled-rules cache:
 * {@code -Dplancheck.cache.dir}, else {@code $XDG_CACHE_HOME/plancheck}, else {@code ~/.cache/plancheck}. Files are
 * written to a temporary name and moved into place, so two processes reading the same scan never see half a file.
 * A cache that cannot be written is not an error: the page is just recognised again next time.
 */
public final class OcrCache {
    private static final Logger LOG = LoggerFactory.getLogger(OcrCache.class);
    private final Path dir;

    public OcrCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache in the default folder (see the class comment); {@code -Dplancheck.ocr.cache=off} turns it off and
     * {@code -Dplancheck.ocr.cache=FOLDER} puts it elsewhere.
     */
    public static OcrCache configured() {
        String own = System.getProperty("plancheck.ocr.cache", "");
        if ("off".equalsIgnoreCase(own)) {
            return new OcrCache(null);
        }
        if (!own.isBlank()) {
            return new OcrCache(Path.of(own));
        }
        String p = System.getProperty("plancheck.cache.dir");
        Path base;
        if (p != null) {
            base = Path.of(p);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg, "plancheck")
                    : Path.of(System.getProperty("user.home"), ".cache", "plancheck");
        }
        return new OcrCache(base.resolve("ocr"));
    }

    /** The folder, or null when caching is off. */
    public Path dir() {
        return dir;
    }

    /** The TSV stored under {@code key}, or null. */
    String get(String key) {
        if (dir == null) {
            return null;
        }
        Path f = file(key);
        try {
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("OCR cache entry {} not read: {}", f, e.toString());
            return null;
        }
    }

    void put(String key, String tsv) {
        if (dir == null) {
            return;
        }
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), key.substring(0, 8), ".tmp");
            Files.writeString(tmp, tsv, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("OCR cache entry {} not written: {}", f, e.toString());
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".tsv");
    }
}
