package vn.plancheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a workbook being written keeps the rows of a large sheet ({@link Spool}): a folder of this process's own,
 * {@code <tmp>/plancheck-<pid>}, removed when the last workbook of the run is closed. A run killed before that (kill
 * -9, a power cut) leaves its folder behind; the next run removes the folders of processes that no longer exist.
 */
final class TempFiles {
    private static final String PREFIX = "plancheck-";
    private static int users;
    private static Path dir;

    private TempFiles() {
    }

    /** A workbook starts: its temporary files go to this run's folder. */
    static synchronized void acquire() {
        if (users++ > 0) {
            return;
        }
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeDeadRuns(base);
        dir = base.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            dir = null; // the system's temporary folder then; the workbook still deletes its files when closed
        }
    }

    /** A workbook is closed (its own files deleted): the last one removes the folder. */
    static synchronized void release() {
        if (users == 0 || --users > 0) {
            return;
        }
        if (dir != null) {
            delete(dir);
            dir = null;
        }
    }

    /** This run's folder, or null when none is in use. */
    static synchronized Path dir() {
        return dir;
    }

    /** Folders of earlier runs whose process is gone. */
    static void removeDeadRuns(Path base) {
        try (Stream<Path> s = Files.list(base)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(PREFIX) || !Files.isDirectory(p)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name.substring(PREFIX.length()));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        delete(p);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temp folder: nothing to clean
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // left for the next run
        }
    }
}
