package vn.plancheck.parse;

/** Small tests on a line's chars read into an array (the parser's hot loops read arrays, not {@code String.charAt}). */
final class CharArrays {
    private CharArrays() {
    }

    /** Whether {@code c} is a letter of folded text (A-Z). */
    static boolean isFoldedLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether {@code s[i]} exists and is {@code c}. */
    static boolean is(char[] s, int i, char c) {
        return i < s.length && s[i] == c;
    }

    /** Whether {@code word} stands in {@code s} at {@code p}. */
    static boolean startsWith(char[] s, int p, String word) {
        if (p + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[p + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
