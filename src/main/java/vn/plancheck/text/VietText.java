package vn.plancheck.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of Vietnamese text so that "TỔ CHỨC THỰC HIỆN" and "to chuc thuc hien" meet. */
public final class VietText {
    private VietText() {
    }

    /**
     * Folded form of the Latin letters Vietnamese uses (U+0000–U+024F and the Vietnamese block U+1E00–U+1EFF) and of
     * the general punctuation its texts are full of (U+2000–U+206F: quotes, dashes, the ellipsis), computed once; 0
     * marks a combining diacritic (dropped). Other scripts take the general path.
     */
    private static final char[] TABLE = new char[0x2070];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = c < 0x250 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2000 || (c >= 0x300 && c < 0x370) ? compute(c) : 1;
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
     * The table's fold of {@code c}: what {@link Folded} gets from decomposing it (its base letter, upper case; đ as
     * D; 0 for a combining diacritic), or 1 when {@code c} is outside the table (or NUL, which the table cannot tell
     * from a diacritic) and must be decomposed.
     */
    static char tableFold(char c) {
        return c < TABLE.length && c != 0 ? TABLE[c] : 1;
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
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
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
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
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

    /** The first char of {@link #fold}{@code (s)}, or 0 when it is empty: a cheap test before folding a whole line. */
    public static char foldedFirst(String s) {
        if (s == null) {
            return 0;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            char f = c < TABLE.length ? TABLE[c] : 1;
            if (f == 0) {
                continue;
            }
            if (f != 1) {
                return f;
            }
            String folded = fold(String.valueOf(c)); // rare outside Vietnamese text: fold decomposes it
            if (!folded.isEmpty()) {
                return folded.charAt(0);
            }
        }
        return 0;
    }

    /**
     * The runs of A–Z and 0–9 of a folded text joined by single spaces: what
     * {@code Regex.replaceAll(Regex.replaceAll(s, "[^A-Z0-9 ]", " "), "\\s+", " ").strip()} gives, without three regex passes.
     */
    public static String alnumWords(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Share of letters that are upper case; 0 for a string without letters. */
    public static double upperShare(String s) {
        long counts = caseCounts(s);
        int letters = (int) (counts >>> 32);
        return letters == 0 ? 0 : (double) (int) counts / letters;
    }

    /** Whether {@code s} has at least {@code minLetters} letters and at least {@code share} of them upper case (one pass). */
    public static boolean mostlyUpper(String s, int minLetters, double share) {
        long counts = caseCounts(s);
        int letters = (int) (counts >>> 32);
        return letters >= minLetters && letters > 0 && (double) (int) counts / letters >= share;
    }

    /** The letters of {@code s} (high 32 bits) and its upper-case letters (low 32 bits), counted in one pass. */
    private static long caseCounts(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            int f = caseFlags(s.charAt(i));
            letters += f & LETTER;
            upper += f >>> 1;
        }
        return (long) letters << 32 | upper;
    }

    /** How many letters {@code s} has. */
    public static int letterCount(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            n += caseFlags(s.charAt(i)) & LETTER;
        }
        return n;
    }

    /** {@link #caseFlags}: a letter; a letter in upper case (both bits then). */
    private static final int LETTER = 1;
    private static final int UPPER_LETTER = 3;
    /**
     * The case flags of the chars below U+2070 (the Vietnamese letters, and the punctuation around them):
     * Character.isLetter and isUpperCase
     * cost a lookup through several tables for each char of each line counted.
     */
    private static final byte[] CASE_FLAGS = new byte[0x2070];

    static {
        for (char c = 0; c < CASE_FLAGS.length; c++) {
            CASE_FLAGS[c] = (byte) computeCaseFlags(c);
        }
    }

    private static int caseFlags(char c) {
        return c < CASE_FLAGS.length ? CASE_FLAGS[c] : computeCaseFlags(c);
    }

    private static int computeCaseFlags(char c) {
        if (!Character.isLetter(c)) {
            return 0;
        }
        return Character.isUpperCase(c) ? UPPER_LETTER : LETTER;
    }

    /** Telex letters for the five tone marks, upper case so that they never meet the lower-case letters. */
    private static char toneLetter(char mark) {
        return switch (mark) {
            case '\u0300' -> 'F'; // huyền
            case '\u0301' -> 'S'; // sắc
            case '\u0309' -> 'R'; // hỏi
            case '\u0303' -> 'X'; // ngã
            case '\u0323' -> 'J'; // nặng
            default -> 0;
        };
    }

    /**
     * Lower case with the diacritics kept, but each syllable's tone mark moved to its end as a Telex letter, and runs
     * of white space made one space: "Huyện uỷ" and "huyện ủy" (old and new tone placement) meet as "huyênJ uyR",
     * while "Cơ quan Ủy ban" ("quan uyR") no longer contains "Quận ủy" ("quânJ uyR"), as the folded text does.
     */
    public static String toneKey(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(d.length());
        StringBuilder syllable = new StringBuilder();
        char tone = 0;
        boolean space = false;
        for (int i = 0; i <= d.length(); i++) {
            char c = i < d.length() ? d.charAt(i) : ' ';
            char t = toneLetter(c);
            if (t != 0) {
                tone = t;
                continue;
            }
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                syllable.append(c);
                continue;
            }
            if (syllable.length() > 0) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Normalizer.normalize(syllable, Normalizer.Form.NFC));
                if (tone != 0) {
                    out.append(tone);
                }
                syllable.setLength(0);
                tone = 0;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else if (i < d.length()) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text carries Vietnamese diacritics (or đ), i.e. its words can be told apart by their tones. */
    public static boolean hasDiacritics(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ' || c == 'Đ' || c > 127 && Character.isLetter(c) && foldChar(c) != Character.toUpperCase(c)) {
                return true;
            }
        }
        return false;
    }
}
