package vn.plancheck.text;

/**
 * Tolerant matching of known headings and phrases against clean or OCR'd text.
 *
 * <p>Everything is compared on a folded form (see {@link VietText#fold}) in which common OCR
 * confusions are repaired. The fuzzy searches also drop spaces and punctuation, because OCR
 * inserts and drops both, and they use a weighted edit distance in which visually confusable
 * letters (I/L/1, O/0/D, U/J/V, E/C, …) cost half an edit. Stateless and thread-safe.
 */
public final class OcrMatcher {
    /** Share of the phrase length that may be edited; see {@link #budget}. */
    private static final double BUDGET_SHARE = 0.25;

    /** Pairs of folded chars that OCR mixes up; a substitution between them costs 0.5. */
    private static final String[] CONFUSABLE = {
        "IL", "I1", "L1", "IJ", "IT", "IR", "O0", "OD", "OQ", "OC", "D0", "DP", "UV", "UJ", "VY",
        "EC", "E3", "S5", "B8", "O6", "A4", "NH", "MN", "G6", "Z2", "AO",
    };

    /**
     * CONFUSABLE as a lookup table over ASCII (the DP calls it for every cell). Written only in
     * the static initializer and never exposed, so sharing it between threads is safe.
     */
    private static final boolean[][] CONFUSABLE_TABLE = confusableTable();

    /** Punctuation that separates words (unlike OCR noise such as ' or ~ inside a word). */
    private static final String WORD_SEPARATORS = ",.;:!?-\u2013\u2014/\"\u201C\u201D…";

    private OcrMatcher() {
    }

    /** Plain Levenshtein distance (unit costs) between two strings; null counts as empty. */
    public static int distance(String a, String b) {
        return distanceAtMost(a == null ? "" : a, b == null ? "" : b, Integer.MAX_VALUE - 1);   // no limit reached
    }

