package vn.plancheck.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.model.SkippedFile;

/**
 * Expands the paths a user gives into the files to check: files as given (even of an unsupported type, so that
 * the user hears why it was not checked), folders recursively (links followed) with only the supported types.
 * Everything else found in a folder is listed with why it was not checked: another format, a hidden file or a
 * Word lock file ("~$…"), a broken link, something that is not a regular file (a named pipe, a device), a folder
 * named like a document ("x.docx", whose files are still looked at), a folder that cannot be read.
 */
public final class InputCollector {
    /**
     * The files to check, in a stable order, and what was found in the folders and not checked.
     *
     * @param skipped      how many
     * @param skippedFiles each with its reason (empty when only the count is known)
     */
    public record Inputs(List<Path> files, long skipped, List<SkippedFile> skippedFiles) {
        public Inputs(List<Path> files, long skipped) {
            this(files, skipped, List.of());
        }
    }

    private InputCollector() {
    }

    public static Inputs collect(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Walk walk = new Walk(p);
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
                } catch (IOException | RuntimeException e) {
                    walk.found.add(p); // reported as unreadable by the checker
                }
                walk.found.sort(Comparator.naturalOrder());
                walk.skipped.sort(Comparator.comparing(SkippedFile::file));
                files.addAll(walk.found);
                skipped.addAll(walk.skipped);
            } else {
                files.add(p);
            }
        }
        return new Inputs(new ArrayList<>(files), skipped.size(), List.copyOf(skipped));
    }

    /** Why a file found in a folder is not checked, or null when it is to be checked. */
    static String reason(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (attrs.isSymbolicLink()) {
            return "liên kết hỏng (trỏ tới tệp không còn tồn tại)"; // links are followed: a link seen as such is broken
        }
        if (!attrs.isRegularFile()) {
            return "không phải tệp thông thường (ống dẫn, socket hoặc thiết bị)";
        }
        if (name.startsWith("~$")) {
            return "tệp tạm của Word (tài liệu đang mở)";
        }
        if (name.startsWith(".")) {
            return "tệp ẩn";
        }
        if (!DocumentReaders.isSupported(file)) {
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return (ext.isEmpty() ? "tệp không có đuôi" : "định dạng ." + ext + " không được hỗ trợ") + " (chỉ đọc .docx, .doc, .pdf, .txt và ảnh scan .png, .jpg, .tif)";
        }
        return null;
    }

    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found = new ArrayList<>();
        private final List<SkippedFile> skipped = new ArrayList<>();

        Walk(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && DocumentReaders.isSupported(dir)) {
                skipped.add(new SkippedFile(dir.toString(), "là thư mục, không phải tệp (các tệp bên trong vẫn được xét)"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String why = reason(file, attrs);
            if (why == null) {
                found.add(file);
            } else {
                skipped.add(new SkippedFile(file.toString(), why));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why;
            if (e instanceof FileSystemLoopException) {
                why = "liên kết vòng (trỏ ngược về một thư mục cha), không đi theo";
            } else if (e instanceof AccessDeniedException) {
                why = "không có quyền đọc";
            } else {
                why = "không đọc được (" + e.getClass().getSimpleName() + ")";
            }
            skipped.add(new SkippedFile(file.toString(), why));
            return FileVisitResult.CONTINUE;
        }
    }
}
