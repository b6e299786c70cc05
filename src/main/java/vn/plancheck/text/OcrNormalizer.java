package vn.plancheck.text;

/**
 * The OCR repair behind {@link OcrMatcher#ocrNormalize}, kept on {@link Folded} so that matches
 * can be mapped back to the original text. Stateless.
 */
final class OcrNormalizer {
    /** Chars that OCR sprinkles inside words and that never carry a letter of their own. */
    private static final String NOISE = "()~^\\{}'`§*<>[]";

    private OcrNormalizer() {
    }

    /** Fold, repair inside words ({@link OcrMatcher#ocrNormalize}), then keep only letters and digits. */
    static Folded normalizeCompact(String s) {
        String src = s == null ? "" : s;
        Folded.Builder f = passes(src);
        return compact(f, new Folded.Builder(f.length())).build(src.length());
    }

    /** The folded and repaired text ({@link OcrMatcher#ocrNormalize}), without the map to the original. */
    static String normalizedText(String s) {
        Folded.Builder f = passes(s == null ? "" : s);
        char[] c = new char[f.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = f.charAt(i);
        }
        return new String(c);
    }

    /** The repairs, each reading the builder the one before wrote: two builders serve every pass. */
    private static Folded.Builder passes(String src) {
        Folded.Builder a = Folded.fold(src, true, new Folded.Builder(src.length()));
        Folded.Builder b = new Folded.Builder(a.length());
        repairDigraphs(a, b.clear());
        dropNoise(b, a.clear());
        digitsToLetters(a, b.clear());
        innerLetters(b, a.clear());
        return a;
    }

    /** Only letters and digits: OCR moves spaces and punctuation around at will. */
    private static Folded.Builder compact(Folded.Builder f, Folded.Builder b) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.copy(f, i, c);
            }
        }
        return b;
    }

    /**
     * Two-char OCR readings of one letter, only after a letter (inside a word):
     * "CH(J'C" → CHUC, "TH\IC" → THUC, "ML)C" → MUC, "D(>NG" → DONG, "NARN" → NAM (Vietnamese has no "RN").
     */
    private static void repairDigraphs(Folded.Builder f, Folded.Builder b) {
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            char next = i + 1 < f.length() ? f.charAt(i + 1) : '\0';
            boolean afterLetter = i > 0 && Character.isLetter(f.charAt(i - 1));
            char merged = '\0';
            if (afterLetter) {
                if (c == '(' && next == 'J' || c == '\\' && next == 'I' || c == 'L' && next == ')') {
                    merged = 'U';
                } else if (c == '(' && next == '>') {
                    merged = 'O'; // "D(>NG" is ĐỘNG
                } else if (c == 'R' && next == 'N') {
                    merged = 'M';
                }
            }
            if (merged != '\0') {
                b.merge(f, i, i + 2, merged);
                i += 2;
            } else {
                b.copy(f, i, c);
                i++;
            }
        }
    }

    /** Drops noise chars, reads | as I and €/¢ as E, ¥ as Y; re-collapses spaces. */
    private static void dropNoise(Folded.Builder f, Folded.Builder b) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (NOISE.indexOf(c) >= 0) {
                continue;
            }
            switch (c) {
                case '|' -> c = 'I';
                case '€', '¢' -> c = 'E';
                case '¥' -> c = 'Y';
                default -> {
                }
            }
            if (c == ' ' && (b.length() == 0 || b.last() == ' ')) {
                continue;
            }
            b.copy(f, i, c);
        }
        if (b.length() > 0 && b.last() == ' ') {
            b.removeLast();
        }
    }

    /**
     * A run of at most three OCR-confusable digits (0 1 5 6 8) that touches a letter is a
     * misread letter: "S6" → SO, "L1AM" → LIAM, "1V" → IV. Runs with other digits, longer
     * runs, and runs that touch no letter ("29/KH", "2024") are real numbers.
     */
    private static void digitsToLetters(Folded.Builder t, Folded.Builder b) {
        int i = 0;
        while (i < t.length()) {
            if (!isAsciiDigit(t.charAt(i))) {
                b.copy(t, i, t.charAt(i));
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && isAsciiDigit(t.charAt(j))) {
                j++;
            }
            boolean touchesLetter = i > 0 && Character.isLetter(t.charAt(i - 1))
                    || j < t.length() && Character.isLetter(t.charAt(j));
            boolean convert = touchesLetter && j - i <= 3 && allConfusable(t, i, j);
            for (int k = i; k < j; k++) {
                b.copy(t, k, convert ? letterFor(t.charAt(k)) : t.charAt(k));
            }
            i = j;
        }
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Letters that Vietnamese never has inside a word: J (no Vietnamese letter) is OCR's U, as in
     * "TH~J'C"; L only starts a syllable, so after a letter it is I, as in "HL~N".
     */
    private static void innerLetters(Folded.Builder t, Folded.Builder b) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean afterLetter = i > 0 && Character.isLetter(t.charAt(i - 1));
            if (afterLetter && c == 'L') {
                c = 'I';
            } else if (afterLetter && c == 'J' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
                c = 'U';
            }
            b.copy(t, i, c);
        }
    }

    private static boolean allConfusable(Folded.Builder t, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("01568".indexOf(t.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static char letterFor(char digit) {
        return switch (digit) {
            case '0', '6' -> 'O';
            case '1' -> 'I';
            case '5' -> 'S';
            case '8' -> 'B';
            default -> digit;
        };
    }
}
