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

    /** Fold, repair inside words, collapse spaces. */
    static Folded normalize(String s) {
        Folded f = Folded.of(s, true);
        Folded repaired = repairDigraphs(f);
        Folded cleaned = dropNoise(repaired);
        return innerLetters(digitsToLetters(cleaned));
    }

    /** Only letters and digits: OCR moves spaces and punctuation around at will. */
    static Folded compact(Folded f) {
        Folded.Builder b = new Folded.Builder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                f.copyTo(b, i, c);
            }
        }
        return b.build(f.originalStart(f.length()));
    }

    /**
     * Two-char OCR readings of one letter, only after a letter (inside a word):
     * "CH(J'C" → CHUC, "TH\IC" → THUC, "ML)C" → MUC, "D(>NG" → DONG, "NARN" → NAM (Vietnamese has no "RN").
     */
    private static Folded repairDigraphs(Folded f) {
        Folded.Builder b = new Folded.Builder(f.length());
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
                f.mergeTo(b, i, i + 2, merged);
                i += 2;
            } else {
                f.copyTo(b, i, c);
                i++;
            }
        }
        return b.build(f.originalStart(f.length()));
    }

    /** Drops noise chars, reads | as I and €/¢ as E, ¥ as Y; re-collapses spaces. */
    private static Folded dropNoise(Folded f) {
        Folded.Builder b = new Folded.Builder(f.length());
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
            f.copyTo(b, i, c);
        }
        if (b.length() > 0 && b.last() == ' ') {
            b.removeLast();
        }
        return b.build(f.originalStart(f.length()));
    }

    /**
     * A run of at most three OCR-confusable digits (0 1 5 6 8) that touches a letter is a
     * misread letter: "S6" → SO, "L1AM" → LIAM, "1V" → IV. Runs with other digits, longer
     * runs, and runs that touch no letter ("29/KH", "2024") are real numbers.
     */
    private static Folded digitsToLetters(Folded f) {
        String t = f.text();
        Folded.Builder b = new Folded.Builder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (!isAsciiDigit(t.charAt(i))) {
                f.copyTo(b, i, t.charAt(i));
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
                f.copyTo(b, k, convert ? letterFor(t.charAt(k)) : t.charAt(k));
            }
            i = j;
        }
        return b.build(f.originalStart(f.length()));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Letters that Vietnamese never has inside a word: J (no Vietnamese letter) is OCR's U, as in
     * "TH~J'C"; L only starts a syllable, so after a letter it is I, as in "HL~N".
     */
    private static Folded innerLetters(Folded f) {
        String t = f.text();
        Folded.Builder b = new Folded.Builder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean afterLetter = i > 0 && Character.isLetter(t.charAt(i - 1));
            if (afterLetter && c == 'L') {
                c = 'I';
            } else if (afterLetter && c == 'J' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
                c = 'U';
            }
            f.copyTo(b, i, c);
        }
        return b.build(f.originalStart(f.length()));
    }

    private static boolean allConfusable(String t, int from, int to) {
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
