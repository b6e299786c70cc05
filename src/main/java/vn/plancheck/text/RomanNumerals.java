package vn.plancheck.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Roman numerals of plan sections (I..XXX) and quarters, strict or as OCR reads them. */
public final class RomanNumerals {
    /** I..XXXIX shape; the value is then capped at 30, the most sections a plan has. */
    private static final Pattern STRICT = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");
    private static final int MAX = 30;
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    /** Value of a strict Roman numeral I..XXX (any case, surrounding blanks ignored), else -1. */
    public static int parse(String s) {
        if (s == null) {
            return -1;
        }
        String r = s.trim().toUpperCase(Locale.ROOT);
        if (r.isEmpty() || !STRICT.matcher(r).matches()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = valueOf(r.charAt(i));
            int next = i + 1 < r.length() ? valueOf(r.charAt(i + 1)) : 0;
            value += v < next ? -v : v;
        }
        return value <= MAX ? value : -1;
    }

    /**
     * Like {@link #parse} but reads OCR's stand-ins for I ('1', 'l', 'L', '|', '!'):
     * "111" → 3, "I11" → 3, "Il" → 2, "1V" → 4, "V1" → 6, "1" → 1. Only for places where a
     * Roman numeral is expected, since "1" alone is ambiguous. -1 for anything else.
     */
    public static int parseOcr(String s) {
        if (s == null) {
            return -1;
        }
        String r = s.trim();
        StringBuilder b = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            b.append(switch (c) {
                case '1', 'l', 'L', '|', '!' -> 'I';
                default -> c;
            });
        }
        return parse(b.toString());
    }

    /** Upper-case Roman numeral for 1..3999. */
    public static String toRoman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("No Roman numeral for " + n);
        }
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                b.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return b.toString();
    }

    private static int valueOf(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 0;
        };
    }
}
