package vn.plancheck.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written report: the body goes to a temporary file in the target's own directory (so the
 * final rename stays on one file system and can be atomic), is forced to disk, and is then moved
 * over the target. On any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFiles {

    /** Produces the file's content. It may leave the stream open; {@link AtomicFiles} closes it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int NAME_ATTEMPTS = 16;

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically, creating missing parent directories.
     *
     * @throws IOException when the body or the file system fails; the target is then untouched
     */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            // REPLACE_EXISTING would silently replace an empty directory with the report.
            throw new IOException("Đường dẫn là một thư mục, không phải tệp: " + target);
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        FileChannel channel = null;
        Path tmp = null;
        try {
            // Not Files.createTempFile: it creates the file with mode 0600, and the report would
            // keep that mode after the rename. CREATE_NEW honours the umask like a plain write.
            SecureRandom random = new SecureRandom();
            for (int attempt = 0; channel == null; attempt++) {
                tmp = dir.resolve("." + absolute.getFileName() + ".tmp-" + Long.toUnsignedString(random.nextLong(), 36));
                try {
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    tmp = null;
                    if (attempt + 1 >= NAME_ATTEMPTS) {
                        throw e;
                    }
                }
            }
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, absolute);
            tmp = null;
        } catch (IOException | RuntimeException | Error e) {
            cleanUp(channel, tmp, e);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network or FUSE mounts) cannot rename atomically;
            // a plain replace is still better than writing the target in place.
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void cleanUp(FileChannel channel, Path tmp, Throwable cause) {
        if (channel != null && channel.isOpen()) {
            try {
                channel.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
