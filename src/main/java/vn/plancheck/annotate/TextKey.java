package vn.plancheck.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a reader compares it, with a map back to the original characters, so that a quote taken from the
 * extracted text can be found again in a Word paragraph's runs or on a PDF page. The extracted text and the file
 * differ only in what nobody sees: white space of any kind and amount (a tab between cells, a line break where a
 * PDF line wrapped, a no-break space), invisible characters (soft hyphen, zero-width space, BOM), Word's
 * non-breaking hyphen, a space after a hyphen where a symbol was cut at a line's end ("NĐ-" / "CP"), and case.
 */
final class TextKey {
    /** The compared form. */
    private final String key;
    /** For each character of {@link #key}, the index of the original character it stands for. */
    private final int[] raw;

    private TextKey(String key, int[] raw) {
        this.key = key;
        this.raw = raw;
    }

    /** A span of the original text: characters {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(int start, int end) {
    }

    static TextKey of(CharSequence text) {
        StringBuilder k = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        boolean space = true; // no leading space
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && k.length() > 0 && k.charAt(k.length() - 1) != '-') {
                map[k.length()] = i - 1;
                k.append(' ');
            }
            space = false;
            map[k.length()] = i;
            k.append(c == '\u2010' || c == '\u2011' ? '-' : Character.toLowerCase(c));
        }
        int[] raw = new int[k.length()];
        System.arraycopy(map, 0, raw, 0, k.length());
        return new TextKey(k.toString(), raw);
    }

    /**
     * The first place where {@code needle} starts at an original index in [{@code startFrom}, {@code startBefore}),
     * or null.
     */
    Span find(String needle, int startFrom, int startBefore) {
        String n = of(needle).key;
        if (n.isEmpty()) {
            return null;
        }
        int from = 0;
        while (from < raw.length && raw[from] < startFrom) {
            from++;
        }
        int at = key.indexOf(n, from);
        if (at < 0 || raw[at] >= startBefore) {
            return null;
        }
        return new Span(raw[at], raw[at + n.length() - 1] + 1);
    }

    /** Every place of {@code needle}, in order (occurrences may not overlap). */
    List<Span> findAll(String needle) {
        List<Span> out = new ArrayList<>();
        String n = of(needle).key;
        if (n.isEmpty()) {
            return out;
        }
        for (int at = key.indexOf(n); at >= 0; at = key.indexOf(n, at + n.length())) {
            out.add(new Span(raw[at], raw[at + n.length() - 1] + 1));
        }
        return out;
    }

    /** The first place of {@code needle} anywhere. */
    Span find(String needle) {
        return find(needle, 0, Integer.MAX_VALUE);
    }

    /**
     * The forms of a quote to look for, best first: the quote as given (without the "…" of a quote cut short), then
     * without its first word when that is short, because a Word list label ("I.", "1.1.", "a)", a bullet "-") is in
     * the extracted text but not in the paragraph's runs.
     */
    static List<String> variants(String quote) {
        List<String> out = new ArrayList<>(2);
        if (quote == null) {
            return out;
        }
        String q = quote.strip();
        if (q.endsWith("…")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        if (q.isEmpty()) {
            return out;
        }
        out.add(q);
        String[] words = q.split("\\s+", 2);
        if (words.length == 2 && words[0].length() <= 6) {
            out.add(words[1]);
        }
        return out;
    }

    /** Soft hyphen, zero-width characters, word joiner and BOM: in the file, never seen. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
