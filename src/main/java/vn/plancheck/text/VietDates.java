package vn.plancheck.text;

import java.time.DateTimeException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plancheck.model.DateMention;
import vn.plancheck.model.DateProblem;
import vn.plancheck.model.DateMention.Kind;

/**
 * Every date and period form that plans use, in clean or OCR'd text.
 *
 * <p>Lines are scanned on their folded form (see {@link Folded}), so "ngày", "ngay" and OCR's
 * "ng~y" look alike; evidence text is cut from the original. First the atoms are found (a full
 * date, a day/month, "01-30/6/2023", a quarter, a school year, a year range), then two dates
 * joined by "đến"/"-" become one period. Impossible dates are reported as invalid mentions with a
 * Vietnamese reason rather than dropped. Stateless and thread-safe.
 */
public final class VietDates {
    // Word patterns on the folded scan form; one or two mangled letters are tolerated.
    private static final String NGAY = OcrWords.NGAY;
    private static final String THANG = OcrWords.THANG;
    private static final String NAM = OcrWords.NAM;
    private static final String DASH = "[-\u2013\u2014]";
    /** Not glued to a number before: keeps "13/2021/TT" and "1.000" from yielding dates. */
    // The leading "(?=[0-9])" lets a match attempt fail on one character test instead of two look-behinds:
    // these patterns are tried at every position of the document.
    private static final String NO_NUMBER_BEFORE = "(?=[0-9])(?<![0-9])(?<![0-9][/.\\-])";

    private static final Pattern FULL = Pattern.compile(NO_NUMBER_BEFORE
            + "([0-9]{1,2}) ?([/.\\-]) ?([0-9]{1,2}) ?\\2 ?([0-9]{4})(?![0-9])");
    private static final Pattern TEXTUAL = Pattern.compile(NO_NUMBER_BEFORE
            + "([0-9]{1,2})\\s*" + THANG + "\\s*([0-9]{1,2})\\s*,?\\s*" + NAM + "\\s*([0-9]{4})(?![0-9])");
    private static final Pattern DAY_RANGE = Pattern.compile(NO_NUMBER_BEFORE
            + "([0-9]{1,2}) ?" + DASH + " ?([0-9]{1,2}) ?/ ?([0-9]{1,2})(?: ?/ ?([0-9]{4}))?"
            + "(?![0-9])(?! ?/ ?[0-9])(?![.,][0-9])");
    /** dd/mm with a slash; not a ratio ("03/1.000", "96%") nor the head of a longer number. */
    private static final Pattern DAY_MONTH = Pattern.compile(NO_NUMBER_BEFORE
            + "([0-9]{1,2}) ?/ ?([0-9]{1,2})(?![0-9])(?! ?/ ?[0-9])(?![.,][0-9])(?! ?%)");
    /** "01 tháng 6" without a year: the start of a written-out period, or a date in a known year. */
    private static final Pattern TEXTUAL_DAY_MONTH = Pattern.compile(NO_NUMBER_BEFORE
            + "([0-9]{1,2})\\s*" + THANG + "\\s*([0-9]{1,2})(?![0-9])");
    /** OCR read the slashes of dd/mm/yyyy as '1': "2511212023". */
    private static final Pattern SLASH_RUN = Pattern.compile("(?=[0-9])(?<![0-9])([0-9]{8,10})(?![0-9])");
    private static final String ROMAN = "([IVXL|!1-4]{1,4})";
    private static final Pattern QUARTER = Pattern.compile("QU\\S?Y\\s*" + ROMAN + "\\s*(?:" + DASH + "\\s*"
            + ROMAN + "\\s*)?(?:/|,?\\s*" + NAM + ")\\s*([0-9]{4})(?![0-9])");
    private static final Pattern SCHOOL_YEAR = Pattern.compile(NAM + "\\s*H\\S{1,2}C\\s*:?\\s*([0-9]{4})\\s*(?:"
            + DASH + "|/)\\s*([0-9]{4})(?![0-9])");
    private static final Pattern YEAR_RANGE = Pattern.compile("GIAI\\s*DO\\S{0,2}N\\s*:?\\s*([0-9]{4})\\s*"
            + DASH + "\\s*([0-9]{4})(?![0-9])");
    /** What may stand between the two ends of a period: "đến (hết) (ngày)", "-", "tới". */
    private static final Pattern CONNECTOR = Pattern.compile("\\s*,?\\s*(?:D\\S{1,2}N|T\\S{1,2}I|" + DASH + ")\\s*"
            + "(?:H\\S{1,2}T\\s+)?(?:" + NGAY + "\\s*)?");
    /** "từ (ngày)" just before the first end of a period, to include it in the evidence. */
    private static final Pattern FROM_PREFIX = Pattern.compile("(?<![A-Z])(?:TU|TIR|T\\S?U)\\s+(?:" + NGAY + "\\s+)?$");
    private static final Pattern NGAY_WORD = Pattern.compile(".*" + NGAY + "\\W*");
    private static final Pattern DATE_WORD = Pattern.compile(".*(?:" + NGAY + "|TU|DEN|HET|TRUOC|SAU|TOI)\\W*");
    private static final Pattern NUMERIC = Pattern.compile("\\s*([0-9]{1,2})\\s*([/.\\-])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{4})\\s*");

