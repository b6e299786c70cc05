package vn.plancheck.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Optical character recognition of page images with Tesseract and its Vietnamese data, for the readers of scanned
 * documents. A page image is turned to grey, looked up in the {@link OcrCache} by a hash of its pixels, and
 * otherwise written as a PGM file to a temporary folder and read by {@link Tesseract}; what Tesseract returns is an
 * {@link OcrPage} of words with their boxes.
 *
 * <p>Why the command line and not tess4j: no new dependency (tess4j would bring JNA and Tesseract's native library
 * into the JVM), a Tesseract that crashes or hangs on a bad page costs that page and not the batch (a process can be
 * killed on a timeout; a native call in the JVM cannot), and its cost, about 0.1 s to start a process, is small next
 * to the seconds a page takes to recognise.
 */
public final class Ocr {
    /** The one command that installs what is missing, for the messages. */
    public static final String INSTALL_COMMAND = "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie";
    /** Changes whenever what is cached changes meaning (the TSV's use or the image preparation). */
    private static final String CACHE_FORMAT = "4";
    /** Darker than this is ink (0 black … 255 white). */
    private static final int DARK = 128;

    private final Tesseract tesseract;
    private final OcrCache cache;

    public Ocr(Tesseract tesseract, OcrCache cache) {
        this.tesseract = tesseract;
        this.cache = cache;
    }

    /** Tesseract and the cache as configured for this machine and run (system properties, environment). */
    public static Ocr configured() {
        return new Ocr(Tesseract.configured(), OcrCache.configured());
    }

    /**
     * Null when pages can be recognised; else why not, in Vietnamese, with the command that installs what is
     * missing.
     */
    public String unavailable() {
        Tesseract.Probe probe = tesseract.probe();
        return switch (probe.status()) {
            case READY -> null;
            case MISSING -> "Máy này chưa cài Tesseract, chương trình nhận dạng chữ mà plancheck dùng để đọc bản scan."
                    + " Cài bằng một lệnh: " + INSTALL_COMMAND + " (cần quyền quản trị), rồi kiểm tra lại.";
            case NO_VIETNAMESE -> "Tesseract trên máy này chưa có dữ liệu tiếng Việt."
                    + " Cài bằng một lệnh: " + INSTALL_COMMAND + " (cần quyền quản trị), rồi kiểm tra lại.";
            case BROKEN -> "Không chạy được Tesseract (" + tesseract.command() + ")."
                    + " Cài lại bằng lệnh: " + INSTALL_COMMAND + ", rồi kiểm tra lại.";
        };
    }

    /** The version line of the Tesseract in use ("tesseract 5.3.0"), or null when it is not there. */
    public String version() {
        return tesseract.probe().version();
    }

    /**
     * Recognises one page.
     *
     * @param image the page, any image type (it is turned to grey here)
     * @param dpi   its resolution: 300 for a page rendered from a PDF, the scanner's for an image file
     */
    public OcrPage read(BufferedImage image, int dpi) throws OcrException {
        String why = unavailable();
        if (why != null) {
            throw new OcrException(why);
        }
        BufferedImage gray = gray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        String key = key(gray.getWidth(), gray.getHeight(), dpi, pixels);
        String tsv = cache.get(key);
        if (tsv == null) {
            tsv = recognise(gray, despeckle(pixels, gray.getWidth(), gray.getHeight(), speckArea(dpi)), dpi);
            cache.put(key, tsv);
        }
        return OcrPage.parseTsv(tsv);
    }

    private String recognise(BufferedImage gray, byte[] pixels, int dpi) throws OcrException {
        // gray gives the size; pixels may be a filtered copy of its raster
        Path work = null;
        try {
            work = Files.createTempDirectory("plancheck-ocr");
            Path pgm = work.resolve("page.pgm");
            try (OutputStream out = Files.newOutputStream(pgm)) {
                out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
                out.write(pixels);
            }
            return tesseract.tsv(pgm, dpi);
        } catch (IOException e) {
            throw new OcrException("Không ghi được ảnh trang vào thư mục tạm để nhận dạng: " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /**
     * Removes specks: dark blots of a few pixels standing alone (dust on the glass, toner, a JPEG artefact), which
     * Tesseract reads as accents, dots and dashes, and which break the white gutter between two columns. A blot is a
     * set of touching dark pixels (eight neighbours, darker than mid-grey) of at most {@code maxArea} pixels; it is
     * painted white. Strokes, full stops and diacritics are larger and keep their exact shape (a smoothing filter
     * would round "I." into "L"). Measured on the scans of the fixtures: the dust is gone, no letter is touched.
     */
    static byte[] despeckle(byte[] px, int w, int h, int maxArea) {
        byte[] out = px.clone();
        boolean[] seen = new boolean[px.length];
        int[] stack = new int[1024];
        int[] blot = new int[maxArea];
        for (int start = 0; start < px.length; start++) {
            if (seen[start] || (px[start] & 0xff) >= DARK) {
                continue;
            }
            int top = 0;
            int size = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int i = stack[--top];
                if (size < maxArea) {
                    blot[size] = i;
                }
                size++;
                int x = i % w;
                int y = i / w;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                        int j = yy * w + xx;
                        if (!seen[j] && (px[j] & 0xff) < DARK) {
                            seen[j] = true;
                            if (top == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = j;
                        }
                    }
                }
            }
            if (size <= maxArea) {
                for (int k = 0; k < size; k++) {
                    out[blot[k]] = (byte) 0xff;
                }
            }
        }
        return out;
    }

    /**
     * The largest speck at a resolution: a square of one pixel per 100 dpi (9 pixels at 300 dpi). The dot under a
     * Vietnamese vowel ("ạ", "ộ") is about 0.1 em across, over 15 pixels in 10 pt type at 300 dpi, and stays.
     */
    static int speckArea(int dpi) {
        return Math.max(1, (int) Math.round((dpi / 100.0) * (dpi / 100.0)));
    }

    /** The image as 8-bit grey with one byte per pixel and no padding (the PGM's and the hash's layout). */
    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte b
                && b.getData().length == image.getWidth() * image.getHeight()
                && image.getRaster().getParent() == null) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = g.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);          // transparent parts of a PNG are paper
            graphics.fillRect(0, 0, g.getWidth(), g.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return g;
    }

    private String key(int width, int height, int dpi, byte[] pixels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((CACHE_FORMAT + ";" + tesseract.probe().version() + ";" + Tesseract.LANGUAGE + ";psm="
                    + Tesseract.PAGE_SEGMENTATION + ";" + width + "x" + height + "@" + dpi + ";")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(pixels);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is not worth failing the page
        }
    }
}
