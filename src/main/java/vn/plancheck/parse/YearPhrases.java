package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;
import vn.plancheck.model.YearPhrase;

/**
 * The years of the body that may name the year of an event or of the plan's own work, with the words before them.
 * Left out: a year in a cited document's text; the year of a date ("15/11/2025", "ngày 15 tháng 11 năm 2025"), a
 * quarter or a month; ranges ("2021-2025", "2021 - 2025"); periods ("giai đoạn", "nhiệm kỳ", "năm học", "niên khóa");
 * targets ("đến năm 2030", "trở đi"); and clauses that tell what was done or how it went ("năm 2024, toàn tỉnh đã
 * …", "kết quả …", "so với cùng kỳ"). Stateless.
 */
final class YearPhrases {
    /** A year standing alone (not the end of a date or a document number). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.\\-])((?:19|20)\\d{2})(?![\\d/\\-])");
    private static final int WINDOW = 80;
    /** What may stand just before a year that is not an event's year (folded, end of the text before it). */
    private static final Pattern NOT_AN_EVENT_YEAR = Pattern.compile(
            "(?:\\d{4}\\s*[-–/]\\s*|THANG\\s*\\d{1,2}\\s*,?\\s*NAM\\s*|THANG\\s*\\d{1,2}\\s*/\\s*|QUY\\s*[IV1-4]{1,4}\\s*(?:NAM|/)?\\s*"
            + "|(?:GIAI DOAN|NHIEM KY|NAM HOC|NIEN KHOA|NIEN DO|KHOA)(?:\\s*(?:TU\\s*)?(?:NAM)?)\\s*"
            + "|(?<![A-Z])(?:DEN|TOI|DEN HET|TRUOC|SAU|TU|VAO|TRONG|HET|TRO DI)\\s+(?:NAM\\s*)?|NAM\\s*\\d{4}\\s*(?:VA|,)\\s*(?:NAM\\s*)?)$");
    /**
     * Where a match of {@link #NOT_AN_EVENT_YEAR} can begin: a digit before another, or the first two letters of one
     * of its words (it is tried only there, not at each of the window's chars).
     */
    private static final Starts NOT_AN_EVENT_YEAR_STARTS = new Starts(false, "00123456789", "10123456789", "20123456789",
            "30123456789", "40123456789", "50123456789", "60123456789", "70123456789", "80123456789", "90123456789",
            "TH", "QU", "GI", "NH", "NA", "NI", "KH", "DE", "TO", "TR", "SA", "TU", "VA", "HE");
    /** What may follow: the rest of a range ("2021 - 2025"), "trở đi". */
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:[-–]\\s*\\d{4}|TRO DI)");
    /** A clause that tells what was done or how it went. */
    private static final Pattern HISTORY = Pattern.compile("(?<![A-Z])(?:DAT DUOC|DA DAT|(?<!BAO CAO )KET QUA|SO VOI|CUNG KY|TONG KET|SO KET"
            + "|NHIN LAI|VUA QUA|NAM QUA|TINH DEN|TIEP NOI|THANH CONG|PHAT HUY)(?![A-Z])");
    private static final Pattern DA = Pattern.compile("(?<![\\p{L}])(?:đã|Đã|ĐÃ|đÃ)(?![\\p{L}])");
    /** The words every match of {@link #HISTORY} begins with (the look-behinds aside). */
    private static final Words HISTORY_WORDS = new Words("DAT DUOC", "DA DAT", "KET QUA", "SO VOI", "CUNG KY", "TONG KET",
            "SO KET", "NHIN LAI", "VUA QUA", "NAM QUA", "TINH DEN", "TIEP NOI", "THANH CONG", "PHAT HUY");
    /** Targets: "đến năm 2030", "mục tiêu", "phấn đấu". */
    private static final Pattern TARGET = Pattern.compile("(?<![A-Z])(?:MUC TIEU|PHAN DAU|CHI TIEU|DINH HUONG|TAM NHIN)(?![A-Z])");
    private static final Words TARGET_WORDS = new Words("MUC TIEU", "PHAN DAU", "CHI TIEU", "DINH HUONG", "TAM NHIN");

    private YearPhrases() {
    }

    static List<YearPhrase> find(List<SourceLine> body, List<Citation> citations, int firstSectionLine) {
        List<YearPhrase> out = new ArrayList<>();
        java.util.Map<Integer, List<Citation>> citationsByLine = new java.util.HashMap<>();
        for (Citation c : citations) {
            citationsByLine.computeIfAbsent(c.getLine(), k -> new ArrayList<>()).add(c);
        }
        YearMatcher y = new YearMatcher(); // one for all the lines
        for (SourceLine l : body) {
            String t = l.text();
            if (t == null || t.length() < 4) {
                continue;
            }
            y.reset(t);
            Spans history = null;
            for (int from = 0; (from = nextYear(y, from)) >= 0; ) {
                String year = y.m.group(1);
                int yStart = y.m.start();
                int yEnd = y.m.end();
                String folded = l.folded(); // one char per char of the text: its offsets are the text's
                String foldedBefore = folded.substring(Math.max(0, yStart - WINDOW), yStart);
                String foldedAfter = folded.substring(yEnd, Math.min(t.length(), yEnd + 12));
                if (notAnEventYear(foldedBefore) || RANGE_AFTER.matcher(foldedAfter).find()
                        || insideCitation(citationsByLine.getOrDefault(l.number(), List.of()), year)) {
                    continue;
                }
                if (history == null) {
                    history = new Spans(t, folded); // what a clause may tell of the past or of targets, once per line
                }
                int[] clause = clause(t, yStart, yEnd);
                if (history.within(clause[0], clause[1])) {
                    continue;
                }
                String before = t.substring(Math.max(0, yStart - WINDOW), yStart);
                out.add(new YearPhrase(Integer.parseInt(year), l.number(), before.strip(), l.number() < firstSectionLine));
            }
        }
        return out;
    }

    /** The {@link #YEAR} matcher, reset for each line, and the chars of the line it reads. */
    private static final class YearMatcher {
        final Matcher m = YEAR.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        char[] chars;

        void reset(String t) {
            m.reset(t);
            chars = t.toCharArray();
        }
    }

    /**
     * The next match of {@link #YEAR} in the line of {@code y} at or after {@code from}, as {@code find()} gives it
     * (held by {@code y.m}); where to look for the one after it, or -1. Tried only where "19" or "20" stands, as every
     * match begins: {@code find()} tries the regex at every char of every body line, and most lines hold no year. The
     * chars are walked in an array: {@code charAt} of a Vietnamese (UTF-16) string checks its index each time.
     */
    private static int nextYear(YearMatcher y, int from) {
        char[] c = y.chars;
        for (int p = from; p + 3 < c.length; p++) {
            if (c[p] == '1' && c[p + 1] == '9' || c[p] == '2' && c[p + 1] == '0') {
                y.m.region(p, c.length);
                if (y.m.lookingAt()) {
                    return y.m.end();
                }
            }
        }
        return -1;
    }

    /** {@code NOT_AN_EVENT_YEAR.matcher(foldedBefore).find()}, trying only where a match can begin. */
    private static boolean notAnEventYear(String foldedBefore) {
        Matcher m = NOT_AN_EVENT_YEAR.matcher(foldedBefore).useTransparentBounds(true).useAnchoringBounds(false);
        return NOT_AN_EVENT_YEAR_STARTS.find(m, foldedBefore.toCharArray(), 0);
    }

    /**
     * Where a line says "đã", tells a result or names a target: found once per line, so that each year only asks
     * whether one lies in its clause (a line of thousands of years would otherwise be searched again for each).
     */
    private static final class Spans {
        private final List<int[]> spans = new ArrayList<>();

        Spans(String text, String folded) {
            addDa(text);
            char[] f = folded.toCharArray();
            add(HISTORY.matcher(folded), f, HISTORY_WORDS);
            add(TARGET.matcher(folded), f, TARGET_WORDS);
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        }

        /**
         * The matches of {@link #DA}, as {@code find()} gives them, tried only at an "đ" or "Đ" (each begins with
         * one): {@code find()} tries the look-behind at every char of the line.
         */
        private void addDa(String text) {
            int p = firstD(text, 0);
            if (p < 0) {
                return; // most lines: no matcher made
            }
            Matcher m = DA.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (; p >= 0; p = firstD(text, p + 1)) {
                m.region(p, text.length());
                if (m.lookingAt()) {
                    spans.add(new int[] {m.start(), m.end()});
                    p = m.end() - 1;
                }
            }
        }

        /** The first "đ" or "Đ" at or after {@code from}, or -1. */
        private static int firstD(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 'đ' || c == 'Đ') {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The matches of {@code m} (over the folded line, whose chars are {@code f}), as {@code find()} gives them,
         * tried only where one of {@code words} stands after no capital, as each match begins.
         */
        private void add(Matcher m, char[] f, Words words) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int p = 0; p < f.length; p++) {
                if (words.at(f, p) && !(p > 0 && f[p - 1] >= 'A' && f[p - 1] <= 'Z')) {
                    m.region(p, f.length);
                    if (m.lookingAt()) {
                        spans.add(new int[] {m.start(), m.end()});
                        p = m.end() - 1;
                    }
                }
            }
        }

        /** Whether a span lies inside [from, to). */
        boolean within(int from, int to) {
            int lo = 0;
            int hi = spans.size();
            while (lo < hi) { // the first span starting at or after from
                int mid = (lo + hi) >>> 1;
                if (spans.get(mid)[0] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < spans.size() && spans.get(i)[0] < to; i++) {
                if (spans.get(i)[1] <= to) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Words of a pattern's alternation, to test where one of them stands before trying the pattern there. */
    private static final class Words {
        private final String[] words;
        private final boolean[] first = new boolean[128];

        Words(String... words) {
            this.words = words;
            for (String w : words) {
                first[w.charAt(0)] = true;
            }
        }

        boolean at(char[] s, int p) {
            char c = s[p];
            if (c >= 128 || !first[c]) {
                return false;
            }
            for (String w : words) {
                if (w.charAt(0) == c && CharArrays.startsWith(s, p, w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The clause around a year: between the nearest ". ", ";", ":" or "," before it and ".", ";" after it, at most
     * {@link #CLAUSE_REACH} chars either side (a line without punctuation would otherwise be read whole for each
     * of its years).
     */
    private static int[] clause(String t, int from, int to) {
        int a = from;
        int aMin = Math.max(0, from - CLAUSE_REACH);
        while (a > aMin && ".;:!?".indexOf(t.charAt(a - 1)) < 0) {
            a--;
        }
        int z = to;
        int zMax = Math.min(t.length(), to + CLAUSE_REACH);
        while (z < zMax && ".;!?".indexOf(t.charAt(z)) < 0) {
            z++;
        }
        return new int[] {a, z};
    }

    private static final int CLAUSE_REACH = 300;

    /** A year inside the text of a cited document ("Công văn … về Tháng hành động vì trẻ em năm 2023") is the document's business. */
    private static boolean insideCitation(List<Citation> onTheLine, String year) {
        for (Citation c : onTheLine) {
            if (c.getText() != null && c.getText().contains(year)) {
                return true;
            }
        }
        return false;
    }
}
