package vn.plancheck.text;

import java.util.List;

/**
 * How garbled a text looks (0 clean … 1 garbage), from three signs of OCR damage: word tokens
 * that are no Vietnamese syllable, tokens with OCR junk chars, and missing diacritics.
 * Stateless and thread-safe.
 */
public final class OcrScore {
    /** Calibrated on the seed fixtures: OCR'd plans score well above it, clean ones well below. */
    static final double THRESHOLD = 0.25;

    private static final String JUNK = "~^\\|€§{}¢¥";
    private static final String EDGE_PUNCT = ".,;:!?\"'“”‘’()[]…-–—*/";
    /** Below this share of syllables with a diacritic, the text has lost them. */
    private static final double LOST_DIACRITICS = 0.03;
    /**
     * At or above this share diacritics look intact. Vietnamese carries them on well over a
     * third of its syllables (the clean seed plans: about 85% of words); OCR'd ones keep ~20%.
     */
    private static final double NORMAL_DIACRITICS = 0.50;

    private OcrScore() {
    }

    /** 0..1, how garbled {@code lines} look; 0 for text without words. */
    /** Words enough to judge a document; the score of a 20-page plan is the score of its first pages. */
    private static final int SAMPLE_WORDS = 1500;

    public static double score(List<String> lines) {
        if (lines == null) {
            return 0;
        }
        int words = 0;
        int nonSyllables = 0;
        int junk = 0;
        int marked = 0;
        KindTable kinds = KIND_TABLES.get();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            if (words >= SAMPLE_WORDS) {
                break; // the share is stable long before the end of a plan; long plans need not be read twice
            }
            // the words: the pieces between runs of white space, looked up by their chars (no String for a known word)
            char[] s = kinds.chars(line);
            int n = line.length();
            int from = -1;
            int hash = 0;
            for (int i = 0; i <= n; i++) {
                if (i < n && !Regex.isSpace(s[i])) {
                    if (from < 0) {
                        from = i;
                        hash = 0;
                    }
                    hash = 31 * hash + s[i];
                    continue;
                }
                if (from < 0) {
                    continue;
                }
                int kind = kinds.kind(s, from, i, hash);
                from = -1;
                if ((kind & SKIPPED) != 0) {
                    continue;
                }
                words++;
                if ((kind & JUNK_WORD) != 0) {
                    junk++;
                }
                if ((kind & NON_SYLLABLE) != 0) {
                    nonSyllables++;
                }
                if ((kind & MARKED) != 0) {
                    marked++;
                }
            }
        }
        if (words == 0) {
            return 0;
        }
        double nonSyllableShare = (double) nonSyllables / words;
        double junkShare = (double) junk / words;
        double markedShare = (double) marked / words;
        double lostDiacritics = markedShare < LOST_DIACRITICS ? 1.0
                : Math.max(0, (NORMAL_DIACRITICS - markedShare) / (NORMAL_DIACRITICS - LOST_DIACRITICS));
        // Clean text has a few non-syllables (abbreviations, foreign words) and no junk;
        // either sign of OCR lifts the score, lost diacritics alone lift it past the threshold.
        double s = 0.45 * lostDiacritics + 1.5 * nonSyllableShare + 2.0 * junkShare;
        return Math.min(1.0, s);
    }

    /** What {@link #kind} says of a word: not counted, junk, not a syllable, with a diacritic. */
    private static final int SKIPPED = 1;
    private static final int JUNK_WORD = 2;
    private static final int NON_SYLLABLE = 4;
    private static final int MARKED = 8;
    /**
     * The kinds of the words seen so far, one table per thread: a plan's words are mostly the same few thousand
     * syllables, so each is classified once per thread rather than once per occurrence, and a word already seen is
     * found by its chars without making a String of it (a shared map keyed by Strings made a substring and hashed it
     * for each of the 1,500 words a plan is judged by).
     */
    private static final ThreadLocal<KindTable> KIND_TABLES = ThreadLocal.withInitial(KindTable::new);

    /** An open-addressing table from a word's chars to its {@link #classify kind}. Bounded; confined to one thread. */
    private static final class KindTable {
        private static final int CAPACITY = 1 << 15;
        /** Past this many words, new words are classified every time (the table stays a quarter full at most). */
        private static final int MAX_WORDS = CAPACITY / 4;
        private final char[][] keys = new char[CAPACITY][];
        private final byte[] kinds = new byte[CAPACITY];
        private int size;
        private char[] buffer = new char[256];

        /** The chars of {@code line} in a buffer reused from line to line (valid until the next call). */
        char[] chars(String line) {
            if (buffer.length < line.length()) {
                buffer = new char[Math.max(line.length(), 2 * buffer.length)];
            }
            line.getChars(0, line.length(), buffer, 0);
            return buffer;
        }

        /** The kind of the word {@code s[from, to)}, whose {@link String#hashCode} is {@code hash}. */
        int kind(char[] s, int from, int to, int hash) {
            int mask = CAPACITY - 1;
            int len = to - from;
            for (int i = (hash ^ hash >>> 15) & mask; ; i = i + 1 & mask) {
                char[] key = keys[i];
                if (key == null) {
                    int kind = classify(new String(s, from, len));
                    if (size < MAX_WORDS) {
                        keys[i] = java.util.Arrays.copyOfRange(s, from, to);
                        kinds[i] = (byte) kind;
                        size++;
                    }
                    return kind;
                }
                if (key.length == len && java.util.Arrays.equals(key, 0, len, s, from, to)) {
                    return kinds[i];
                }
            }
        }
    }

    private static int classify(String raw) {
        String token = strip(raw);
        if (!hasLetter(token) || isUrl(token)) {
            return SKIPPED;
        }
        boolean isJunk = hasJunk(token);
        String folded = VietText.fold(token);
        if (!isJunk && isAbbreviation(token, folded)) {
            return SKIPPED;
        }
        int kind = 0;
        if (isJunk) {
            kind |= JUNK_WORD;
        }
        if (isJunk || !isSyllable(folded)) {
            kind |= NON_SYLLABLE;
        }
        if (hasDiacritic(token)) {
            kind |= MARKED;
        }
        return kind;
    }

    /** The threshold above which a text should be treated as OCR output. */
    public static boolean suspected(double score) {
        return score >= THRESHOLD;
    }

    private static String strip(String raw) {
        int a = 0;
        int b = raw.length();
        while (a < b && EDGE_PUNCT.indexOf(raw.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && EDGE_PUNCT.indexOf(raw.charAt(b - 1)) >= 0) {
            b--;
        }
        return raw.substring(a, b);
    }

    /** Web and mail addresses are neither Vietnamese nor OCR damage. */
    private static boolean isUrl(String t) {
        return t.contains("://") || t.regionMatches(true, 0, "www.", 0, 4) || t.indexOf('@') > 0 && t.indexOf('.') > 0;
    }

    /** The onsets of {@link #isSyllable}, by their first letter. */
    private static final String[][] ONSETS = new String[26][];

    static {
        String[] all = {"NGH", "NG", "NH", "CH", "GH", "GI", "KH", "PH", "QU", "TH", "TR",
            "B", "C", "D", "G", "H", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "V", "X"};
        for (char c = 'A'; c <= 'Z'; c++) {
            final char first = c;
            ONSETS[c - 'A'] = java.util.Arrays.stream(all).filter(o -> o.charAt(0) == first).toArray(String[]::new);
        }
    }

    private static final String[] CODAS = {"NG", "NH", "CH", "C", "M", "N", "P", "T", ""};

    /**
     * Whether the folded token is one Vietnamese syllable: onset, vowel nucleus (with glides), coda — the whole token
     * as {@code (?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?}, tried
     * without the regex engine (every word of every plan is tried).
     */
    static boolean isSyllable(String folded) {
        if (nucleusAndCoda(folded, 0)) {
            return true;
        }
        char c = folded.isEmpty() ? 0 : folded.charAt(0);
        if (c < 'A' || c > 'Z') {
            return false;
        }
        for (String onset : ONSETS[c - 'A']) {
            if (folded.startsWith(onset) && nucleusAndCoda(folded, onset.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nucleusAndCoda(String s, int from) {
        int i = from;
        while (i < s.length() && "AEIOUY".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == from || i - from > 3) {
            return false;
        }
        for (String coda : CODAS) {
            if (s.length() - i == coda.length() && s.startsWith(coda, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Junk chars, or a digit glued to a letter ("S6", "l1am", "2sthang"). */
    private static boolean hasJunk(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (JUNK.indexOf(c) >= 0) {
                return true;
            }
            if (c >= '0' && c <= '9' && (i > 0 && Character.isLetter(t.charAt(i - 1))
                    || i + 1 < t.length() && Character.isLetter(t.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "UBND", "KH-UBND", "TB&XH", "28-CT/TW": upper-case symbols that are not syllables. */
    private static boolean isAbbreviation(String token, String folded) {
        if (token.indexOf('/') >= 0 || token.indexOf('&') >= 0 || token.indexOf('-') >= 0) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLowerCase(token.charAt(i))) {
                return false;
            }
        }
        return !isSyllable(folded);
    }

    private static boolean hasDiacritic(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c > 0x7F && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
