package vn.plancheck.text;

import java.text.Normalizer;

/** Folding of Vietnamese text so that "TỔ CHỨC THỰC HIỆN" and "to chuc thuc hien" meet. */
public final class VietText {
    private VietText() {
    }

    /**
     * Folded form of the Latin letters Vietnamese uses (U+0000–U+024F and the Vietnamese block U+1E00–U+1EFF),
     * computed once; 0 marks a combining diacritic (dropped). Other scripts take the general path.
     */
    private static final char[] TABLE = new char[0x1F00];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = c < 0x250 || c >= 0x1E00 || (c >= 0x300 && c < 0x370) ? compute(c) : 1;
        }
    }

    private static char compute(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'D';
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (c < 128) {
            return Character.toUpperCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toUpperCase(d.isEmpty() ? c : d.charAt(0));
    }

    /**
     * One char folded: upper case, without its diacritic, đ to D; 0 for a combining diacritic. A table lookup,
     * because the parser folds every line of every plan several times.
     */
    public static char foldChar(char c) {
        char f = c < TABLE.length ? TABLE[c] : 1;
        return f == 1 ? compute(c) : f;
    }

    /**
     * The folded form with one char for every char of {@code s}, so that a regex match on it gives offsets into
     * the original (to cut "KH-LĐTBXH" with its Đ intact): upper case, no diacritics, đ/Đ to D, every white-space
     * char and every stray combining mark to one space.
     */
    public static String foldKeepLength(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                out[i] = ' ';
            } else {
                char f = foldChar(c);
                out[i] = f == 0 ? ' ' : f;
            }
        }
        return new String(out);
    }

    /**
     * Upper case, no diacritics, đ/Đ to D, runs of white space to one space, trimmed.
     * Punctuation and digits are kept.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            char f = c < TABLE.length ? TABLE[c] : 1;
            String folded;
            if (f == 0) {
                continue; // a diacritic on its own (decomposed input): nothing to write, no pending space either
            } else if (f != 1) {
                folded = null;
            } else {
                // rare outside Vietnamese text: decompose fully (a Hangul syllable is several letters)
                StringBuilder d = new StringBuilder();
                for (char x : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                    if (Character.getType(x) != Character.NON_SPACING_MARK) {
                        d.append(Character.toUpperCase(x == 'đ' || x == 'Đ' ? 'D' : x));
                    }
                }
                if (d.length() == 0) {
                    continue;
                }
                folded = d.toString();
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (folded == null) {
                b.append(f);
            } else {
                b.append(folded);
            }
        }
        return b.toString();
    }

    /** Share of letters that are upper case; 0 for a string without letters. */
    public static double upperShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    /** How many letters {@code s} has. */
    public static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
