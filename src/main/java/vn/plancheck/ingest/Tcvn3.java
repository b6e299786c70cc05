package vn.plancheck.ingest;

/**
 * TCVN 5712:1993 "VN3" (the ABC keyboard standard, {@code .VnTime} fonts) to Unicode and back.
 *
 * <p>VN3 is a fixed single-byte code: the 67 lower-case Vietnamese letters outside ASCII plus the 7
 * upper-case base letters Ă Â Đ Ê Ô Ơ Ư have their own byte. Upper-case letters with a tone mark have
 * no byte: typists use the capital font {@code .VnTimeH}, which draws the lower-case codes as
 * capitals. Text that reaches us through a non-Unicode path (a .txt saved from such a document, or
 * .docx/.doc/.pdf text typed in those fonts) therefore shows the bytes as Latin-1 characters
 * ("KÕ ho¹ch"). We map each of them back, and restore the capitals from the context (a word or a
 * line written in capitals), so all 134 Vietnamese letters can come out. The context is a guess:
 * a one-letter-plus-code word alone among lower-case words ("Hµ") stays lower-case.
 */
final class Tcvn3 {
    /** Byte value (as a Latin-1 char) of each letter of {@link #UNICODE}, position by position. */
    private static final String CODES =
            "\u00b5\u00b8\u00b6\u00b7\u00b9"                 // à á ả ã ạ
            + "\u00a8\u00bb\u00be\u00bc\u00bd\u00c6"         // ă ằ ắ ẳ ẵ ặ
            + "\u00a9\u00c7\u00ca\u00c8\u00c9\u00cb"         // â ầ ấ ẩ ẫ ậ
            + "\u00ae"                                       // đ
            + "\u00cc\u00d0\u00ce\u00cf\u00d1"               // è é ẻ ẽ ẹ
            + "\u00aa\u00d2\u00d5\u00d3\u00d4\u00d6"         // ê ề ế ể ễ ệ
            + "\u00d7\u00dd\u00d8\u00dc\u00de"               // ì í ỉ ĩ ị
            + "\u00df\u00e3\u00e1\u00e2\u00e4"               // ò ó ỏ õ ọ
            + "\u00ab\u00e5\u00e8\u00e6\u00e7\u00e9"         // ô ồ ố ổ ỗ ộ
            + "\u00ac\u00ea\u00ed\u00eb\u00ec\u00ee"         // ơ ờ ớ ở ỡ ợ
            + "\u00ef\u00f3\u00f1\u00f2\u00f4"               // ù ú ủ ũ ụ
            + "\u00ad\u00f5\u00f8\u00f6\u00f7\u00f9"         // ư ừ ứ ử ữ ự
            + "\u00fa\u00fd\u00fb\u00fc\u00fe"               // ỳ ý ỷ ỹ ỵ
            + "\u00a1\u00a2\u00a7\u00a3\u00a4\u00a5\u00a6";  // Ă Â Đ Ê Ô Ơ Ư
    static final String UNICODE =
            "àáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "đ" + "èéẻẽẹ" + "êềếểễệ" + "ìíỉĩị" + "òóỏõọ"
            + "ôồốổỗộ" + "ơờớởỡợ" + "ùúủũụ" + "ưừứửữự" + "ỳýỷỹỵ" + "ĂÂĐÊÔƠƯ";

    /** Index = Latin-1 code 0xA0..0xFF; value = the Unicode letter, or 0 where the byte is not a letter. */
    private static final char[] DECODE = new char[0x60];

    static {
        if (CODES.length() != UNICODE.length() || UNICODE.length() != 74) {
            throw new AssertionError("TCVN3 table out of step");
        }
        for (int i = 0; i < CODES.length(); i++) {
            DECODE[CODES.charAt(i) - 0xA0] = UNICODE.charAt(i);
        }
    }

    private Tcvn3() {
    }

    /** True if {@code c} is one of the 74 TCVN3 letter codes read as Latin-1. */
    static boolean isCode(char c) {
        return c >= 0xA0 && c <= 0xFF && DECODE[c - 0xA0] != 0;
    }

    /**
     * Converts one line of TCVN3 text (bytes read as Latin-1) to Unicode. A code inside a word whose
     * ASCII letters are capitals (at least two), or inside a line written in capitals, becomes a capital.
     */
    static String decode(String line) {
        boolean capsLine = isCapsLine(line);
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int end = wordEnd(line, i);
            if (end == i) {
                out.append(line.charAt(i++));
                continue;
            }
            boolean caps = capsLine || isCapsRun(line, i, end, 2);
            for (int k = i; k < end; k++) {
                char c = line.charAt(k);
                char u = isCode(c) ? DECODE[c - 0xA0] : c;
                out.append(caps && isCode(c) ? Character.toUpperCase(u) : u);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Unicode to TCVN3 (as Latin-1 chars, one per byte). Capitals with a tone mark get the lower-case
     * code, as a {@code .VnTimeH} typist would produce. Characters outside the code are kept.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = UNICODE.indexOf(c);
            if (k < 0 && Character.isUpperCase(c)) {
                k = UNICODE.indexOf(Character.toLowerCase(c));
            }
            out.append(k >= 0 ? CODES.charAt(k) : c);
        }
        return out.toString();
    }

    private static int wordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isWordChar(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * A line typed in the capital font: no ASCII lower-case letter anywhere, and at least one word
     * that mixes TCVN3 codes with two or more ASCII capitals ("HO¹CH"). "Sè: /KH-UBND" is not one:
     * its only word with a code has a single capital, so it reads "Số:".
     */
    private static boolean isCapsLine(String line) {
        if (!isCapsRun(line, 0, line.length(), 0)) {
            return false;
        }
        for (int i = 0; i < line.length(); ) {
            int end = wordEnd(line, i);
            if (end == i) {
                i++;
                continue;
            }
            if (isCapsRun(line, i, end, 2) && hasCode(line, i, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static boolean hasCode(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isCode(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c)) || isCode(c) || (c >= 0xC0 && c <= 0xFF);
    }

    /** Whether [from, to) has at least {@code min} ASCII capitals and no ASCII lower-case letter. */
    private static boolean isCapsRun(String s, int from, int to, int min) {
        int caps = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                caps++;
            }
        }
        return caps >= min;
    }
}
