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
        this.wordStart = wordStart;
    }

    /**
     * The first match of {@code m} (over the text whose chars are {@code s}, with transparent bounds and without
     * anchoring bounds) that starts at or after {@code from}; {@code m} holds it when this returns true.
     */
    boolean find(Matcher m, char[] s, int from) {
        for (int p = Math.max(0, from); p < s.length; p++) {
            char c = s[p];
            String next = c < 128 ? second[c] : null;
            if (next != null && (next.isEmpty() || p + 1 < s.length && next.indexOf(s[p + 1]) >= 0)
                    && !(wordStart && p > 0 && isUpperOrDigit(s[p - 1]))) {
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
