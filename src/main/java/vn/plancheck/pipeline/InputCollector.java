package vn.plancheck.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import vn.plancheck.ingest.DocumentReaders;

/**
 * Expands the paths a user gives into the files to check: files as given (even of an unsupported type,
 * so that the user hears why it was not checked), folders recursively with only the supported types.
 * Other files in folders are skipped and counted; hidden files and Word lock files ("~$…") are ignored.
 */
public final class InputCollector {
    /** The files to check, in a stable order, and how many files in folders were not plans. */
    public record Inputs(List<Path> files, long skipped) {
    }

    private InputCollector() {
    }

    public static Inputs collect(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        long skipped = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                        String name = f.getFileName().toString();
                        if (name.startsWith(".") || name.startsWith("~$")) {
                            continue;
                        }
                        if (DocumentReaders.isSupported(f)) {
                            found.add(f);
                        } else {
                            skipped++;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    found.add(p); // reported as unreadable by the checker
                }
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        return new Inputs(new ArrayList<>(files), skipped);
    }
}
