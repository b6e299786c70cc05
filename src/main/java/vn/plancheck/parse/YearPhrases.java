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
    /** Targets: "đến năm 2030", "mục tiêu", "phấn đấu". */
    private static final Pattern TARGET = Pattern.compile("(?<![A-Z])(?:MUC TIEU|PHAN DAU|CHI TIEU|DINH HUONG|TAM NHIN)(?![A-Z])");

    private YearPhrases() {
    }

    static List<YearPhrase> find(List<SourceLine> body, List<Citation> citations, int firstSectionLine) {
        List<YearPhrase> out = new ArrayList<>();
        java.util.Map<Integer, List<Citation>> citationsByLine = new java.util.HashMap<>();
        for (Citation c : citations) {
            citationsByLine.computeIfAbsent(c.getLine(), k -> new ArrayList<>()).add(c);
        }
        Matcher y = YEAR.matcher("").useTransparentBounds(true).useAnchoringBounds(false); // one for all the lines
        for (SourceLine l : body) {
            String t = l.text();
            if (t == null || t.length() < 4) {
                continue;
            }
            y.reset(t);
            Spans history = null;
            for (int from = 0; (from = nextYear(y, t, from)) >= 0; ) {
                String year = y.group(1);
                String before = t.substring(Math.max(0, y.start() - WINDOW), y.start());
                String folded = l.folded(); // one char per char of the text: its offsets are the text's
                String foldedBefore = folded.substring(Math.max(0, y.start() - WINDOW), y.start());
                String foldedAfter = folded.substring(y.end(), Math.min(t.length(), y.end() + 12));
                if (notAnEventYear(foldedBefore) || RANGE_AFTER.matcher(foldedAfter).find()
                        || insideCitation(citationsByLine.getOrDefault(l.number(), List.of()), year)) {
                    continue;
                }
                if (history == null) {
                    history = new Spans(t, folded); // what a clause may tell of the past or of targets, once per line
                }
                int[] clause = clause(t, y.start(), y.end());
                if (history.within(clause[0], clause[1])) {
                    continue;
                }
                out.add(new YearPhrase(Integer.parseInt(year), l.number(), before.strip(), l.number() < firstSectionLine));
            }
        }
        return out;
    }

    /**
     * The next match of {@link #YEAR} in {@code t} at or after {@code from}, as {@code find()} gives it (held by
     * {@code y}); where to look for the one after it, or -1. Tried only where "19" or "20" stands, as every match
     * begins: {@code find()} tries the regex at every char of every body line, and most lines hold no year.
     */
    private static int nextYear(Matcher y, String t, int from) {
        for (int p = from; p + 3 < t.length(); p++) {
            char c = t.charAt(p);
            if (c == '1' && t.charAt(p + 1) == '9' || c == '2' && t.charAt(p + 1) == '0') {
                y.region(p, t.length());
                if (y.lookingAt()) {
                    return y.end();
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
            add(DA.matcher(text));
            add(HISTORY.matcher(folded));
            add(TARGET.matcher(folded));
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        }

        private void add(Matcher m) {
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
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
