package vn.plancheck.parse;

import java.util.regex.Matcher;

/**
 * Where a pattern can start, to run it only there: {@link Matcher#find} tries every position of a plan's text, while
 * a pattern that opens with one of a few letters at the start of a word ("Quyết định", "Kế hoạch", "Luật") can only
 * match at the few positions that hold one. {@link #find} gives the matches {@code find()} gives, in the same order.
 * Immutable and thread-safe.
 */
final class Starts {
    private final boolean[] first = new boolean[128];
    private final boolean wordStart;

    /**
     * @param firstChars every char a match can begin with (ASCII)
     * @param wordStart  whether the pattern begins with {@code (?<![A-Z0-9])}: a match never follows a letter or digit
     */
    Starts(String firstChars, boolean wordStart) {
        for (char c : firstChars.toCharArray()) {
            first[c] = true;
        }
        this.wordStart = wordStart;
    }

    /**
     * The first match of {@code m} (over the text whose chars are {@code s}, with transparent bounds and without anchoring bounds) that starts
     * at or after {@code from}; {@code m} holds it when this returns true.
     */
    boolean find(Matcher m, char[] s, int from) {
        for (int p = Math.max(0, from); p < s.length; p++) {
            char c = s[p];
            if (c < 128 && first[c] && !(wordStart && p > 0 && isUpperOrDigit(s[p - 1]))) {
                m.region(p, s.length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
