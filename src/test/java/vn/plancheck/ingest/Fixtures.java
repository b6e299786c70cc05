package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Paths of the committed fixtures (tests run from the repository root) and small assertions on them. */
final class Fixtures {
    static final Path PLANS = Path.of("fixtures", "plans");
    static final Path BROKEN = Path.of("fixtures", "broken");
    static final String SEED3 = BrokenFixtureMaker.SEED3;
    static final String SEED1 = BrokenFixtureMaker.SEED1;

    private Fixtures() {
    }

    static Path plan(String seed, String ext) {
        return PLANS.resolve(seed + "." + ext);
    }

    static Path broken(String name) {
        return BROKEN.resolve(name);
    }

    static SourceText read(Path file) {
        try {
            return DocumentReaders.read(file, file.toString());
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(file + " should be readable: " + e.ruleId() + " " + e.getMessage(), e);
        }
    }

    static List<String> texts(SourceText st) {
        return st.lines().stream().map(SourceLine::text).toList();
    }

    /** The first line whose text equals {@code text}. */
    static SourceLine line(SourceText st, String text) {
        Optional<SourceLine> found = st.lines().stream().filter(l -> l.text().equals(text)).findFirst();
        return found.orElseGet(() -> fail("no line \"" + text + "\" in " + st.file() + ":\n" + String.join("\n", texts(st))));
    }

    /** Asserts the lines appear in this order (not necessarily adjacent); returns their line numbers. */
    static int[] inOrder(SourceText st, String... texts) {
        int[] numbers = new int[texts.length];
        int from = 0;
        List<SourceLine> lines = st.lines();
        for (int k = 0; k < texts.length; k++) {
            int i = from;
            while (i < lines.size() && !lines.get(i).text().equals(texts[k])) {
                i++;
            }
            assertTrue(i < lines.size(), "\"" + texts[k] + "\" missing or out of order in " + st.file());
            numbers[k] = lines.get(i).number();
            from = i + 1;
        }
        return numbers;
    }

    static UnreadableDocumentException unreadable(Path file, String ruleId, String messagePart) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentReaders.read(file, file.toString()));
        assertEquals(ruleId, e.ruleId(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), "message: " + e.getMessage());
        return e;
    }
}