    private static final int MAX_CONNECTOR = 40;
    private static final int MAX_NEW_YEAR_SPAN_DAYS = 183;
    private static final int NGAY_WINDOW_WORDS = 6;
    private static final int DATE_WORD_WINDOW = 3;

    private VietDates() {
    }

    /** Dates and periods in one line, in order of appearance; day/month alone uses {@code contextYear}. */
    public static List<DateMention> find(String line, int lineNumber, Integer contextYear) {
        return findAcross(line == null ? List.of() : List.of(line), lineNumber, contextYear);
    }

    /**
     * Like {@link #find} over consecutive lines, also catching dates and periods broken across
     * lines ("ngày\n17/7/2017", "ngay 01/6/2024\n\ndSn ngay 30/6/2024"). Each mention's line
     * is where it starts; its text spans the original lines joined by '\n'.
     */
    public static List<DateMention> findAcross(List<String> lines, int firstLineNumber, Integer contextYear) {
        if (lines == null || lines.isEmpty()) {
            return new ArrayList<>();
        }
        int[] lineStarts = new int[lines.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            lineStarts[i] = joined.length();
            String l = lines.get(i);
            joined.append(l == null ? "" : l);
        }
        return new Scan(joined.toString(), lineStarts, firstLineNumber, contextYear).run();
    }

