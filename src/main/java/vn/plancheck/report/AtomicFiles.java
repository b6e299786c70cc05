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
        Pending pending = open(target);
        try {
            body.writeTo(pending.stream());
            pending.commit();
        } catch (IOException e) {
            pending.abort(e);
            throw WriteErrors.describe(target, e);
        } catch (RuntimeException | Error e) {
            pending.abort(e);
            throw e;
        }
    }

    /**
     * Opens a temporary file next to {@code target} for a writer that streams its content over time
     * (a report written document by document); {@link Pending#commit()} moves it into place.
     */
    public static Pending open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            // REPLACE_EXISTING would silently replace an empty directory with the report.
            throw new IOException("Đường dẫn là một thư mục, không phải tệp: " + target);
        }
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw WriteErrors.describe(target, e);
        }
        removeLeftovers(dir, absolute.getFileName().toString());
        // Not Files.createTempFile: it creates the file with mode 0600, and the report would
        // keep that mode after the rename. CREATE_NEW honours the umask like a plain write.
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(tmpPrefix(absolute.getFileName().toString()) + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return new Pending(FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), tmp, absolute);
            } catch (FileAlreadyExistsException e) {
                if (attempt + 1 >= NAME_ATTEMPTS) {
                    throw WriteErrors.describe(target, e);
                }
            } catch (IOException e) {
                throw WriteErrors.describe(target, e);
            }
        }
    }

    /** The prefix of the temporary files of {@code name}: hidden, next to it. */
    private static String tmpPrefix(String name) {
        return "." + name + ".tmp-";
    }

    /**
     * Deletes what runs killed before they could clean up (kill -9, a power cut) left next to the target: its
     * hidden temporary files older than this process. A run writing the same target right now started after this
     * one or is still writing to a file younger than this process's start, and is left alone.
     */
    static void removeLeftovers(Path dir, String name) {
        long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(tmpPrefix(name)))) {
            for (Path p : s) {
                try {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).toMillis() < started) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // someone else's file or already gone: not ours to insist on
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder fails the write itself, with its own message
        }
    }

    /** A temporary file being written; either committed over the target or aborted (deleted). */
    public static final class Pending {
        private final FileChannel channel;
        private final Path tmp;
        private final Path target;
        private final OutputStream out;
        private boolean done;

        private Pending(FileChannel channel, Path tmp, Path target) {
            this.channel = channel;
            this.tmp = tmp;
            this.target = target;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        }

        /** Where the content goes; do not close it. */
        public OutputStream stream() {
            return out;
        }

        /** The file this will become. */
        public Path target() {
            return target;
        }

        /** Forces the content to disk and moves it over the target; on failure the temporary file is deleted. */
        public void commit() throws IOException {
            try {
                out.flush();
                channel.force(true);
                out.close();
                move(tmp, target);
                done = true;
            } catch (IOException e) {
                abort(e);
                throw WriteErrors.describe(target, e);
            }
        }

        /** Deletes the temporary file; the target stays as it was. Safe to call after commit (does nothing). */
        public void abort(Throwable cause) {
            if (!done) {
                done = true;
                cleanUp(channel, tmp, cause == null ? new IOException("aborted") : cause);
            }
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
