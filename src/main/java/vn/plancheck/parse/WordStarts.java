package vn.plancheck.parse;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern of the unit extractor can start, to try it only there. {@link Matcher#find} tries every char of an
 * item's or a plan's folded text, and each try runs the pattern's look-behind and its whole alternation; a pattern
 * that only starts with one of a few letters, after a char it names, can only match at the few positions that hold
 * one. {@link #find} gives the match {@code find()} gives. Thread-safe.
 *
 * <p>A word that a space follows is also looked up in a cache of the words the pattern can start with: whether the
 * pattern, run on the word and that space alone, matched or reached their end ({@link Matcher#hitEnd}). When it did
 * neither it read no further, so it cannot match wherever that word and a space stand (its look-behind holds there,
 * as it does at the start of the probe). "CAC ", "CUA ", "THUC " cannot start a verb of "chủ trì" … and are skipped.
 */
final class WordStarts {
    /** Longest word cached: 12 letters of five bits, and two bits for the answer, fit a long. */
    private static final int MAX_CACHED = 12;
    private static final int CACHE_SIZE = 4096;
    private static final long KNOWN = 2;
    private static final long POSSIBLE = 1;

    private final Pattern pattern;
    /** ASCII chars a match can begin with. */
    private final boolean[] first = new boolean[128];
    /** Null: a match never follows a letter A-Z ({@code (?<![A-Z])}); else the chars a match may follow. */
    private final String after;
    /** Chars a match may also begin with wherever they stand (a pattern's one-char alternatives). */
    private final String anywhere;
    /** Direct-mapped: a word's key shifted by two, with {@link #KNOWN} and whether a match may start with it. */
    private final AtomicLongArray words = new AtomicLongArray(CACHE_SIZE);

    private WordStarts(Pattern pattern, String firstChars, String after, String anywhere) {
        this.pattern = pattern;
        for (int i = 0; i < firstChars.length(); i++) {
            first[firstChars.charAt(i)] = true;
        }
        this.after = after;
        this.anywhere = anywhere;
    }

    /** {@code pattern} opens with {@code (?<![A-Z])}, and its matches begin with one of {@code firstChars} (ASCII). */
    static WordStarts afterNonLetter(Pattern pattern, String firstChars) {
        return new WordStarts(pattern, firstChars, null, "");
    }

    /**
     * {@code pattern}'s matches begin with one of {@code anywhere}, or with one of {@code firstChars} (ASCII, letters
     * or digits) at the start of the text or after one of {@code after} (no letter: a look-behind such as
     * {@code (?<![^\s,;(\-–/])}).
     */
    static WordStarts afterOneOf(Pattern pattern, String firstChars, String after, String anywhere) {
        return new WordStarts(pattern, firstChars, after, anywhere);
    }

    /**
     * The first match of {@code m} starting in [{@code from}, {@code to}) and ending by {@code to}, as {@code find()}
     * over that region gives it; {@code m} must be a matcher of this pattern reading the text whose chars are
     * {@code s}, with transparent bounds and without anchoring bounds. {@code m} holds the match when this returns
     * true. (Chars are read from an array: C1 does not remove {@code String.charAt}'s checks.)
     */
    boolean find(Matcher m, char[] s, int from, int to) {
        return find(m, s, 0, from, to);
    }

    /**
     * {@link #find(Matcher, char[], int, int)} given only the chars [{@code base}, {@code to}) of the text, which
     * hold the char before {@code from} (when there is one): {@code s[i - base]} is the text's char i.
     */
    boolean find(Matcher m, char[] s, int base, int from, int to) {
        if (m.pattern() != pattern) {
            throw new IllegalArgumentException("a matcher of another pattern");
        }
        for (int p = Math.max(0, from); p < to; p++) {
            char c = s[p - base];
            if (CharArrays.isFoldedLetter(c)) {
                int q = p + 1;
                while (q < to && CharArrays.isFoldedLetter(s[q - base])) {
                    q++;
                }
                if (first[c] && (p == 0 || follows(s[p - 1 - base])) && mayStartWith(s, base, p, q, to)
                        && matchesAt(m, p, to)) {
                    return true;
                }
                p = q - 1; // the rest of the word follows a letter, which no match does
            } else if ((c < 128 && first[c] && (p == 0 || follows(s[p - 1 - base])) || anywhere.indexOf(c) >= 0)
                    && matchesAt(m, p, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Matcher m, int p, int to) {
        m.region(p, to);
        return m.lookingAt();
    }

    /** False when no match can start with the word [p, q) of {@code s}, as the cache tells (see the class comment). */
    private boolean mayStartWith(char[] s, int base, int p, int q, int to) {
        if (q >= to || s[q - base] != ' ' || q - p > MAX_CACHED) {
            return true;
        }
        long key = 0;
        for (int i = p; i < q; i++) {
            key = key << 5 | (s[i - base] - 'A' + 1);
        }
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 52);
        long entry = words.get(slot);
        if ((entry & KNOWN) != 0 && entry >>> 2 == key) {
            return (entry & POSSIBLE) != 0;
        }
        Matcher probe = pattern.matcher(new String(s, p - base, q + 1 - p));
        boolean possible = probe.lookingAt() || probe.hitEnd();
        words.set(slot, key << 2 | KNOWN | (possible ? POSSIBLE : 0));
        return possible;
    }

    private boolean follows(char prev) {
        return after == null ? !CharArrays.isFoldedLetter(prev) : after.indexOf(prev) >= 0;
    }
}