    /** "11/4/2024", "11-4-2024", "11.4.2024" to a date; null when not of that shape or impossible. */
    public static LocalDate parseNumeric(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int d = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(3));
        int y = Integer.parseInt(m.group(4));
        return invalidReason(d, mo, y) == null ? LocalDate.of(y, mo, d) : null;
    }

    /** Why day {@code d} of month {@code m} (year {@code y}, or any year when null) cannot exist; null when it can. */
    static DateProblem invalidReason(int d, int m, Integer y) {
        if (m < 1 || m > 12) {
            return DateProblem.of(DateProblem.Kind.MONTH, m);
        }
        if (d < 1) {
            return DateProblem.of(DateProblem.Kind.DAY, d);
        }
        int max = y == null ? (m == 2 ? 29 : YearMonth.of(2023, m).lengthOfMonth()) : YearMonth.of(y, m).lengthOfMonth();
        if (d > max) {
            return new DateProblem(DateProblem.Kind.MONTH_LENGTH, m, max, m == 2 ? y : null);
        }
        return null;
    }

    private enum Shape { FULL, TEXTUAL, SLASH_RUN, DAY_MONTH, DAY_RANGE, OTHER }

    /** A candidate match on the scan form; {@code mention} is set for quarters and year ranges. */
    private record Atom(int from, int to, Shape shape, int day, int month, Integer year, int dayEnd, DateMention mention) {
        boolean hasYear() {
            return year != null && (shape == Shape.FULL || shape == Shape.TEXTUAL || shape == Shape.SLASH_RUN);
        }
    }

    /** One scan over a joined text; holds only per-call state. */
    private static final class Scan {
        private final String original;
        private final int[] lineStarts;
        private final int firstLine;
        private final Integer contextYear;
        private final Folded folded;
        private final String s;
        /** The chars of {@link #s}, for the scan of {@link #candidates}. */
        private final char[] chars;

        Scan(String original, int[] lineStarts, int firstLine, Integer contextYear) {
            this.original = original;
            this.lineStarts = lineStarts;
            this.firstLine = firstLine;
            this.contextYear = contextYear;
            this.folded = Folded.of(original, false);
            char[] text = folded.text().toCharArray();
            this.chars = repairedDigits(text);
            this.s = chars == text ? folded.text() : new String(chars); // most texts need no repair: no copy
        }

        List<DateMention> run() {
            List<Atom> atoms = resolveOverlaps(collect());
            List<DateMention> out = new ArrayList<>();
            for (int i = 0; i < atoms.size(); i++) {
                Atom a = atoms.get(i);
                Atom b = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
                Integer endYear = b == null || !canStartPeriod(a) ? null : periodEndYear(a, b);
                if (endYear != null && connected(a, b)) {
                    out.add(period(a, b, endYear));
                    i++;
                    continue;
                }
                DateMention m = single(a);
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        }

        private List<Atom> collect() {
            List<Atom> atoms = new ArrayList<>();
            Candidates starts = candidates();
            Matcher m = FULL.matcher(s);
            for (int from = 0; (from = at(m, starts.separated, from, true)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.FULL, num(m, 1), num(m, 3), num(m, 4), 0, null));
            }
            m = TEXTUAL.matcher(s);
            for (int from = 0; (from = at(m, starts.beforeTh, from, true)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.TEXTUAL, num(m, 1), num(m, 2), num(m, 3), 0, null));
            }
            m = DAY_RANGE.matcher(s);
            for (int from = 0; (from = at(m, starts.beforeDash, from, true)) >= 0; ) {
                Integer y = m.group(4) == null ? null : num(m, 4);
                atoms.add(new Atom(m.start(), m.end(), Shape.DAY_RANGE, num(m, 1), num(m, 3), y, num(m, 2), null));
            }
            m = DAY_MONTH.matcher(s);
            for (int from = 0; (from = at(m, starts.beforeSlash, from, true)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.DAY_MONTH, num(m, 1), num(m, 2), null, 0, null));
            }
            m = TEXTUAL_DAY_MONTH.matcher(s);
            for (int from = 0; (from = at(m, starts.beforeTh, from, true)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.DAY_MONTH, num(m, 1), num(m, 2), null, 0, null));
            }
            m = SLASH_RUN.matcher(s);
            for (int from = 0; (from = at(m, starts.longRuns, from, false)) >= 0; ) {
                Atom a = slashRun(m);
                if (a != null) {
                    atoms.add(a);
                }
            }
            m = QUARTER.matcher(s);
            for (int from = 0; (from = at(m, starts.quarters, from, false)) >= 0; ) {
                DateMention q = quarter(m);
                if (q != null) {
                    atoms.add(new Atom(m.start(), m.end(), Shape.OTHER, 0, 0, null, 0, q));
                }
            }
            m = SCHOOL_YEAR.matcher(s);
            for (int from = 0; (from = at(m, starts.schoolYears, from, false)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.OTHER, 0, 0, null, 0, schoolYear(m)));
            }
            m = YEAR_RANGE.matcher(s);
            for (int from = 0; (from = at(m, starts.yearRanges, from, false)) >= 0; ) {
                atoms.add(new Atom(m.start(), m.end(), Shape.OTHER, 0, 0, null, 0, yearRange(m)));
            }
            return atoms;
        }

        /**
         * Where each form may match, found in one pass over the text, in order (see {@link #at}); every form is then
         * tried only there, not at every char (as {@code find()} would) nor at every number.
         * <ul>
         * <li>The numeric forms start where a number starts (a digit after no digit). FULL, DAY_RANGE, DAY_MONTH,
         * TEXTUAL and TEXTUAL_DAY_MONTH take one or two digits, then (an optional space) a separator, a dash, a slash,
         * or (white space) the "TH" of {@link #THANG}; SLASH_RUN a run of 8 to 10 digits.</li>
         * <li>QUARTER starts with "QU", YEAR_RANGE with "GI", SCHOOL_YEAR with a {@link #NAM} followed by the "H" of
         * "HỌC" (see {@link #namThenH}).</li>
         * </ul>
         */
        private record Candidates(int[] separated, int[] beforeDash, int[] beforeSlash, int[] beforeTh, int[] longRuns,
                int[] quarters, int[] yearRanges, int[] schoolYears) {
        }

        private Candidates candidates() {
            Starts separated = new Starts();
            Starts dash = new Starts();
            Starts slash = new Starts();
            Starts th = new Starts();
            Starts runs = new Starts();
            Starts quarters = new Starts();
            Starts yearRanges = new Starts();
            Starts schoolYears = new Starts();
            char[] chars = this.chars; // a local: C1 reloads a field on every turn of a loop
            int n = chars.length;
            for (int i = 0; i < n; i++) {
                char c0 = chars[i];
                if (c0 == 'Q' || c0 == 'G' || c0 == 'N') {
                    if (c0 == 'Q' && i + 1 < n && chars[i + 1] == 'U') {
                        quarters.add(i);
                    } else if (c0 == 'G' && i + 1 < n && chars[i + 1] == 'I') {
                        yearRanges.add(i);
                    } else if (c0 == 'N' && (mOrR(chars, i + 2) || mOrR(chars, i + 3) || mOrR(chars, i + 4))
                            && namThenH(chars, i)) {
                        schoolYears.add(i);
                    }
                    continue;
                }
                if (!isDigit(c0) || i > 0 && isDigit(chars[i - 1])) {
                    continue;
                }
                int end = i + 1;
                while (end < n && isDigit(chars[end])) {
                    end++;
                }
                int run = end - i;
                if (run >= 8 && run <= 10) {
                    runs.add(i);
                }
                if (run <= 2 && end < n) {
                    int q = chars[end] == ' ' && end + 1 < n ? end + 1 : end; // " ?": one space may stand between
                    char c = chars[q];
                    if (c == '/' || c == '.' || c == '-') {
                        separated.add(i);
                    }
                    if (c == '-' || c == '\u2013' || c == '\u2014') {
                        dash.add(i);
                    }
                    if (c == '/') {
                        slash.add(i);
                    }
                    int t = end;
                    while (t < n && Regex.isSpace(chars[t])) {
                        t++;
                    }
                    if (t + 1 < n && chars[t] == 'T' && chars[t + 1] == 'H') {
                        th.add(i);
                    }
                }
                i = end - 1; // the rest of the run starts no number
            }
            return new Candidates(separated.toArray(), dash.toArray(), slash.toArray(), th.toArray(), runs.toArray(),
                    quarters.toArray(), yearRanges.toArray(), schoolYears.toArray());
        }

        /** A growing list of positions. */
        private static final class Starts {
            private int[] at = new int[8];
            private int n;

            void add(int p) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = p;
            }

            int[] toArray() {
                return Arrays.copyOf(at, n);
            }
        }

        /**
         * The next match of {@code m} at or after {@code from}, as {@code find()} gives it, for a pattern that can only
         * start at the positions {@code starts} (see {@link #candidates}); where to look for the one after it, or -1
         * when there is none.
         *
         * @param notAfterNumberAndSeparator the pattern opens with {@link #NO_NUMBER_BEFORE}: it never starts right
         *                                   after a digit and "/", "." or "-"
         */
        private int at(Matcher m, int[] starts, int from, boolean notAfterNumberAndSeparator) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int k = Arrays.binarySearch(starts, from);
            for (k = k >= 0 ? k : -k - 1; k < starts.length; k++) {
                int p = starts[k];
                if (notAfterNumberAndSeparator && p >= 2 && "/.-".indexOf(s.charAt(p - 1)) >= 0 && isDigit(s.charAt(p - 2))) {
                    continue;
                }
                m.region(p, s.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            }
            return -1;
        }

        private static boolean mOrR(char[] chars, int i) {
            return i < chars.length && (chars[i] == 'M' || chars[i] == 'R');
        }

        /**
         * Whether a {@link #NAM} that may start at {@code p} (its "M" two to four chars on, or its "RN" ending three
         * to five chars on) is followed, white space aside, by the "H" of "HỌC", as every match of
         * {@link #SCHOOL_YEAR} is: "năm" alone stands in most sentences of a plan.
         */
        private static boolean namThenH(char[] chars, int p) {
            for (int k = p + 2; k <= p + 4 && k < chars.length; k++) {
                if (chars[k] == 'M' && hAfter(chars, k + 1) || chars[k] == 'R' && k + 1 < chars.length
                        && chars[k + 1] == 'N' && hAfter(chars, k + 2)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hAfter(char[] chars, int i) {
            while (i < chars.length && Regex.isSpace(chars[i])) {
                i++;
            }
            return i < chars.length && chars[i] == 'H';
        }

        /** Earlier first, then longer first; an atom inside an accepted one is dropped. */
        private static List<Atom> resolveOverlaps(List<Atom> atoms) {
            atoms.sort(Comparator.comparingInt(Atom::from).thenComparing(a -> -(a.to() - a.from())));
            List<Atom> kept = new ArrayList<>();
            int end = -1;
            for (Atom a : atoms) {
                if (a.from() >= end) {
                    kept.add(a);
                    end = a.to();
                }
            }
            return kept;
        }

        private static boolean canStartPeriod(Atom a) {
            return a.hasYear() || a.shape() == Shape.DAY_MONTH;
        }

        private boolean connected(Atom a, Atom b) {
            if (b.from() - a.to() > MAX_CONNECTOR) {
                return false;
            }
            return CONNECTOR.matcher(s.substring(a.to(), b.from())).matches();
        }

        /**
         * Does "từ d/m đến d/m/y" only make sense across new year? Only for a short period; a
         * long backwards one ("từ 15/6 đến 15/5/2024") is more likely a mistake to report.
         */
        private static boolean spansNewYear(Atom a, Atom b, int endYear) {
            if (invalidReason(a.day(), a.month(), endYear - 1) != null) {
                return false;
            }
            LocalDate sameYear = invalidReason(a.day(), a.month(), endYear) == null ? LocalDate.of(endYear, a.month(), a.day()) : null;
            LocalDate end = LocalDate.of(endYear, b.month(), b.day());
            LocalDate yearBefore = LocalDate.of(endYear - 1, a.month(), a.day());
            return (sameYear == null || sameYear.isAfter(end)) && !yearBefore.plusDays(MAX_NEW_YEAR_SPAN_DAYS).isBefore(end);
        }

        /** Year of the end of a period: written, else the start's, else the context year; null if none. */
        private Integer periodEndYear(Atom a, Atom b) {
            if (b.hasYear()) {
                return b.year();
            }
            if (b.shape() != Shape.DAY_MONTH) {
                return null;
            }
            return a.hasYear() ? a.year() : contextYear;
        }

        private DateMention period(Atom a, Atom b, int endYear) {
            int from = a.from();
            Matcher pre = FROM_PREFIX.matcher(s.substring(Math.max(0, from - 24), from));
            if (pre.find()) {
                from = Math.max(0, from - 24) + pre.start();
            }
            int line = lineOf(from);
            String text = text(from, b.to());
            DateProblem endReason = invalidReason(b.day(), b.month(), endYear);
            int startYear = a.hasYear() ? a.year() : endYear;
            if (endReason == null && !a.hasYear() && spansNewYear(a, b, endYear)) {
                startYear--; // "từ 15/12 đến 15/01/2025": the year is written once, at the end
            }
            DateProblem startReason = invalidReason(a.day(), a.month(), startYear);
            DateProblem reason = startReason != null ? startReason : endReason;
            if (reason != null) {
                return invalidPeriod(reason, line, text);
            }
            LocalDate start = LocalDate.of(startYear, a.month(), a.day());
            LocalDate end = LocalDate.of(endYear, b.month(), b.day());
            // Both ends are real days; a period that ends before it starts is kept as written (end before start)
            // so that the rules can say exactly that (TIME-PERIOD-ORDER) rather than call a real day impossible.
            return new DateMention(Kind.PERIOD, start, end, line, text);
        }

        private DateMention single(Atom a) {
            int line = lineOf(a.from());
            String text = text(a.from(), a.to());
            switch (a.shape()) {
                case OTHER:
                    return withPlace(a.mention(), line, text);
                case DAY_MONTH: {
                    DateProblem anyYear = invalidReason(a.day(), a.month(), null);
                    if (anyYear != null) {
                        // "20/24" is an impossible date only where a date is announced; else a ratio.
                        return wordBefore(a.from(), NGAY_WORD, NGAY_WINDOW_WORDS) ? DateMention.invalid(anyYear, line, text) : null;
                    }
                    if (contextYear == null || !wordBefore(a.from(), DATE_WORD, DATE_WORD_WINDOW)) {
                        return null;
                    }
                    return date(a.day(), a.month(), contextYear, line, text);
                }
                case DAY_RANGE: {
                    Integer y = a.year() != null ? a.year() : contextYear;
                    if (y == null) {
                        return null;
                    }
                    DateProblem reason = invalidReason(a.day(), a.month(), y);
                    if (reason == null) {
                        reason = invalidReason(a.dayEnd(), a.month(), y);
                    }
                    if (reason == null && a.day() > a.dayEnd()) {
                        reason = new DateProblem(DateProblem.Kind.DAY_ORDER, a.day(), a.dayEnd(), null);
                    }
                    if (reason != null) {
                        return invalidPeriod(reason, line, text);
                    }
                    return new DateMention(Kind.PERIOD, LocalDate.of(y, a.month(), a.day()),
                            LocalDate.of(y, a.month(), a.dayEnd()), line, text);
                }
                default:
                    return date(a.day(), a.month(), a.year(), line, text);
            }
        }

        private Atom slashRun(Matcher m) {
            if (!wordBefore(m.start(), NGAY_WORD, 2)) {
                return null; // without "ngày" a long digit run is a phone or account number
            }
            String digits = m.group(1);
            int year = Integer.parseInt(digits.substring(digits.length() - 4));
            if (year < 1900 || year > 2100) {
                return null;
            }
            String head = digits.substring(0, digits.length() - 4);
            for (int dl = 2; dl >= 1; dl--) {
                for (int ml = 2; ml >= 1; ml--) {
                    if (dl + ml + 2 != head.length() || head.charAt(dl) != '1' || head.charAt(dl + 1 + ml) != '1') {
                        continue;
                    }
                    int d = Integer.parseInt(head.substring(0, dl));
                    int mo = Integer.parseInt(head.substring(dl + 1, dl + 1 + ml));
                    if (invalidReason(d, mo, year) == null) {
                        return new Atom(m.start(), m.end(), Shape.SLASH_RUN, d, mo, year, 0, null);
                    }
                }
            }
            return null;
        }

        private DateMention quarter(Matcher m) {
            int q1 = quarterNumber(m.group(1));
            int q2 = m.group(2) == null ? q1 : quarterNumber(m.group(2));
            if (q1 < 0 || q2 < 0) {
                return null; // unreadable, e.g. "1VV"
            }
            int year = Integer.parseInt(m.group(3));
            if (q1 > 4 || q2 > 4) {
                return DateMention.invalid(DateProblem.of(DateProblem.Kind.QUARTER, Math.max(q1, q2)), 0, null);
            }
            if (q1 > q2) {
                return invalidPeriod(DateProblem.of(DateProblem.Kind.QUARTER_ORDER, 0), 0, null);
            }
            LocalDate start = LocalDate.of(year, 3 * q1 - 2, 1);
            LocalDate end = YearMonth.of(year, 3 * q2).atEndOfMonth();
            return new DateMention(Kind.QUARTER, start, end, 0, null);
        }

        /** A quarter written in Roman (also as OCR reads it) or in Arabic digits 1-4. */
        private static int quarterNumber(String r) {
            int v = RomanNumerals.parseOcr(r);
            if (v > 0) {
                return v;
            }
            if (r.length() == 1 && r.charAt(0) >= '1' && r.charAt(0) <= '4') {
                return r.charAt(0) - '0';
            }
            return -1;
        }

        private static DateMention schoolYear(Matcher m) {
            int y1 = Integer.parseInt(m.group(1));
            int y2 = Integer.parseInt(m.group(2));
            if (y2 != y1 + 1) {
                return DateMention.invalid(new DateProblem(DateProblem.Kind.SCHOOL_YEAR, y1, y2, null), 0, null);
            }
            return new DateMention(Kind.SCHOOL_YEAR, LocalDate.of(y1, 9, 1), LocalDate.of(y2, 5, 31), 0, null);
        }

        private static DateMention yearRange(Matcher m) {
            int y1 = Integer.parseInt(m.group(1));
            int y2 = Integer.parseInt(m.group(2));
            if (y1 > y2) {
                DateMention bad = DateMention.invalid(new DateProblem(DateProblem.Kind.YEAR_RANGE, y1, y2, null), 0, null);
                bad.setKind(Kind.YEAR_RANGE);
                return bad;
            }
            return new DateMention(Kind.YEAR_RANGE, LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), 0, null);
        }

        private static DateMention withPlace(DateMention m, int line, String text) {
            m.setLine(line);
            m.setText(text);
            return m;
        }

        private static DateMention date(int d, int m, int y, int line, String text) {
            DateProblem reason = invalidReason(d, m, y);
            if (reason != null) {
                return DateMention.invalid(reason, line, text);
            }
            LocalDate day = LocalDate.of(y, m, d);
            return new DateMention(Kind.DATE, day, day, line, text);
        }

        private static DateMention invalidPeriod(DateProblem reason, int line, String text) {
            DateMention m = DateMention.invalid(reason, line, text);
            m.setKind(Kind.PERIOD);
            return m;
        }

        /** Is one of the {@code words} words before {@code pos} a match of {@code word}? */
        private boolean wordBefore(int pos, Pattern word, int words) {
            int i = pos;
            for (int n = 0; n < words; n++) {
                while (i > 0 && s.charAt(i - 1) == ' ') {
                    i--;
                }
                if (i == 0) {
                    return false;
                }
                int j = i;
                while (j > 0 && s.charAt(j - 1) != ' ') {
                    j--;
                }
                if (word.matcher(s.substring(j, i)).matches()) {
                    return true;
                }
                i = j;
            }
            return false;
        }

        private String text(int from, int to) {
            return folded.originalSpan(original, from, to);
        }

        private int lineOf(int foldedPos) {
            int off = folded.originalStart(foldedPos);
            int idx = Arrays.binarySearch(lineStarts, off);
            int lineIdx = idx >= 0 ? idx : -idx - 2;
            return firstLine + Math.max(0, lineIdx);
        }

        private static int num(Matcher m, int g) {
            return Integer.parseInt(m.group(g));
        }

        private static String dmy(LocalDate d) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }

    /**
     * OCR reads digits as look-alike letters inside numbers ("2sthang" for "25 tháng", "2O24"):
     * O, S, I, L touching a digit become 0, 5, 1, 1. Length is kept, so offsets stay valid. Returns {@code o} itself
     * when nothing is repaired (most texts), else a repaired copy.
     */
    private static char[] repairedDigits(char[] o) {
        char[] c = null; // o stays the text as it was: a repaired char does not make its neighbour a digit
        // a repaired char touches a digit: the digits are found (one test a char; folded text is mostly capitals, many
        // of them in I..S) and their neighbours looked at
        for (int i = 0; i < o.length; i++) {
            if (!isDigit(o[i])) {
                continue;
            }
            if (i > 0 && digitLookAlike(o[i - 1]) != '\0') {
                c = repair(o, c, i - 1);
            }
            if (i + 1 < o.length && digitLookAlike(o[i + 1]) != '\0') {
                c = repair(o, c, i + 1);
            }
        }
        return c == null ? o : c;
    }

    /** The digit OCR took {@code ch} for: O, S, I, L for 0, 5, 1, 1; else '\0'. */
    private static char digitLookAlike(char ch) {
        return switch (ch) {
            case 'O' -> '0';
            case 'S' -> '5';
            case 'I', 'L' -> '1';
            default -> '\0';
        };
    }

    /** {@code c} (a copy of {@code o}, made on the first repair) with char {@code i} repaired. */
    private static char[] repair(char[] o, char[] c, int i) {
        char[] out = c == null ? o.clone() : c;
        out[i] = digitLookAlike(o[i]);
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- the date at a position (citations, deadlines): "ngày 12/3/2024", "12 tháng 3 năm 2024", OCR "2511212023"

    /** A date read at a position of folded text: where it starts and ends, the date (null when impossible). */
    public record Found(int start, int end, LocalDate date, boolean valid) {
    }

    private static final Pattern AT_NUMERIC = Pattern.compile(
            "(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})(?!\\d)");
    /** "16 tháng 02 năm 2024"; OCR writes "thang", "nim", "narn". */
    private static final Pattern AT_LONG = Pattern.compile(
            "(\\d{1,2})\\s+" + OcrWords.THANG + "\\s+(\\d{1,2})\\s*,?\\s*" + OcrWords.NAM + "\\s+(\\d{4})(?!\\d)");
    /** Digits with the separators read as 1, l, I or |: "2511212023". Checked by trying every split. */
    private static final Pattern AT_GLUED = Pattern.compile("([0-9LI|/]{8,10})(?![0-9A-Z])");
    private static final Pattern AT_SHORT = Pattern.compile("(\\d{1,2})\\s?/\\s?(\\d{1,2})(?![\\d/])(?!\\s?/\\s?\\d)");
    /** "30 tháng 11" without a year (a year that follows is read by AT_LONG). */
    private static final Pattern AT_SHORT_LONG = Pattern.compile("(\\d{1,2})\\s+" + OcrWords.THANG + "\\s+(\\d{1,2})(?!\\d)(?!\\s*,?\\s*" + OcrWords.NAM + "\\s+\\d)");


    /**
     * The date that starts exactly at {@code pos} of {@code folded}, or null.
     *
     * @param yearIfMissing year for a day/month without year ("20/7"); null to refuse such dates
     */
    public static Found at(String folded, int pos, Integer yearIfMissing) {
        if (pos < 0 || pos >= folded.length()) {
            return null;
        }
        Matcher m = AT_NUMERIC.matcher(folded).region(pos, folded.length());
        if (m.lookingAt()) {
            return build(m.start(), m.end(), m.group(1), m.group(2), m.group(3));
        }
        m = AT_LONG.matcher(folded).region(pos, folded.length());
        if (m.lookingAt()) {
            return build(m.start(), m.end(), m.group(1), m.group(2), m.group(3));
        }
        m = AT_GLUED.matcher(folded).region(pos, folded.length());
        if (m.lookingAt() && Character.isDigit(folded.charAt(pos))) {
            LocalDate d = glued(m.group(1));
            if (d != null) {
                return new Found(m.start(), m.end(), d, true);
            }
        }
        if (yearIfMissing != null) {
            m = AT_SHORT.matcher(folded).region(pos, folded.length());
            if (m.lookingAt()) {
                return build(m.start(), m.end(), m.group(1), m.group(2), String.valueOf(yearIfMissing));
            }
            m = AT_SHORT_LONG.matcher(folded).region(pos, folded.length());
            if (m.lookingAt()) {
                return build(m.start(), m.end(), m.group(1), m.group(2), String.valueOf(yearIfMissing));
            }
        }
        return null;
    }

    private static Found build(int start, int end, String d, String mo, String y) {
        LocalDate date = dayOf(Integer.parseInt(d), Integer.parseInt(mo), Integer.parseInt(y));
        return new Found(start, end, date, date != null);
    }

    static LocalDate dayOf(int d, int m, int y) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "2511212023" = 25 / 12 / 2023: the last four characters are the year, the rest is day, separator, month,
     * separator. Only a split that gives a real date in 1945–2099 is accepted; two-digit days are tried first.
     */
    private static LocalDate glued(String s) {
        if (s.length() < 8) {
            return null;
        }
        String year = s.substring(s.length() - 4);
        if (!year.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < 1945 || y > 2099) {
            return null;
        }
        String head = s.substring(0, s.length() - 4);
        if (!isSep(head.charAt(head.length() - 1))) {
            return null;
        }
        head = head.substring(0, head.length() - 1);
        for (int dayLen = 2; dayLen >= 1; dayLen--) {
            if (head.length() < dayLen + 2 || head.length() > dayLen + 3) {
                continue;
            }
            String day = head.substring(0, dayLen);
            char sep = head.charAt(dayLen);
            String month = head.substring(dayLen + 1);
            if (!isSep(sep) || !allDigits(day) || !allDigits(month)) {
                continue;
            }
            LocalDate d = dayOf(Integer.parseInt(day), Integer.parseInt(month), y);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static boolean isSep(char c) {
        return c == '1' || c == 'L' || c == 'I' || c == '|' || c == '/';
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
