package vn.plancheck.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers kept for texts already asked about, for a question whose answer depends on the text alone (is this line a
 * type line, does it hold the national header, this evidence's search pattern): a batch asks them again of the
 * header lines and quotes that recur from document to document. Bounded: texts longer than {@code maxLength} are
 * answered each time, and the answers are forgotten at once when {@code maxEntries} are held. Null answers are not
 * kept. Thread-safe; answers are shared between threads, so they must be immutable.
 */
final class Answers<T> {
    private final Map<String, T> kept = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final int maxLength;

    Answers(int maxEntries, int maxLength) {
        this.maxEntries = maxEntries;
        this.maxLength = maxLength;
    }

    /** The answer for {@code text}: kept, or {@code ask}ed (and kept when the text is short enough). */
    T get(String text, Function<String, T> ask) {
        if (text.length() > maxLength) {
            return ask.apply(text);
        }
        T known = kept.get(text);
        if (known == null) {
            known = ask.apply(text);
            if (known != null) {
                if (kept.size() >= maxEntries) {
                    kept.clear();
                }
                kept.put(text, known);
            }
        }
        return known;
    }
}
