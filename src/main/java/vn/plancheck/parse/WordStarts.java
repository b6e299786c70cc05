package vn.plancheck.parse;

import java.util.regex.Matcher;

/**
 * Where a pattern of the unit extractor can start, to try it only there. {@link Matcher#find} tries every char of an
 * item's or a plan's folded text, and each try runs the pattern's look-behind and its whole alternation; a pattern
 * that only starts with one of a few letters, after a char it names, can only match at the few positions that hold
 * one. {@link #find} gives the match {@code find()} gives. Immutable and thread-safe.
 */
final class WordStarts {
    /** ASCII chars a match can begin with. */
    private final boolean[] first = new boolean[128];
    /** Null: a match never follows a letter A-Z ({@code (?<![A-Z])}); else the chars a match may follow. */
    private final String after;
    /** Chars a match may also begin with wherever they stand (a pattern's one-char alternatives). */
    private final String anywhere;

    private WordStarts(String firstChars, String after, String anywhere) {
        for (int i = 0; i < firstChars.length(); i++) {
            first[firstChars.charAt(i)] = true;
        }
        this.after = after;
        this.anywhere = anywhere;
    }

    /** A pattern opening with {@code (?<![A-Z])} whose matches begin with one of {@code firstChars} (ASCII). */
    static WordStarts afterNonLetter(String firstChars) {
        return new WordStarts(firstChars, null, "");
    }

    /**
     * A pattern whose matches begin with one of {@code anywhere}, or with one of {@code firstChars} (ASCII) at the start
     * of the text or after one of {@code after} (a look-behind such as {@code (?<![^\s,;(\-–/])}).
     */
    static WordStarts afterOneOf(String firstChars, String after, String anywhere) {
        return new WordStarts(firstChars, after, anywhere);
    }

    /**
     * The first match of {@code m} (over {@code s}) starting in [{@code from}, {@code to}) and ending by {@code to}, as {@code find()}
     * over that region gives it; {@code m} must read {@code s} with transparent bounds and without anchoring bounds.
     * {@code m} holds the match when this returns true.
     */
    boolean find(Matcher m, String s, int from, int to) {
        for (int p = Math.max(0, from); p < to; p++) {
            char c = s.charAt(p);
            if (c < 128 && first[c] && (p == 0 || follows(s.charAt(p - 1))) || anywhere.indexOf(c) >= 0) {
                m.region(p, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
            if (after == null && c >= 'A' && c <= 'Z') {
                // the rest of the word follows a letter: no match starts there
                while (p + 1 < to && isLetter(s.charAt(p + 1))) {
                    p++;
                }
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private boolean follows(char prev) {
        return after == null ? prev < 'A' || prev > 'Z' : after.indexOf(prev) >= 0;
    }

    /** Whether {@code c} is in the regex class {@code \s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
