package vn.plancheck.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compact OCR-normalised form of the phrases looked for ({@link OcrMatcher}), computed once per phrase: the
 * phrases are the program's and the rule data's words ("khẩu hiệu", a section title, an event's name), asked for on
 * every line of every plan. A phrase taken from a document is computed each time once the cache is full, so a long
 * batch cannot grow it without bound. Thread-safe.
 */
final class Phrases {
    private static final int MAX = 4096;
    private static final Map<String, Folded> CACHE = new ConcurrentHashMap<>();

    private Phrases() {
    }

    static Folded compact(String phrase) {
        String key = phrase == null ? "" : phrase;
        Folded f = CACHE.get(key);
        if (f == null) {
            f = OcrNormalizer.normalizeCompact(key);
            if (CACHE.size() < MAX) {
                CACHE.put(key, f);
            }
        }
        return f;
    }
}
