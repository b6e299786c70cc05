package vn.plancheck.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one request, written into a folder of their own inside the server's private folder, and deleted
 * with it when the answer has been sent ({@link #close}). Each file sits in a numbered sub-folder under its own
 * (cleaned) name, so two files of the same name do not collide and a reviewer's copy is named after the original.
 */
final class Upload implements AutoCloseable {
    /** One uploaded file: its name as the user sent it (cleaned), and where its bytes are. */
    record File(String name, Path path, long size) {
    }

    private final Path dir;
    private final List<File> files = new ArrayList<>();
    private File parent;

    Upload(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The files to check, in the order they were sent. */
    List<File> files() {
        return files;
    }

    /** The parent plan the files implement ({@code parent}), or null. */
    File parent() {
        return parent;
    }

    void add(File f) {
        files.add(f);
    }

    void parent(File f) {
        parent = f;
    }

    /** A new numbered folder for the next file. */
    Path nextSlot() throws IOException {
        return Files.createDirectory(dir.resolve(String.format("%04d", files.size() + (parent == null ? 0 : 1) + 1)));
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a file still open on Windows: the server's folder is removed at stop
        }
    }

    /**
     * A file name the user sent, made safe to store: the last part of a path only, no control characters nor
     * characters Windows refuses, at most 150 characters (the extension kept); "tep" when nothing is left.
     */
    static String safeName(String sent) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0) {
                b.append('_');
            } else {
                b.appendCodePoint(c);
            }
        });
        name = b.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            name = name.substring(0, 150 - ext.length()) + ext;
        }
        return name.isBlank() ? "tep" : name;
    }
}
