package vn.plancheck.layout;

/**
 * Characters a reader cannot see but a pattern can: Word's no-break spaces after "Số:", a byte-order mark
 * in the middle of a pasted text, zero-width spaces before headings, soft hyphens inside symbols
 * ("TT-BLĐ\u00ADTBXH"), non-breaking hyphens, and Cyrillic letters that look Latin (pasted from a font
 * converter), and the form feed pdftotext writes at a page break. Each becomes what the reader sees, so no extractor has to know about them.
 */
final class Invisibles {
    /** Cyrillic capitals and small letters drawn exactly like Latin ones, and their Latin twins. */
    private static final String CYRILLIC = "АВЕКМНОРСТХаеорсхуі";
    private static final String LATIN = "ABEKMHOPCTXaeopcxyi";

    private Invisibles() {
    }

    /** The text with invisible characters removed and look-alike spaces, hyphens and letters replaced. */
    static String clean(String s) {
        if (isPlain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\f', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u200E', '\u200F',
                     '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2061', '\u2062', '\u2063', '\u2064' -> {
                    // zero width: dropped
                }
                case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u1680' -> b.append(' ');
                case '\u2010', '\u2011' -> b.append('-');
                case '\uFF1A' -> b.append(':');
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        b.append(' ');
                    } else {
                        int k = c >= '\u0400' && c <= '\u04FF' ? CYRILLIC.indexOf(c) : -1;
                        b.append(k >= 0 && nextToLatin(s, i) ? LATIN.charAt(k) : c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** No character that {@link #clean} changes: nothing to do (the common case, checked without allocating). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (changed(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #clean} drops or replaces (a Cyrillic look-alike only inside a Latin word). */
    static boolean changed(char c) {
        if (c < '\u00A0') {
            return c == '\f';
        }
        return c == '\u00A0' || c == '\u00AD' || c == '\u1680' || c == '\u180E' || c >= '\u2000' && c <= '\u2011'
                || c >= '\u202A' && c <= '\u202F' || c >= '\u205F' && c <= '\u2064' || c == '\u3000' || c == '\uFEFF'
                || c == '\uFF1A' || c >= '\u0400' && c <= '\u04FF' && CYRILLIC.indexOf(c) >= 0;
    }

    /** A Cyrillic look-alike is replaced only inside a Latin word ("Sở Tư phάp" keeps a Greek word intact). */
    private static boolean nextToLatin(String s, int i) {
        boolean before = i > 0 && isLatinLetter(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && isLatinLetter(s.charAt(i + 1));
        return before || after;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
