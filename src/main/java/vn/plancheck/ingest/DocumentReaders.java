package vn.plancheck.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import vn.plancheck.model.DocumentClock;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the ingest stage: turns a .txt, .docx, .doc or .pdf file, or a scanned page saved as .png, .jpg
 * or .tif, into {@link SourceText} (scans are read by Tesseract when it is installed: {@code vn.plancheck.ocr}).
 *
 * <p>Chooses the reader by extension (case-insensitive) and checks the file before any library sees
 * it: existence, permission, emptiness and size (a 200 MB file is refused from its size alone, without
 * being opened). Whatever goes wrong, the caller gets an {@link UnreadableDocumentException} with a
 * rule id and a Vietnamese message naming the problem, never a library exception; one bad file in a
 * folder of hundreds must not stop the batch. Safe to call from many threads at once.
 */
public final class DocumentReaders {
    /** Files larger than this are refused unless a larger limit is passed explicitly. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** The file cannot be read: missing, empty, corrupt, password-protected, unsupported, too large. */
    public static final String RULE_UNREADABLE = Problems.UNREADABLE;
    /** A scan (PDF without a text layer, Word file of page pictures, image) that could not be recognised here. */
    public static final String RULE_NO_TEXT_LAYER = Problems.NO_TEXT_LAYER;
    /** Text typed in a pre-Unicode Vietnamese font encoding that cannot be converted reliably (VNI). */
    public static final String RULE_LEGACY_ENCODING = Problems.LEGACY_ENCODING;
    /** A TCVN3 file converted to Unicode to be checked: worth telling the user (an INFO finding). */
    public static final String RULE_LEGACY_CONVERTED = "INPUT-LEGACY-CONVERTED";
    /** The note a reader leaves on a text it converted from TCVN3 ({@link SourceText#notes()}). */
    public static final String NOTE_TCVN3_CONVERTED = Problems.TCVN3_NOTE;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReaders.class);
    private static final Map<String, FormatReader> READERS = Map.of(
            "txt", new TxtReader(),
            "docx", new DocxReader(),
            "doc", new DocReader(),
            "pdf", new PdfReader(),
            "png", new ImageReader("png"),
            "jpg", new ImageReader("jpg"),
            "jpeg", new ImageReader("jpeg"),
            "tif", new ImageReader("tif"),
            "tiff", new ImageReader("tiff"));

    private DocumentReaders() {
    }

    /**
     * The extensions {@link #read} handles (those of its readers), typed documents first, then the images of scanned
     * pages: what a file chooser offers.
     */
    public static final List<String> EXTENSIONS = List.of("docx", "doc", "pdf", "txt", "png", "jpg", "jpeg", "tif", "tiff");
    /** Of {@link #EXTENSIONS}, those of images of scanned pages, read by OCR. */
    public static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "tif", "tiff");

    /** Whether the file's extension is one that {@link #read} handles; the file itself is not opened. */
    public static boolean isSupported(Path file) {
        return READERS.containsKey(extension(file));
    }

    /**
     * Reads a document with the {@link #DEFAULT_MAX_BYTES} size limit.
     *
     * @param file        the file to read
     * @param displayName the path as the user gave it, kept in {@link SourceText#file()}; null = {@code file}
     */
    public static SourceText read(Path file, String displayName) throws UnreadableDocumentException {
        return read(file, displayName, DEFAULT_MAX_BYTES);
    }

    /** Reads a document with the {@link #DEFAULT_MAX_BYTES} size limit, telling {@code pages} of each scanned page read. */
    public static SourceText read(Path file, String displayName, ScanProgress pages) throws UnreadableDocumentException {
        return read(file, displayName, DEFAULT_MAX_BYTES, pages);
    }

    /** Reads a document, refusing files larger than {@code maxBytes}. */
    public static SourceText read(Path file, String displayName, long maxBytes) throws UnreadableDocumentException {
        return read(file, displayName, maxBytes, ScanProgress.NONE);
    }

    /**
     * Reads a document, refusing files larger than {@code maxBytes}.
     *
     * @param pages told of each scanned page read (null: nobody), for a progress display
     */
    public static SourceText read(Path file, String displayName, long maxBytes, ScanProgress pages)
            throws UnreadableDocumentException {
        String name = displayName != null ? displayName : String.valueOf(file);
        String ext = extension(file);
        FormatReader reader = READERS.get(ext);
        if (reader == null) {
            throw Problems.unreadable(Problems.unsupported(ext));
        }
        checkFile(file, maxBytes);
        DocumentClock.checkpoint(DocumentClock.Stage.READ);
        try {
            return reader.read(file, name, pages == null ? ScanProgress.NONE : pages);
        } catch (DocumentClock.TimeLimitExceeded e) {
            throw e;
        } catch (UnreadableDocumentException e) {
            LOG.debug("{} unreadable: {}", name, e.getMessage(), e.getCause());
            throw e;
        } catch (AccessDeniedException e) {
            throw Problems.unreadable("Không có quyền đọc tệp.", e);
        } catch (IOException e) {
            throw Problems.unreadable("Lỗi khi đọc tệp: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A library bug on an odd file: report it on this file and go on with the others.
            LOG.warn("Unexpected failure reading {}", name, e);
            throw Problems.unreadable("Không đọc được tệp (lỗi không mong đợi khi phân tích: "
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** Existence, type, permission, emptiness and size, from the file system only. */
    private static void checkFile(Path file, long maxBytes) throws UnreadableDocumentException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw Problems.unreadable("Không tìm thấy tệp.", e);
        } catch (AccessDeniedException e) {
            throw Problems.unreadable("Không có quyền đọc tệp.", e);
        } catch (IOException | SecurityException e) {
            throw Problems.unreadable("Không truy cập được tệp: " + e.getMessage(), e);
        }
        if (attrs.isDirectory()) {
            throw Problems.unreadable("Đường dẫn là một thư mục, không phải tệp.");
        }
        if (!Files.isReadable(file)) {
            throw Problems.unreadable("Không có quyền đọc tệp.");
        }
        if (attrs.size() == 0) {
            throw Problems.unreadable(Problems.EMPTY);
        }
        if (attrs.size() > maxBytes) {
            throw Problems.unreadable(Problems.tooLarge(attrs.size(), maxBytes));
        }
    }

    private static String extension(Path file) {
        Path name = file == null ? null : file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
