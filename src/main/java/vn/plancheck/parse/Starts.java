package vn.plancheck.parse;

import java.util.regex.Matcher;

/**
 * Where a pattern can start, to run it only there: {@link Matcher#find} tries every position of a plan's text, while
 * a pattern that opens with one of a few pairs of letters at the start of a word ("QU" of "Quyết định", "LU" of
 * "Luật") can only match at the few positions that hold one. {@link #find} gives the matches {@code find()} gives, in
 * the same order. Immutable and thread-safe.
 */
final class Starts {
    /** For each ASCII char a match can begin with, the chars that can follow it ("" for any); null for the others. */
    private final String[] second = new String[128];
    /**
     * The ASCII chars of {@link #second} as bit sets (bit c of low for c < 64, bit c - 64 of high): the scan asks
     * at every candidate char, and {@code String.indexOf} is a call chain under C1.
     */
    private final long[] secondLow = new long[128];
    private final long[] secondHigh = new long[128];
    private final boolean wordStart;

    /**
     * @param wordStart whether the pattern begins with {@code (?<![A-Z0-9])}: a match never follows a letter or digit
     * @param starts    every way a match can begin: a char (ASCII) alone, when anything may follow it, or a char and
     *                  the chars that may follow it ("TH", "C" + "HO0")
     */
    Starts(boolean wordStart, String... starts) {
        for (String st : starts) {
            char c = st.charAt(0);
            if (st.length() == 1) {
                second[c] = "";                                     // anything may follow
            } else if (!"".equals(second[c])) {
                second[c] = (second[c] == null ? "" : second[c]) + st.substring(1);
            }
        }
        for (int c = 0; c < 128; c++) {
            String next = second[c] == null ? "" : second[c];
            for (int k = 0; k < next.length(); k++) {
                char d = next.charAt(k);
                if (d < 64) {
                    secondLow[c] |= 1L << d;
                } else if (d < 128) {
                    secondHigh[c] |= 1L << (d - 64);
                }
            }
        }
        this.wordStart = wordStart;
    }

    /**
     * The first match of {@code m} (over the text whose chars are {@code s}, with transparent bounds and without
     * anchoring bounds) that starts at or after {@code from}; {@code m} holds it when this returns true. The scan
     * looks at every char of a plan: once a letter or digit is passed (for a pattern that begins a word), the rest
     * of its word is skipped in a tight loop, since no char there can begin a match.
     */
    boolean find(Matcher m, char[] s, int from) {
        int n = s.length;
        for (int p = Math.max(0, from); p < n; p++) {
            char c = s[p];
            if (mayBegin(s, p)) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
            if (wordStart && isUpperOrDigit(c)) {
                while (p + 1 < n && isUpperOrDigit(s[p + 1])) {
                    p++;
                }
            }
        }
        return false;
    }

    /** Whether a match may begin at {@code p} of {@code s}: by its first chars and, if it must, at a word's start. */
    boolean mayBegin(char[] s, int p) {
        char c = s[p];
        String next = c < 128 ? second[c] : null;
        return next != null && (next.isEmpty() || p + 1 < s.length && follows(c, s[p + 1], next))
                && !(wordStart && p > 0 && isUpperOrDigit(s[p - 1]));
    }

    /** Whether {@code d} is one of the chars {@code next} that may follow {@code c}. */
    private boolean follows(char c, char d, String next) {
        if (d < 64) {
            return (secondLow[c] & 1L << d) != 0;
        }
        return d < 128 ? (secondHigh[c] & 1L << (d - 64)) != 0 : next.indexOf(d) >= 0;
    }

    static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
