package vn.plancheck.ingest;

/**
 * Recognises Vietnamese text typed in the pre-Unicode TCVN3 (ABC) or VNI fonts, which every reader
 * receives as Latin-1 mojibake: "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) instead of "Kế hoạch".
 *
 * <p>The test is statistical over a whole document. Real Unicode Vietnamese is full of letters from
 * U+1EA0–U+1EF9 and ă/đ/ơ/ư; legacy text has almost none of them, and instead:
 * <ul>
 *   <li>TCVN3: codes 0xA1–0xBE (¡ ¢ ¨ © ª « ¬ ® µ ¶ · ¸ ¹ » ¼ ½ ¾, all frequent letters such as
 *       à á ă â ê ô ơ ư đ) and ASCII lower-case letters followed by a Latin-1 capital ("ViÖt");</li>
 *   <li>VNI: a vowel followed by a mark character that can follow it (a+ù = á, e+ä = ệ, o+â = ô,
 *       a+ê = ă), capitals by capitals.</li>
 * </ul>
 * Both need markers on at least 5% of the letters, so OCR output that lost its diacritics ("Trién
 * khai", "S¢ Lao") is not mistaken for legacy text.
 */
final class LegacyEncoding {
    enum Kind { NONE, TCVN3, VNI }

    private static final int MIN_SIGNAL = 8;

    /** VNI marks by what they may follow: a tone after any vowel (or ơ/ư, themselves ô/ö in VNI). */
    private static final String VNI_TONES = "ùøûõïÙØÛÕÏ";
    private static final String TONE_BEARERS = "aeiouyAEIOUYôöÔÖ";
    /** Circumflex (alone or with a tone) only after a, e, o; breve (alone or with a tone) only after a. */
    private static final String VNI_CIRCUMFLEX = "âáàåãäÂÁÀÅÃÄ";
    private static final String CIRCUMFLEX_BEARERS = "aeoAEO";
    private static final String VNI_BREVE = "êéèúüëÊÉÈÚÜË";

    private LegacyEncoding() {
    }

    /** How much of a document {@link #detect} reads. */
    static final int SAMPLE_CHARS = 20_000;

    static Kind detect(CharSequence text) {
        Signals signals = new Signals();
        int end = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < end; i++) {
            signals.add(text.charAt(i));
        }
        return signals.kind();
    }

    /**
     * {@link #detect} of the lines joined by '\n' (as far as it reads), without joining them: the chars of each line
     * are walked in a buffer.
     */
    static Kind detect(java.util.List<String> lines) {
        Signals signals = new Signals();
        char[] buffer = new char[256];
        int left = SAMPLE_CHARS;
        for (int k = 0; k < lines.size() && left > 0; k++) {
            if (k > 0) {
                signals.add('\n');
                left--;
            }
            String line = lines.get(k) == null ? "null" : lines.get(k); // as StringBuilder.append joined them
            int n = Math.min(line.length(), left);
            if (buffer.length < n) {
                buffer = new char[Math.max(n, 2 * buffer.length)];
            }
            line.getChars(0, n, buffer, 0);
            for (int i = 0; i < n; i++) {
                signals.add(buffer[i]);
            }
            left -= n;
        }
        return signals.kind();
    }

    /** What {@link #detect} counts, char by char (an encoding is a property of the whole file: its first pages decide it). */
    private static final class Signals {
        private int letters;
        private int vietUnicode;
        private int tcvnSymbols;
        private int tcvnPairs;
        private int vniPairs;
        private char prev;

        void add(char c) {
            if (c < 0x80) {
                // ASCII is no marker of either encoding: only a letter to count
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                }
                prev = c;
                return;
            }
            int flags = flags(c);
            if ((flags & LETTER) != 0) {
                letters++;
            }
            if ((flags & VIET_ONLY) != 0) {
                vietUnicode++;
            }
            if (c >= 0xA1 && c <= 0xBE && Tcvn3.isCode(c)) {
                tcvnSymbols++;
            } else if (c >= 0xC6 && c <= 0xDE && prev >= 'a' && prev <= 'z' && Tcvn3.isCode(c)) {
                tcvnPairs++;
            }
            if (isVniPair(prev, c)) {
                vniPairs++;
            }
            prev = c;
        }

        Kind kind() {
            int tcvn = tcvnSymbols + tcvnPairs;
            if (strong(tcvn, letters, vietUnicode)) {
                return Kind.TCVN3;
            }
            if (strong(vniPairs, letters, vietUnicode) && tcvnSymbols * 5 < vniPairs) {
                return Kind.VNI;
            }
            return Kind.NONE;
        }
    }

    /** {@link #flags}: a letter (or a TCVN3 code), a letter only Unicode Vietnamese has. */
    private static final int LETTER = 1;
    private static final int VIET_ONLY = 2;
    /** The flags of the chars below U+2070 (Vietnamese letters, the punctuation around them): Character.isLetter is slow on each. */
    private static final byte[] FLAGS = new byte[0x2070];

    static {
        for (char c = 0; c < FLAGS.length; c++) {
            FLAGS[c] = (byte) computeFlags(c);
        }
    }

    private static int flags(char c) {
        return c < FLAGS.length ? FLAGS[c] : computeFlags(c);
    }

    private static int computeFlags(char c) {
        return (Character.isLetter(c) || Tcvn3.isCode(c) ? LETTER : 0) | (isVietnameseOnly(c) ? VIET_ONLY : 0);
    }

    /** True if a line carries letters that only Unicode Vietnamese has (so it must not be converted). */
    static boolean hasVietnameseUnicode(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (isVietnameseOnly(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Legacy text has a marker in about every other syllable (10–20% of letters); OCR of a scan
     * without its diacritics has a few stray ones ("ié", "S¢"), well under 5%. Markers must also
     * outnumber Unicode Vietnamese letters (a legacy body under a header retyped in Unicode still
     * counts), and there must be a few of them: three guillemets and a © do not make a document TCVN3.
     */
    private static boolean strong(int signal, int letters, int vietUnicode) {
        return signal >= MIN_SIGNAL && signal * 20 >= letters && vietUnicode < signal;
    }

    /** Whether {@code mark} after {@code base} spells a Vietnamese letter in VNI ("ié" does not: OCR noise). */
    private static boolean isVniPair(char base, char mark) {
        if (mark < 0xC0 || mark > 0xFF) {
            return false; // every VNI mark is a Latin-1 letter from À on
        }
        if (VNI_TONES.indexOf(mark) >= 0) {
            return TONE_BEARERS.indexOf(base) >= 0;
        }
        if (VNI_CIRCUMFLEX.indexOf(mark) >= 0) {
            return CIRCUMFLEX_BEARERS.indexOf(base) >= 0;
        }
        return VNI_BREVE.indexOf(mark) >= 0 && (base == 'a' || base == 'A');
    }

    private static boolean isVietnameseOnly(char c) {
        return c >= 0x100 && (c >= '\u1EA0' && c <= '\u1EF9') || "ăĂđĐơƠưƯĩĨũŨ".indexOf(c) >= 0;
    }
}