    /**
     * {@link #distance} when it is at most {@code limit}, else {@code limit + 1} (found as soon as every way of
     * continuing costs more: most texts are far from most phrases).
     */
    public static int distanceAtMost(String a, String b, int limit) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            int least = cur[0];
            char c = x[i - 1];
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (c == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                least = Math.min(least, cur[j]);
            }
            if (least > limit) {
                return limit + 1; // a row's least cost never falls in the rows below
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[y.length], limit + 1);
    }

    /**
     * Folds {@code s} and repairs common OCR confusions inside words: noise chars
     * ({@code ( ) ~ ^ \ { } ' §} …) are dropped, {@code |} reads as I, {@code €}/{@code ¢} as E,
     * a few digraphs ({@code (J}, {@code \I}, {@code L)} → U; {@code RN} → M), short runs of
     * 0/1/5/6/8 touching a letter become O/I/S/O/B, and letters Vietnamese never has inside a
     * word are read as their look-alikes (J → U, L → I). Numbers standing on their own
     * ("29/KH", "11/4/2024") are left alone. Spaces are collapsed.
     */
    public static String ocrNormalize(String s) {
        return OcrNormalizer.normalizedText(s);
    }

    /** 1 − distance / longer length, on the {@link #ocrNormalize}d forms; 1.0 for two blanks. */
    public static double similarity(String a, String b) {
        return similarityNormalized(ocrNormalize(a), ocrNormalize(b));
    }

    /** {@link #similarity} of two texts each already through {@link #ocrNormalize}. */
    public static double similarityNormalized(String x, String y) {
        int max = Math.max(x.length(), y.length());
        if (max == 0) {
            return 1.0;
        }
        return 1.0 - (double) distance(x, y) / max;
    }

    /**
     * {@code similarityNormalized(x, y) >= min}, found with a distance search that stops as soon as the distance is
     * too large for it (most pairs compared are far apart).
     */
    public static boolean similarityNormalizedAtLeast(String x, String y, double min) {
        int max = Math.max(x.length(), y.length());
        if (max == 0) {
            return 1.0 >= min;
        }
        // the largest distance at which the similarity is still min (the distance is at most max), computed as the
        // similarity is, in doubles
        int limit = -1;
        while (limit < max && 1.0 - (double) (limit + 1) / max >= min) {
            limit++;
        }
        return limit >= 0 && distanceAtMost(x, y, limit) <= limit;
    }

    /**
     * True when {@code text} begins with {@code phrase}, tolerating case, diacritics, spacing,
     * punctuation and OCR noise (about a quarter of the phrase may be edited). The matched part
     * must end where a word of the text ends, so "Chủ đề Tháng hành động" does not start with
     * "CHỦ ĐỀ, THỜI GIAN". The caller strips any section numeral first. A blank phrase never matches.
     */
    public static boolean startsWithFuzzy(String text, String phrase) {
        Folded p = Phrases.compact(phrase);
        if (p.length() == 0) {
            return false;
        }
        return startsWithFuzzy(prepare(text), p);
    }

    private static boolean startsWithFuzzy(Prepared t, Folded p) {
        return prefixWithin(t.compact.text().toCharArray(), t.edges, p.text().toCharArray(), new int[128]);
    }

    /** True when {@code phrase} occurs anywhere in {@code text} with the same tolerance as {@link #startsWithFuzzy}. */
    public static boolean containsFuzzy(String text, String phrase) {
        return indexOfFuzzy(text, phrase) >= 0;
    }

    /**
     * Offset in the original {@code text} where the best fuzzy occurrence of {@code phrase}
     * starts (the leftmost among equally good ones), or -1. Occurrences are anchored at word
     * edges of the text; letters of a neighbouring word that get included cost one edit each.
     */
    public static int indexOfFuzzy(String text, String phrase) {
        Folded p = Phrases.compact(phrase);
        if (p.length() == 0 || text == null) {
            return -1;
        }
        return indexOfFuzzy(prepare(text), p);
    }

    private static int indexOfFuzzy(Prepared t, Folded p) {
        int start = bestSubstringStart(t.compact.text(), t.edges, p.text(), budget(p.length()));
        return start < 0 ? -1 : t.compact.originalStart(start);
    }

    /** {@code text} prepared for the fuzzy searches: OCR-normalised, letters and digits only, word edges known. */
    public static Prepared prepare(String text) {
        return new Prepared(text == null ? "" : text);
    }

    /**
     * A text prepared once for any number of fuzzy searches ({@link #startsWithFuzzy}, {@link #indexOfFuzzy}): the
     * OCR normalisation, the costly part, is done once. Immutable.
     */
    public static final class Prepared {
        private final Folded compact;
        private final boolean[] edges;

        private Prepared(String original) {
            this.compact = OcrNormalizer.normalizeCompact(original);
            this.edges = wordEdges(compact, original);
        }

        /** {@link OcrMatcher#startsWithFuzzy(String, String)} on this text. */
        public boolean startsWith(String phrase) {
            Folded p = Phrases.compact(phrase);
            return p.length() > 0 && startsWithFuzzy(this, p);
        }

        /**
         * The index of the first of the phrases that this text {@link #startsWith}, or -1: the text's chars and the
         * scratch space of the searches are set up once for all of them.
         */
        public int firstOpening(Openings openings) {
            char[] t = compact.text().toCharArray();
            int[] scratch = new int[128];
            for (int k = 0; k < openings.phrases.length; k++) {
                char[] p = openings.phrases[k];
                if (p.length > 0 && prefixWithin(t, edges, p, scratch)) {
                    return k;
                }
            }
            return -1;
        }

        /** {@link OcrMatcher#containsFuzzy(String, String)} on this text. */
        public boolean contains(String phrase) {
            return indexOf(phrase) >= 0;
        }

        /** {@link OcrMatcher#indexOfFuzzy(String, String)} on this text. */
        public int indexOf(String phrase) {
            Folded p = Phrases.compact(phrase);
            return p.length() == 0 ? -1 : indexOfFuzzy(this, p);
        }
    }

    /**
     * Phrases that texts are asked to open with, in the order they are tried (see {@link Prepared#firstOpening}): each
     * compacted once, as {@link #startsWithFuzzy} compacts it. Immutable.
     */
    public static final class Openings {
        private final char[][] phrases;

        private Openings(char[][] phrases) {
            this.phrases = phrases;
        }

        public static Openings of(java.util.List<String> phrases) {
            char[][] compact = new char[phrases.size()][];
            for (int k = 0; k < compact.length; k++) {
                compact[k] = Phrases.compact(phrases.get(k)).text().toCharArray();
            }
            return new Openings(compact);
        }
    }

    /**
     * edge[j] tells whether a word of the original ends/starts between compact chars j-1 and j:
     * the chars dropped there include white space or punctuation (not just OCR noise).
     */
    static boolean[] wordEdges(Folded compact, String original) {
        int n = compact.length();
        boolean[] edge = new boolean[n + 1];
        edge[0] = true;
        edge[n] = true;
        for (int j = 1; j < n; j++) {
            int from = compact.originalEnd(j - 1);
            int to = compact.originalStart(j);
            for (int k = from; k < to && !edge[j]; k++) {
                char c = original.charAt(k);
                edge[j] = Character.isWhitespace(c) || c == '\u00A0' || WORD_SEPARATORS.indexOf(c) >= 0;
            }
        }
        return edge;
    }

    /**
     * Edits allowed for a phrase of {@code n} compact chars: a quarter, at least one, but always
     * less than half the phrase so that a two-letter phrase cannot match any text at all.
     */
    static double budget(int n) {
        return Math.min(Math.max(1.0, BUDGET_SHARE * n), (n - 1) / 2.0);
    }

    /** Weighted cost of replacing {@code a} by {@code b}. */
    static double substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return a < 128 && b < 128 && CONFUSABLE_TABLE[a][b] ? 0.5 : 1;
    }

    private static boolean[][] confusableTable() {
        boolean[][] t = new boolean[128][128];
        for (String pair : CONFUSABLE) {
            t[pair.charAt(0)][pair.charAt(1)] = true;
            t[pair.charAt(1)][pair.charAt(0)] = true;
        }
        return t;
    }

    /** {@link #substitutionCost} in half edits (0, 1 or 2): the searches below count in halves, in ints. */
    private static int halfCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return a < 128 && b < 128 && CONFUSABLE_TABLE[a][b] ? 1 : 2;
    }

    /**
     * Whether the least weighted cost of turning a prefix of {@code text} that ends at a word edge into
     * {@code phrase} is within the phrase's {@link #budget}. Prefixes longer than the phrase plus its budget and a
     * char are not tried (they cannot be within it). Most headings start with none of the titles asked for: bounds
     * rule those out before the table is filled, and the table stops as soon as its answer is known.
     */
    static boolean prefixWithin(char[] t, boolean[] edge, char[] p, int[] scratch) {
        int m = p.length;
        double budget = budget(m);
        int limit = (int) Math.floor(2 * budget);   // in half edits: a cost is a whole number of them
        int n = Math.min(t.length, m + (int) Math.ceil(budget) + 1);
        // every prefix tried has at most n chars: the phrase chars beyond them are deleted
        if (2L * (m - n) > limit) {
            return false;
        }
        if (opensWith(t, p) && edge[m]) {
            return true; // the prefix that is the phrase itself costs nothing
        }
        // a prefix is a substring of the first n chars
        if (costLowerBound(t, n, p, scratch) > limit) {
            return false;
        }
        return prefixTable(t, n, edge, p, limit);
    }

    /** Whether t begins with p. */
    private static boolean opensWith(char[] t, char[] p) {
        if (t.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (t[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table of {@link #prefixWithin}, column by column over the first {@code n} text chars: cell i of column j is
     * the cost of p[0..i) against t[0..j). A column's least cell never falls in the columns after it (each cell is
     * one of the previous column's plus a cost, or the cell above it plus one, and the top cell grows by one edit a
     * column): once it is over the limit, no later prefix is within it.
     */
    private static boolean prefixTable(char[] t, int n, boolean[] edge, char[] p, int limit) {
        int m = p.length;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = 2 * i;
        }
        for (int j = 1; j <= n; j++) {
            cur[0] = 2 * j;
            int least = cur[0];
            char c = t[j - 1];
            // the chars confusable with c (the table is symmetric), looked up once for the column
            boolean[] confusable = c < 128 ? CONFUSABLE_TABLE[c] : null;
            for (int i = 1; i <= m; i++) {
                char a = p[i - 1];
                int sub = prev[i - 1] + (a == c ? 0 : confusable != null && a < 128 && confusable[a] ? 1 : 2);
                cur[i] = Math.min(sub, Math.min(prev[i], cur[i - 1]) + 2);
                least = Math.min(least, cur[i]);
            }
            if (edge[j] && cur[m] <= limit) {
                return true;
            }
            if (least > limit) {
                return false;
            }
            int[] x = prev;
            prev = cur;
            cur = x;
        }
        return false;
    }

    /**
     * Sellers' approximate substring search: the start (in {@code t}) of the cheapest
     * occurrence of {@code p} within {@code budget}, or -1. An occurrence starts and ends at a
     * word edge; text chars between the edge and the phrase count as insertions. Costs are
     * counted in half edits, so that they are exact ints.
     *
     * <p>Most texts are far from the phrase (the header searches try every header line for the national motto):
     * a lower bound on the cost rules them out before the table is filled, and the table itself is filled only
     * where a cell can still be within the budget (Ukkonen's cut-off). Both give the same start as the full
     * table: see {@link #costLowerBound} and {@link #sellers}.
     */
    static int bestSubstringStart(String text, boolean[] edge, String phrase, double budget) {
        int limit = (int) Math.floor(2 * budget);
        char[] p = phrase.toCharArray();
        // every occurrence aligns the phrase with a substring of the text: a text shorter by k chars costs k deletions
        if (2L * (p.length - text.length()) > limit) {
            return -1;
        }
        int exact = limit >= 0 && p.length > 0 ? exactOccurrence(text, edge, phrase) : -1;
        if (exact >= 0) {
            return exact;
        }
        char[] t = text.toCharArray();
        if (costLowerBound(t, t.length, p, new int[128]) > limit) {
            return -1;
        }
        return sellers(t, edge, p, limit);
    }

    /**
     * The first occurrence of {@code phrase} as it is, between two word edges, or -1. When there is one, it is the
     * search's answer: it costs nothing, the only path of cost 0 to it is the diagonal from its own start, and the
     * search takes the leftmost start among the cheapest.
     */
    private static int exactOccurrence(String text, boolean[] edge, String phrase) {
        int m = phrase.length();
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (edge[at] && edge[at + m]) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A lower bound, in half edits, on the cost of aligning {@code p} with any substring of t[0..n): a phrase char
     * that no equal text char is left for (each text char can match one phrase char) is substituted or deleted,
     * which costs at least a half edit, and a full one unless the text holds a char it is confusable with.
     * 0 (no bound) when the phrase has a char outside ASCII. {@code left} is scratch space of 128 zeros, left so.
     */
    static int costLowerBound(char[] t, int n, char[] p, int[] left) {
        int bound = lowerBound(t, n, p, left);
        for (int k = 0; k < n; k++) {
            if (t[k] < 128) {
                left[t[k]] = 0;   // zeros again for the next call
            }
        }
        return bound;
    }

    private static int lowerBound(char[] t, int n, char[] p, int[] left) {
        long low = 0;      // which ASCII chars t[0..n) holds: bit c of low for c < 64, bit c - 64 of high
        long high = 0;
        for (int k = 0; k < n; k++) {
            char c = t[k];
            if (c < 128) {
                left[c]++;
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << (c - 64);
                }
            }
        }
        int bound = 0;
        for (char a : p) {
            if (a >= 128) {
                return 0;
            }
            if (left[a] > 0) {
                left[a]--;
            } else {
                bound += (CONFUSABLE_LOW[a] & low) != 0 || (CONFUSABLE_HIGH[a] & high) != 0 ? 1 : 2;
            }
        }
        return bound;
    }

    /** For each ASCII char, the chars confusable with it, as bit sets (see {@link #costLowerBound}). */
    private static final long[] CONFUSABLE_LOW = new long[128];
    private static final long[] CONFUSABLE_HIGH = new long[128];

    static {
        for (char a = 0; a < 128; a++) {
            for (char b = 0; b < 128; b++) {
                if (CONFUSABLE_TABLE[a][b]) {
                    if (b < 64) {
                        CONFUSABLE_LOW[a] |= 1L << b;
                    } else {
                        CONFUSABLE_HIGH[a] |= 1L << (b - 64);
                    }
                }
            }
        }
    }

    /**
     * The search of {@link #bestSubstringStart} proper, column by column over the text: cell i of a column is the
     * least cost of p[0..i) against the text up to here from an edge (and where that start is). A cell over
     * {@code limit} can only feed cells over it (costs are never negative), so it is never the chosen one of a cell
     * within it, whose value and start are thus the full table's; the final test takes only cells within it.
     * Below the last live row of the previous column + 1, a cell can only be reached down its own column
     * (deleting phrase chars), so the column stops at the first dead cell there; the rows left are marked dead.
     */
    private static int sellers(char[] t, boolean[] edge, char[] p, int limit) {
        int m = p.length;
        int dead = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = 2 * i;
            cur[i] = dead;
        }
        int prevLive = Math.min(m, limit / 2);   // rows of prev past it are dead
        int prevFilled = m;                      // rows of prev past it hold the dead mark (none yet)
        int curFilled = m;
        int best = Integer.MAX_VALUE;
        int bestStart = -1;
        for (int j = 1; j <= t.length; j++) {
            // An occurrence may start at any word edge; elsewhere the skipped word chars cost.
            cur[0] = edge[j] ? 0 : prev[0] + 2;
            curStart[0] = edge[j] ? j : prevStart[0];
            char c = t[j - 1];
            // the chars confusable with c (the table is symmetric), looked up once for the column
            boolean[] confusable = c < 128 ? CONFUSABLE_TABLE[c] : null;
            int live = cur[0] <= limit ? 0 : -1;
            int i = 1;
            for (; i <= m; i++) {
                if (i > prevLive + 1 && cur[i - 1] + 2 > limit) {
                    break;
                }
                char a = p[i - 1];
                int sub = prev[i - 1] + (a == c ? 0 : confusable != null && a < 128 && confusable[a] ? 1 : 2);
                int del = prev[i] + 2;
                int ins = cur[i - 1] + 2;
                if (sub <= del && sub <= ins) {
                    cur[i] = sub;
                    curStart[i] = prevStart[i - 1];
                } else if (del <= ins) {
                    cur[i] = del;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = ins;
                    curStart[i] = curStart[i - 1];
                }
                if (cur[i] <= limit) {
                    live = i;
                }
            }
            for (int k = i; k <= curFilled; k++) {
                cur[k] = dead;
            }
            curFilled = i - 1;
            if (edge[j] && cur[m] <= limit && (cur[m] < best || cur[m] == best && curStart[m] < bestStart)) {
                best = cur[m];
                bestStart = curStart[m];
            }
            int[] x = prev;
            prev = cur;
            cur = x;
            int[] y = prevStart;
            prevStart = curStart;
            curStart = y;
            int f = prevFilled;
            prevFilled = curFilled;
            curFilled = f;
            prevLive = live;
        }
        return bestStart;
    }
}
