package vn.plancheck.ingest;

/** Word's list number formats (w:numFmt) rendered as text: 4 → "IV", "iv", "D", "d", "04", "4". */
final class NumberFormats {
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private NumberFormats() {
    }

    /** {@code fmt} is the lower-cased numFmt value; unknown formats fall back to decimal, as Word does for most. */
    static String format(int n, String fmt) {
        return switch (fmt) {
            case "upperroman" -> roman(n);
            case "lowerroman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperletter" -> letters(n);
            case "lowerletter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalzero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "none" -> "";
            default -> Integer.toString(n);
        };
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                b.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return b.toString();
    }

    /** Word's letter numbering repeats the letter past Z: 27 → "AA", 28 → "BB". */
    static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
