package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped rules/ (rule files and data, not the self-tests) that a test may edit as an official would. */
public final class RulesCopy {
    private RulesCopy() {
    }

    public static Path into(Path to) throws IOException {
        return into(to, name -> true);
    }

    /** The same, with only the files whose path under rules/ ({@code "form.drl"}, {@code "data/…"}) {@code keep} accepts. */
    public static Path into(Path to, java.util.function.Predicate<String> keep) throws IOException {
        Path from = Path.of("rules");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("tests") || !keep.test(rel.toString())) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
