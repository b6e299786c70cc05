package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import vn.plancheck.text.VietDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Deadline.Recurrence;
import vn.plancheck.text.RomanNumerals;

/**
 * Finds reporting obligations. A clause (text between ";" or sentence ends) that speaks of reporting ("báo cáo",
 * "gửi", "tổng hợp", "nộp") and gives a due date ("trước ngày 20/7/2024", "chậm nhất ngày 15/12", OCR "tnr6c ngay
 * 22/7/2024") is a REPORT; a clause with "báo cáo" and periodic wording ("định kỳ", "theo quy định", "hằng năm",
 * "6 tháng") but no due date is PERIODIC. Dates of events ("ngày 12/6/2024") and periods ("từ 01/6 đến 30/6") carry
 * no due-date wording and are ignored.
 *
 * <p>Recurring deadlines are read as such: a day that comes back ("trước ngày 18 hằng tháng", "trước ngày 15/12 hằng
 * năm", "hằng năm (trước ngày 10/12)", "trước ngày 20 tháng cuối quý") or hours of every day ("02 lần/ngày (trước 9h00’
 * và 16h00’)", "trước 19h00’ hằng ngày") make a REPORT with a {@link Recurrence} and no single date; periodic
 * reporting without a day ("định kỳ hằng quý") stays PERIODIC, with the period it names.
 *
 * <p>{@link #extractAll} also reads the deadlines of tasks, outside the basis paragraph: "hoàn thành trong quý III năm
 * 2025", "chậm nhất ngày 10/12/2025", "xong trong tháng 5/2026", "Thời gian hoàn thành: Quý IV/2025", a table cell
 * "Quý III/2025"; a clause that tells what was done ("đã …") has none.
 *
 * <p>Lines are first joined into paragraphs: blank lines separate paragraphs, except that OCR often puts a blank
 * line inside a sentence, so a paragraph continues across a blank line when the previous line does not end in
 * ". ; : ! ?" and the next line does not open an item or bullet (in typed text, only when it starts in lower case: a
 * page break inside a sentence). Stateless and thread-safe.
 */
public final class DeadlineExtractor {
    private static final Pattern REPORT_WORD = Pattern.compile(
            "(?<![A-Z])(?:B\\S{1,2}O\\s+C[A-Z]{1,2}O|GUI|NOP|T\\S{1,2}NG\\s+H\\S{1,2}P)(?![A-Z])");
    private static final Pattern BAO_CAO = Pattern.compile("(?<![A-Z])B\\S{1,2}O\\s+C[A-Z]{1,2}O(?![A-Z])");
    /** Due-date wording, then the date. "tnr6c ngay" is OCR for "trước ngày". */
    private static final Pattern DUE = Pattern.compile(
            "(?<![A-Z])(?:TRUOC|T[A-Z0-9]{2,4}C(?=\\s+NG[A-Z@]{1,2}Y)|CHAM\\s+NHAT(?:\\s+(?:LA|VAO))?(?:\\s+TRUOC)?"
            + "|KHONG\\s+MUON\\s+HON|KHONG\\s+QUA|HAN\\s+CHOT(?:\\s+LA)?|HAN\\s+NOP(?:\\s+LA)?)"
            + "(?:\\s+NG[A-Z@]{1,2}Y)?\\s*:?\\s*");
    private static final Pattern PERIODIC = Pattern.compile(
            "(?<![A-Z])(?:DINH\\s+K[YI]|THEO\\s+QUY\\s+D[I1]NH|H[AE]NG\\s+(?:NAM|QUY|THANG|TUAN)|\\d{1,2}\\s+THANG"
            + "|SAU\\s+THANG|CUOI\\s+NAM)(?![A-Z])");
    /** Words that introduce the body a report goes to. */
    private static final Pattern TO = Pattern.compile("(?<![A-Z])(?:GUI(?:\\s+VE)?|VE|V[€~]|CHO|LEN|TOI|DEN)\\s+");
    /** Where a recipient's name ends, besides the usual verb stops: "(qua Sở …)", "trước ngày", "kết quả" … */
    private static final Pattern RECIPIENT_END = Pattern.compile(
            "\\(|\\*|(?<![A-Z])(?:QUA|TRUOC|T[A-Z0-9]{2,4}C(?=\\s+NG)|CHAM\\s+NHAT|K\\S{1,2}T\\s+QU\\S|TINH\\s+HINH"
            + "|DINH\\s+K[YI]|VAO|NGAY|DE|HANG|HANG\\s+NAM|SAU|BANG|THEO)(?![A-Z])");
    /** Item or bullet that opens a new paragraph even without a blank line before it. */
    private static final Pattern OPENER = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}[.)]|\\d{1,2}\\s+\\p{Lu}|[IVXLJl|]{1,5}[.)]\\s|[a-zđ]\\)|[-+•–*]\\s?\\S)");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?\\s*\\S|[IJl|]\\.\\s*\\S)");
    private static final Pattern ROMAN = Pattern.compile("^\\s*[IVXL1l|]{1,5}\\s*[.)]\\s*\\S");
    private static final int LEAD_IN_WORDS = 6;
    /** A day of every month, quarter: "18 hằng tháng", "20 tháng cuối quý", "15 hằng quý". */
    private static final Pattern MONTHLY_DAY = Pattern.compile("(\\d{1,2})\\s+(?:CUA\\s+)?(?:H[AE]NG|MOI)\\s+THANG(?![A-Z])");
    private static final Pattern QUARTERLY_DAY = Pattern.compile(
            "(\\d{1,2})\\s+(?:CUA\\s+)?(?:(?:H[AE]NG|MOI)\\s+QUY|THANG\\s+CUOI\\s+(?:CUA\\s+)?(?:MOI\\s+|H[AE]NG\\s+)?QUY)(?![A-Z])");
    /**
     * A day without its month, in a clause that says "hằng tháng": "Hằng tháng, … trước ngày 25", "trước ngày 05 của
     * tháng sau". Not a date ("25/7"), a month ("25 tháng 7"), a count ("25 ngày") or an hour ("9h").
     */
    private static final Pattern BARE_DAY = Pattern.compile("(\\d{1,2})(?:\\s+(?:CUA\\s+)?THANG\\s+(?:SAU|TIEP\\s+THEO|KE\\s+TIEP))?"
            + "(?![0-9])(?!\\s*[/\\-.]\\s*\\d)(?!\\s*(?:THANG|NGAY|NAM|H|GIO|G)(?![A-Z]))");
    /** Hours of the day: "9h00’", "16h00", "16 giờ 30", "19h". */
    private static final String HOUR = "(\\d{1,2})\\s*(?:H|GIO|G)\\s*(\\d{2})?(?![0-9])\\s*['’]?";
    private static final Pattern HOURS = Pattern.compile(HOUR + "(?:\\s*(?:,|VA|-|–)\\s*" + HOUR + ")*");
    private static final Pattern ONE_HOUR = Pattern.compile(HOUR);
    /** After the hours: "ngày 20/7/2025" makes them the hour of that day. */
    private static final Pattern DAY_AFTER_HOURS = Pattern.compile("\\s*(?:,\\s*)?(?:NGAY\\s*)?");
    private static final Pattern DAILY = Pattern.compile("(?<![A-Z])(?:(?:H[AE]NG|MOI)\\s+NGAY|LAN\\s*/\\s*NGAY)(?![A-Z])");
    private static final Pattern WEEKLY = Pattern.compile("(?<![A-Z])(?:H[AE]NG|MOI)\\s+TUAN(?![A-Z])");
    private static final Pattern MONTHLY = Pattern.compile("(?<![A-Z])(?:H[AE]NG|MOI)\\s+THANG(?![A-Z])");
    private static final Pattern QUARTERLY = Pattern.compile("(?<![A-Z])(?:H[AE]NG|MOI)\\s+QUY(?![A-Z])");
    private static final Pattern HALF_YEARLY = Pattern.compile("(?<![A-Z0-9])(?:6|SAU)\\s+THANG(?![A-Z])(?!\\s+DAU|\\s+CUOI)");
    private static final Pattern YEARLY = Pattern.compile("(?<![A-Z])(?:(?:H[AE]NG|MOI)\\s+NAM|CUOI\\s+NAM)(?![A-Z])");

    /** Words that set a task's deadline; what follows is a date, a quarter, a month or (after "hoàn thành") a year. */
    private static final Pattern TASK_DUE = Pattern.compile(
            "(?<![A-Z])(?:(?<trong>TRONG)|(?<truoc>TRUOC)(?:\\s+NGAY)?|CHAM\\s+NHAT(?:\\s+(?:LA|VAO))?(?:\\s+NGAY)?"
            + "|HOAN\\s+THANH(?:\\s+XONG)?(?:\\s+(?:TRONG|TRUOC|VAO))?(?:\\s+NGAY)?|XONG\\s+(?:TRONG|TRUOC)(?:\\s+NGAY)?"
            + "|THOI\\s+(?:GIAN|HAN)(?:\\s+(?:THUC\\s+HIEN|HOAN\\s+THANH|TRIEN\\s+KHAI))?\\s*:)(?![A-Z])\\s*");
    private static final String ROMAN_Q = "([IV]{1,3}|[1-4])";
    private static final Pattern QUARTER = Pattern.compile("QUY\\s+" + ROMAN_Q + "(?:\\s*(?:-|–|,|VA)\\s*(?:QUY\\s+)?" + ROMAN_Q
            + ")?\\s*(?:/|,?\\s*NAM)\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("THANG\\s+(\\d{1,2})\\s*(?:/|,?\\s*NAM)\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:NAM\\s+)?(\\d{4})(?![\\d/\\-])");
    /** "từ tháng 12/2025 đến quý I/2026": the deadline is the end of the span. */
    private static final Pattern SPAN_TO = Pattern.compile("\\s*(?:-|–|DEN(?:\\s+HET)?|TOI)\\s*(?:NGAY\\s+)?");
    private static final Pattern FROM = Pattern.compile("TU\\s+(?:NGAY\\s+)?");
    /** A table cell that is only a deadline: "Quý III/2025", "Quý IV/2025- Quý II/2026", "Tháng 9/2025". */
    private static final Pattern BARE_START = Pattern.compile("^\\s*(?:QUY|THANG)\\s");
    private static final Pattern BARE_REST = Pattern.compile("[\\s.;,]*");
    private static final Pattern DA = Pattern.compile("(?<![\\p{L}])(?:đã|Đã|ĐÃ)(?![\\p{L}])");
    /** A clause that tells what was done, not what is to be done. */
    private static final Pattern DONE = Pattern.compile("(?<![A-Z])(?:DAT\\s+DUOC|(?<!BAO CAO )(?<!TONG HOP )KET\\s+QUA|CHO\\s+THAY|TINH\\s+DEN|SO\\s+VOI|CUNG\\s+KY|VUA\\s+QUA)(?![A-Z])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** Reporting obligations and task deadlines of one plan. */
    public record Result(List<Deadline> reports, List<Deadline> tasks) {
    }

    /** Reporting obligations only (see {@link #extractAll}). */
    public List<Deadline> extract(List<SourceLine> lines, Integer planYear) {
        return extractAll(lines, planYear, Integer.MAX_VALUE, true).reports();
    }

    /**
     * Reporting obligations, and the deadlines of tasks written on or after {@code tasksFromLine} (the basis
     * paragraph before the first section cites other documents' deadlines, not the plan's).
     */
    /**
     * @param ocr the text is OCR output, whose blank lines may fall inside any sentence; in typed text (laid out
     *            already, its wrapped lines joined) a line after a blank line continues the paragraph only when it
     *            starts in lower case
     */
    public Result extractAll(List<SourceLine> lines, Integer planYear, int tasksFromLine, boolean ocr) {
        List<Deadline> out = new ArrayList<>();
        List<Deadline> tasks = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            return new Result(out, tasks);
        }
        Integer year = planYear != null ? planYear : guessYear(lines);
        Set<String> seen = new HashSet<>();
        ItemUnit itemUnit = null;
        for (List<SourceLine> para : paragraphs(lines, ocr)) {
            DocumentClock.checkpoint(DocumentClock.Stage.PARSE, "thời hạn, hạn báo cáo");
            CiteText.Joined j = new CiteText.Joined(para);
            String first = para.get(0).text();
            if (isHeading(first)) {
                itemUnit = null; // a new section: earlier items no longer frame what follows
            } else if (ITEM.matcher(first).lookingAt()) { // anchored at "^": lookingAt() is find()
                itemUnit = new ItemUnit(j);
            }
            int reportsBefore = out.size();
            // a paragraph without a report word (or a task's due word) anywhere has no clause with one: it is not cut
            // into clauses at all (the words are told by the same test in a clause and in the whole paragraph)
            char[] chars = j.foldedChars();
            int firstReport = nextWord(chars, 0, chars.length, Word.REPORT);
            if (firstReport >= 0) {
                scanParagraph(j, firstReport, itemUnit, year, out, seen);
            }
            if (para.get(para.size() - 1).number() >= tasksFromLine) {
                for (SourceLine l : para) {
                    bareCell(l, tasksFromLine, tasks);
                }
                int firstDue = nextWord(chars, 0, chars.length, Word.TASK_DUE);
                if (firstDue >= 0) {
                    taskDeadlines(j, firstDue, tasksFromLine, out.subList(reportsBefore, out.size()), tasks);
                }
            }
        }
        tasks.sort(java.util.Comparator.comparingInt(Deadline::getLine));
        return new Result(out, tasks);
    }

    /**
     * The unit an item paragraph opens with, read only when a sentence without a unit of its own reports: most items
     * have no report clause, and reading the unit of each was a tenth of this step.
     */
    private static final class ItemUnit {
        private final CiteText.Joined item;
        private String unit;
        private boolean read;

        ItemUnit(CiteText.Joined item) {
            this.item = item;
        }

        String get() {
            if (!read) {
                unit = UnitNames.text(item.text, UnitNames.leading(item.folded, 0, item.folded.length()));
                read = true;
            }
            return unit;
        }
    }

    /** A line that is only a deadline, as a task table's time cell: "Quý III/2025", "Quý IV/2025- Quý II/2026". */
    private static void bareCell(SourceLine l, int fromLine, List<Deadline> tasks) {
        String t = l.text() == null ? "" : l.text().strip();
        if (t.length() < 8 || l.number() < fromLine || "QqTt".indexOf(t.charAt(0)) < 0 || t.length() > 60) {
            return;
        }
        CiteText.Joined j = new CiteText.Joined(List.of(l));
        String f = j.folded;
        if (!BARE_START.matcher(f).lookingAt()) {
            return;
        }
        Due d = value(f, 0, f.length(), false, false);
        if (d != null && BARE_REST.matcher(f).region(d.end(), f.length()).matches()) {
            addTask(j, 0, d, 0, f.length(), List.of(), tasks, fromLine);
        }
    }

    /**
     * The report deadlines of a paragraph, clause by clause; {@code next} is the first place a report word may begin
     * ({@link #nextWord}), and after each clause the next one is looked for from there: a clause before it holds none,
     * and the paragraph is read once for report words, not once more for each clause.
     */
    private void scanParagraph(CiteText.Joined j, int next, ItemUnit itemUnit, Integer year, List<Deadline> out,
            Set<String> seen) {
        int sentenceStart = 0;
        int clauseStart = 0;
        char[] f = j.foldedChars(); // a char[] walk: charAt on a UTF-16 string checks its bounds on every char under C1
        int n = f.length;
        for (int i = 0; i <= n && next >= 0; i++) {
            boolean end = i == n;
            char c = end ? '.' : f[i];
            if (!mayEndClause(c)) {
                continue;
            }
            boolean sentenceEnd = c == '.' && (end || i + 1 == n || f[i + 1] == ' '
                    || f[i + 1] == '/') || c == '!' || c == '?' || overlong(c, i, clauseStart);
            if (c != ';' && !sentenceEnd) {
                continue;
            }
            if (i > clauseStart && next < i) {
                clause(j, next, clauseStart, i, sentenceStart, itemUnit, year, out, seen);
            }
            clauseStart = i + 1;
            if (sentenceEnd) {
                sentenceStart = i + 1;
            }
            if (next < clauseStart) {
                next = nextWord(f, clauseStart, n, Word.REPORT);
            }
        }
    }

    /**
     * A clause this long without ";" or a sentence end is not prose (a line of a megabyte, a file whose punctuation
     * was lost): it is read in windows that end at a space past this length, so that the work per deadline stays
     * bounded. The longest clause of the 117 fixture documents is shorter (the longest line has 3,144 chars).
     */
    static final int MAX_CLAUSE = 4_000;
    /**
     * How far from its due date a report's recipient is looked for: "báo cáo kết quả về UBND huyện (qua Phòng Văn
     * hóa - Thông tin) trước ngày 20/12" spans some 100 chars. Without a bound, every date of a clause that lists
     * hundreds of them would search the whole clause again.
     */
    private static final int RECIPIENT_REACH = 500;
    /** The unit that opens a sentence is looked for in its first chars only (a name has at most 16 words). */
    private static final int MAX_REPORTER = 600;

    /** Only these chars end a clause (a space only past {@link #MAX_CLAUSE}): the one test most chars take. */
    private static boolean mayEndClause(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?' || c == ' ';
    }

    private static boolean overlong(char c, int i, int clauseStart) {
        return c == ' ' && i - clauseStart >= MAX_CLAUSE;
    }

    /**
     * The unit that opens the sentence; after a short lead-in ending in a colon ("5. Chế độ báo cáo: UBND các xã
     * báo cáo …") the unit that follows the colon.
     */
    private static String reporter(CiteText.Joined j, int from, int to) {
        UnitNames.Span s = UnitNames.leading(j.folded, from, to);
        if (s == null) {
            int colon = indexOf(j.folded, ':', from, to);
            if (colon > 0 && j.folded.substring(from, colon).trim().split(" ").length <= LEAD_IN_WORDS) {
                s = UnitNames.leading(j.folded, colon + 1, to);
            }
        }
        return UnitNames.text(j.text, s);
    }

    /** The first {@code c} in [from, to), or -1: not past {@code to}, which on a paragraph of a megabyte matters. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** A due day that recurs, read where the due wording ends; null when there is none. */
    private record Recurring(int start, int end, Recurrence every, Integer day, Integer month, List<String> times) {
    }

    /**
     * The report deadlines of the clause [from, to) of the sentence that starts at {@code sentenceStart}, where a
     * report word may begin first at {@code at}; who reports is the unit that opens the sentence, else
     * {@code itemUnit}.
     */
    private void clause(CiteText.Joined j, int at, int from, int to, int sentenceStart, ItemUnit itemUnit,
            Integer year, List<Deadline> out, Set<String> seen) {
        char[] chars = j.foldedChars();
        String f = j.folded;
        Matcher report = REPORT_WORD.matcher(f).useTransparentBounds(true);
        if (!findWord(report, chars, at, to, Word.REPORT)) {
            return;
        }
        ReportClause shared = new ReportClause(j, from, to, sentenceStart, itemUnit);
        int firstReport = report.start();
        boolean dated = false;
        Matcher due = DUE.matcher(f).useTransparentBounds(true);
        for (int pos = from; findWord(due, chars, pos, to, Word.DUE); pos = due.end()) {
            Recurring r = recurring(f, due.end(), from, to);
            VietDates.Found d = r != null ? null : VietDates.at(f, hoursThenDay(f, due.end(), to), year);
            if (r == null && (d == null || d.end() > to)) {
                continue;
            }
            dated = true;
            int before = Math.max(firstReport < due.start() ? firstReport : from, due.start() - RECIPIENT_REACH);
            String recipient = recipient(j, before, due.start());
            if (recipient == null) {
                int after = r != null ? r.end() : d.end();
                recipient = recipient(j, after, Math.min(to, after + RECIPIENT_REACH));
            }
            Deadline x = add(out, seen, Deadline.Kind.REPORT, r == null ? d.date() : null, recipient, shared.reporter(),
                    j.lineAt(r != null ? r.start() : d.start()), shared.text(), r == null ? "" : r.toString());
            if (x == null) {
                continue;
            }
            if (r != null) {
                x.setRecurrence(r.every());
                x.setDueDay(r.day());
                x.setDueMonth(r.month());
                x.setDueTimes(r.times());
                x.setDueText(j.slice(due.start(), r.end()));
            } else {
                x.setYearWritten(VietDates.at(f, d.start(), null) != null);
                x.setDueText(j.slice(due.start(), d.end()));
            }
        }
        if (dated) {
            return;
        }
        Matcher bc = BAO_CAO.matcher(f).region(from, to).useTransparentBounds(true);
        int line = bc.find() ? j.lineAt(bc.start()) : -1;
        // periodic wording on a line that already sets a report's due day describes that same obligation
        if (line >= 0 && out.stream().noneMatch(x -> x.getLine() == line && x.getKind() == Deadline.Kind.REPORT)
                && PERIODIC.matcher(f).region(from, to).useTransparentBounds(true).find()) {
            String recipient = recipient(j, bc.start(), to);
            Deadline x = add(out, seen, Deadline.Kind.PERIODIC, null, recipient, shared.reporter(), j.lineAt(bc.start()),
                    shared.text(), "");
            if (x != null) {
                x.setRecurrence(period(f, from, to));
            }
        }
    }

    /**
     * Who reports and the clause's text, which every deadline of a report clause shares: read at the first one, since
     * most clauses that name a report set no deadline (reading the unit that opens the sentence is the dear part).
     */
    private static final class ReportClause {
        private final CiteText.Joined j;
        private final int from;
        private final int to;
        private final int sentenceStart;
        private final ItemUnit itemUnit;
        private String reporter;
        private boolean reporterRead;
        private String text;

        ReportClause(CiteText.Joined j, int from, int to, int sentenceStart, ItemUnit itemUnit) {
            this.j = j;
            this.from = from;
            this.to = to;
            this.sentenceStart = sentenceStart;
            this.itemUnit = itemUnit;
        }

        /** The unit that opens the sentence, else the item's. */
        String reporter() {
            if (!reporterRead) {
                String opener = DeadlineExtractor.reporter(j, sentenceStart, Math.min(to, sentenceStart + MAX_REPORTER));
                reporter = opener != null ? opener : itemUnit == null ? null : itemUnit.get();
                reporterRead = true;
            }
            return reporter;
        }

        String text() {
            if (text == null) {
                text = Regex.replaceAll(CiteText.stripEmphasis(j.slice(from, to)), "^[\\s\\-+•–]+", "").strip();
            }
            return text;
        }
    }

    /** "16h00 ngày 20/7/2025": the position of the day after the hours, else {@code pos}. */
    private static int hoursThenDay(String f, int pos, int to) {
        Matcher h = HOURS.matcher(f).region(pos, to);
        if (!h.lookingAt()) {
            return pos;
        }
        Matcher n = DAY_AFTER_HOURS.matcher(f).region(h.end(), to);
        return n.lookingAt() ? n.end() : pos;
    }

    /**
     * A recurring due day at {@code pos}: "18 hằng tháng", "20 tháng cuối quý", "15/12" or "30 tháng 11" in a clause
     * that says "hằng năm", hours ("9h00’ và 16h00’") in a clause that says "hằng ngày" or "lần/ngày".
     */
    private static Recurring recurring(String f, int pos, int from, int to) {
        if (pos >= to) {
            return null;
        }
        Matcher m = MONTHLY_DAY.matcher(f).region(pos, to);
        if (m.lookingAt() && day(m.group(1)) != null) {
            return new Recurring(pos, m.end(), Recurrence.MONTHLY, day(m.group(1)), null, List.of());
        }
        m = QUARTERLY_DAY.matcher(f).region(pos, to);
        if (m.lookingAt() && day(m.group(1)) != null) {
            return new Recurring(pos, m.end(), Recurrence.QUARTERLY, day(m.group(1)), null, List.of());
        }
        if (VietDates.at(f, pos, null) != null) {
            return null; // a date with its year happens once, even in a clause that speaks of every year
        }
        VietDates.Found dm = VietDates.at(f, pos, 2000); // a leap year: "29/2" is a day that exists
        if (dm != null && dm.date() != null && has(YEARLY, f, from, to)) {
            return new Recurring(pos, dm.end(), Recurrence.YEARLY, dm.date().getDayOfMonth(), dm.date().getMonthValue(), List.of());
        }
        Matcher h = HOURS.matcher(f).region(pos, to);
        if (h.lookingAt() && VietDates.at(f, hoursThenDay(f, pos, to), 2000) == null) {
            List<String> times = new ArrayList<>();
            Matcher one = ONE_HOUR.matcher(f).region(pos, h.end());
            while (one.find()) {
                int hour = Integer.parseInt(one.group(1));
                int minute = one.group(2) == null ? 0 : Integer.parseInt(one.group(2));
                if (hour > 24 || minute > 59) {
                    return null;
                }
                times.add(String.format("%02d:%02d", hour, minute));
            }
            Recurrence every = has(DAILY, f, from, to) ? Recurrence.DAILY : has(WEEKLY, f, from, to) ? Recurrence.WEEKLY : null;
            return every == null || times.isEmpty() ? null : new Recurring(pos, h.end(), every, null, null, List.copyOf(times));
        }
        m = BARE_DAY.matcher(f).region(pos, to);
        if (m.lookingAt() && day(m.group(1)) != null && has(MONTHLY, f, from, to)) {
            return new Recurring(pos, m.end(), Recurrence.MONTHLY, day(m.group(1)), null, List.of());
        }
        return null;
    }

    private static Integer day(String s) {
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean has(Pattern p, String f, int from, int to) {
        return p.matcher(f).region(from, to).useTransparentBounds(true).find();
    }

    /** The period periodic reporting names, the shortest if several ("định kỳ 6 tháng, hằng năm": 6 months). */
    private static Recurrence period(String f, int from, int to) {
        Pattern[] ps = {DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY};
        Recurrence[] rs = {Recurrence.DAILY, Recurrence.WEEKLY, Recurrence.MONTHLY, Recurrence.QUARTERLY,
            Recurrence.HALF_YEARLY, Recurrence.YEARLY};
        for (int i = 0; i < ps.length; i++) {
            if (has(ps[i], f, from, to)) {
                return rs[i];
            }
        }
        return Recurrence.UNSTATED;
    }

    // ---- deadlines of tasks -----------------------------------------------------------------------------------

    /** A deadline value read in the folded text: its last day, where it ends, whether its year is written. */
    private record Due(LocalDate last, int end, boolean yearWritten) {
    }

    /**
     * The deadlines of tasks in one paragraph, clause by clause (";" and sentence ends), {@code next} the first place
     * a due word may begin (see {@link #scanParagraph}). A due already read as a report's (same line, same day) is not
     * repeated.
     */
    private static void taskDeadlines(CiteText.Joined j, int next, int fromLine, List<Deadline> reports,
            List<Deadline> tasks) {
        String f = j.folded;
        char[] chars = j.foldedChars(); // a char[] walk, as in scanParagraph
        int n = chars.length;
        Matcher m = null; // made at the first clause that may hold a task's due word
        int clauseStart = 0;
        for (int i = 0; i <= n && next >= 0; i++) {
            boolean end = i == n;
            char c = end ? '.' : chars[i];
            if (!mayEndClause(c)) {
                continue;
            }
            boolean sentenceEnd = c == '.' && (end || i + 1 == n || chars[i + 1] == ' ') || c == '!' || c == '?'
                    || overlong(c, i, clauseStart);
            if (c != ';' && !sentenceEnd) {
                continue;
            }
            int at = i > clauseStart && next < i ? next : -1; // where a due word may begin first in the clause
            if (at >= 0) {
                if (m == null) {
                    m = TASK_DUE.matcher(f).useTransparentBounds(true);
                }
                Boolean history = null;
                for (int from = at; findWord(m, chars, from, i, Word.TASK_DUE); from = m.end()) {
                    if (history == null) {
                        history = done(j, clauseStart, i);
                    }
                    if (history) {
                        break;
                    }
                    Due d = value(f, m.end(), i, m.group("trong") != null, m.group("truoc") != null);
                    if (d != null) {
                        addTask(j, m.start(), d, clauseStart, i, reports, tasks, fromLine);
                    }
                }
            }
            clauseStart = i + 1;
            if (next < clauseStart) {
                next = nextWord(chars, clauseStart, n, Word.TASK_DUE); // read once over the paragraph, as for reports
            }
        }
    }

    /** The patterns {@link #findWord} finds, each opening with {@code (?<![A-Z])} and one of a few words. */
    private enum Word {
        /** {@link #REPORT_WORD}. */
        REPORT,
        /** {@link #TASK_DUE}. */
        TASK_DUE,
        /** {@link #DUE}. */
        DUE
    }

    /**
     * {@code m.region(from, to).find()} for the pattern of {@code w} ({@code m} with transparent bounds, over the
     * text whose chars are {@code s}); {@code m} holds the match when this returns true. Tried only where
     * {@link #nextWord} finds the word may begin: {@code find()} tries the regex at every char of every clause, and
     * most clauses hold no report or task deadline.
     */
    private static boolean findWord(Matcher m, char[] s, int from, int to, Word w) {
        for (int p = nextWord(s, from, to, w); p >= 0; p = nextWord(s, p + 1, to, w)) {
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first position in [from, to) where a match of the pattern of {@code w} may begin, or -1: not after a
     * capital (each opens with {@code (?<![A-Z])}), and the letters every match of theirs begins with. A plain test of
     * the chars: the first letters alone ("T", "C", "H" open many words) sent the matcher to too many places.
     */
    private static int nextWord(char[] s, int from, int to, Word w) {
        for (int p = from; p < to; p++) {
            char c = s[p];
            if ((c == 'B' || c == 'G' || c == 'N' || c == 'T' || c == 'C' || c == 'H' || c == 'X' || c == 'K')
                    && !(p > 0 && s[p - 1] >= 'A' && s[p - 1] <= 'Z') && wordAt(s, p, w)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean wordAt(char[] s, int p, Word w) {
        return switch (w) {
            case REPORT -> reportWordAt(s, p);
            case TASK_DUE -> taskDueAt(s, p);
            case DUE -> dueAt(s, p);
        };
    }

    /**
     * What every match of {@link #DUE} at {@code p} begins with: "T" and a "C" three to five chars on (TRUOC, its OCR
     * forms), "CHAM", "KHONG", "HAN".
     */
    private static boolean dueAt(char[] s, int p) {
        switch (s[p]) {
            case 'T':
                return CharArrays.is(s, p + 3, 'C') || CharArrays.is(s, p + 4, 'C') || CharArrays.is(s, p + 5, 'C');
            case 'C':
                return CharArrays.startsWith(s, p, "CHAM");
            case 'K':
                return CharArrays.startsWith(s, p, "KHONG");
            case 'H':
                return CharArrays.startsWith(s, p, "HAN");
            default:
                return false;
        }
    }

    /** What every match of {@link #REPORT_WORD} at {@code p} begins with: "B?O", "B??O", "GUI", "NOP", "T?NG", "T??NG". */
    private static boolean reportWordAt(char[] s, int p) {
        switch (s[p]) {
            case 'B':
                return CharArrays.is(s, p + 2, 'O') || CharArrays.is(s, p + 3, 'O');
            case 'G':
                return CharArrays.is(s, p + 1, 'U') && CharArrays.is(s, p + 2, 'I');
            case 'N':
                return CharArrays.is(s, p + 1, 'O') && CharArrays.is(s, p + 2, 'P');
            case 'T':
                return CharArrays.is(s, p + 2, 'N') && CharArrays.is(s, p + 3, 'G') || CharArrays.is(s, p + 3, 'N') && CharArrays.is(s, p + 4, 'G');
            default:
                return false;
        }
    }

    /** What every match of {@link #TASK_DUE} at {@code p} begins with: "TRONG", "TRUOC", "THOI", "CHAM", "HOAN", "XONG". */
    private static boolean taskDueAt(char[] s, int p) {
        switch (s[p]) {
            case 'T':
                return CharArrays.startsWith(s, p, "TRONG") || CharArrays.startsWith(s, p, "TRUOC") || CharArrays.startsWith(s, p, "THOI");
            case 'C':
                return CharArrays.startsWith(s, p, "CHAM");
            case 'H':
                return CharArrays.startsWith(s, p, "HOAN");
            case 'X':
                return CharArrays.startsWith(s, p, "XONG");
            default:
                return false;
        }
    }

    /** The clause tells what was done ("đã tổ chức …", "đạt được …"): its dates are history, not deadlines. */
    private static boolean done(CiteText.Joined j, int from, int to) {
        return daWord(j.text, from, Math.min(to, j.text.length())) || doneWord(j, from, to);
    }

    /**
     * {@code DA.matcher(text).region(from, to).find()}, the pattern tried only at an "đ" or "Đ", as each match begins.
     * Its look-arounds read past [from, to) with transparent bounds, where the region hid the text: that changes
     * nothing when the chars just outside are no letters (the ";", "." … that end a clause), else the old find().
     */
    private static boolean daWord(String text, int from, int to) {
        int p = nextD(text, from, to);
        if (p < 0) {
            return false;
        }
        if (!noLetter(text, from - 1) || !noLetter(text, to)) {
            return DA.matcher(text).region(from, to).find();
        }
        Matcher m = DA.matcher(text).useTransparentBounds(true);
        for (; p >= 0; p = nextD(text, p + 1, to)) {
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether char {@code i} of {@code text} is outside it, or neither a letter nor half of a surrogate pair. */
    private static boolean noLetter(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return !Character.isLetter(c) && !Character.isSurrogate(c);
    }

    /**
     * {@code DONE.matcher(j.folded).region(from, to).find()}, the pattern tried only where {@link #doneAt} finds one
     * of its first words. Its look-arounds read past the clause with transparent bounds, where the region hid the
     * text: that changes nothing after the ";", ".", "!" or "?" that ends a clause (none is a letter or in "BAO CAO ",
     * "TONG HOP "). After the space that cuts an overlong clause it might ("BAO CAO | KET QUA"): there, as before.
     */
    private static boolean doneWord(CiteText.Joined j, int from, int to) {
        char[] s = j.foldedChars();
        int p = doneAt(s, from, to);
        if (p < 0) {
            return false;
        }
        if (from > 0 && s[from - 1] == ' ') {
            return DONE.matcher(j.folded).region(from, to).find();
        }
        Matcher m = DONE.matcher(j.folded).useTransparentBounds(true);
        for (; p >= 0; p = doneAt(s, p + 1, to)) {
            m.region(p, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first "đ" or "Đ" in [from, to), as every match of {@link #DA} begins; -1 if none. */
    private static int nextD(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first position in [from, to) holding the first word of one of {@link #DONE}'s phrases followed by white
     * space ("DAT ", "KET ", "CHO ", "TINH ", "SO ", "CUNG ", "VUA "), as each of its matches begins; -1 if none.
     */
    private static int doneAt(char[] s, int from, int to) {
        for (int p = from; p < to; p++) {
            String w = switch (s[p]) {
                case 'D' -> "DAT";
                case 'K' -> "KET";
                case 'C' -> s[p + 1 < s.length ? p + 1 : p] == 'H' ? "CHO" : "CUNG";
                case 'T' -> "TINH";
                case 'S' -> "SO";
                case 'V' -> "VUA";
                default -> null;
            };
            if (w != null && p + w.length() < to && CharArrays.startsWith(s, p, w) && Regex.isSpace(s[p + w.length()])) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The deadline at {@code pos}: a date with its year, a quarter ("quý III năm 2025", "Quý IV/2025 - Quý II/2026"),
     * a month ("tháng 9/2025"), after "từ … đến" the end of the span, and a bare year only after "hoàn thành",
     * "xong", "chậm nhất". After "trong" only a quarter or a month; after "trước" only a date.
     */
    private static Due value(String f, int pos, int to, boolean trong, boolean truoc) {
        if (pos >= to) {
            return null;
        }
        Matcher from = FROM.matcher(f).region(pos, to);
        if (!trong && !truoc && from.lookingAt()) {
            Due first = one(f, from.end(), to, false, false);
            if (first != null) {
                Matcher span = SPAN_TO.matcher(f).region(first.end(), to);
                if (span.lookingAt()) {
                    return one(f, span.end(), to, false, false);
                }
            }
            return null; // "từ 01/7/2025" with no end: when the work starts, not when it is due
        }
        Due d = one(f, pos, to, trong, truoc);
        if (d == null || truoc) {
            return d;
        }
        Matcher span = SPAN_TO.matcher(f).region(d.end(), to);
        if (span.lookingAt()) {
            Due last = one(f, span.end(), to, trong, false);
            if (last != null && !last.last().isBefore(d.last())) {
                return last;
            }
        }
        return d;
    }

    private static Due one(String f, int pos, int to, boolean trong, boolean truoc) {
        if (pos >= to) {
            return null;
        }
        if (!trong) {
            VietDates.Found d = VietDates.at(f, pos, null);
            if (d != null && d.date() != null && d.end() <= to) {
                return new Due(d.date(), d.end(), true);
            }
            if (truoc) {
                return null;
            }
        }
        Matcher q = QUARTER.matcher(f).region(pos, to);
        if (q.lookingAt()) {
            int q1 = quarter(q.group(1));
            int q2 = q.group(2) == null ? q1 : quarter(q.group(2));
            int y = Integer.parseInt(q.group(3));
            if (q1 < 1 || q2 < 1 || y < 1945 || y > 2099) {
                return null;
            }
            return new Due(YearMonth.of(y, 3 * Math.max(q1, q2)).atEndOfMonth(), q.end(), true);
        }
        Matcher m = MONTH.matcher(f).region(pos, to);
        if (m.lookingAt()) {
            int mo = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12 || y < 1945 || y > 2099) {
                return null;
            }
            return new Due(YearMonth.of(y, mo).atEndOfMonth(), m.end(), true);
        }
        if (!trong) {
            Matcher y = YEAR_ONLY.matcher(f).region(pos, to);
            if (y.lookingAt() && f.startsWith("NAM", pos)) {
                int year = Integer.parseInt(y.group(1));
                if (year >= 1945 && year <= 2099) {
                    return new Due(LocalDate.of(year, 12, 31), y.end(), true);
                }
            }
        }
        return null;
    }

    private static int quarter(String s) {
        if (s.length() == 1 && Character.isDigit(s.charAt(0))) {
            return s.charAt(0) - '0';
        }
        int v = RomanNumerals.parseOcr(s);
        return v >= 1 && v <= 4 ? v : -1;
    }

    private static void addTask(CiteText.Joined j, int start, Due d, int clauseFrom, int clauseTo, List<Deadline> reports,
            List<Deadline> tasks, int fromLine) {
        int line = j.lineAt(start);
        if (line < fromLine) {
            return;
        }
        for (Deadline r : reports) {
            if (r.getLine() == line && d.last().equals(r.getDate())) {
                return;
            }
        }
        for (Deadline t : tasks) {
            if (t.getLine() == line && d.last().equals(t.getDate())) {
                return;
            }
        }
        Deadline x = new Deadline();
        x.setKind(Deadline.Kind.TASK);
        x.setDate(d.last());
        x.setYearWritten(d.yearWritten());
        x.setDueText(Regex.replaceAll(j.slice(start, d.end()), "[\\s,;:.(]+$", ""));
        x.setLine(line);
        x.setText(Regex.replaceAll(CiteText.stripEmphasis(j.slice(clauseFrom, clauseTo)), "^[\\s\\-+•–]+", "").strip());
        tasks.add(x);
    }

    /**
     * The body a report goes to, between {@code from} (a report word) and {@code to}: a unit after "gửi", "về",
     * "cho", "lên", or a unit right after "báo cáo" ("báo cáo Ban Thường vụ Huyện ủy kết quả …").
     */
    private static String recipient(CiteText.Joined j, int from, int to) {
        String f = j.folded;
        Matcher report = REPORT_WORD.matcher(f).region(from, to).useTransparentBounds(true);
        for (int tries = 0; tries < RECIPIENT_TRIES && report.find(); tries++) {
            UnitNames.Span s = UnitNames.phraseAt(f, report.end(), to, RECIPIENT_END);
            if (s != null) {
                return UnitNames.text(j.text, s);
            }
        }
        Matcher m = TO.matcher(f).region(from, to).useTransparentBounds(true);
        for (int tries = 0; tries < RECIPIENT_TRIES && m.find(); tries++) {
            UnitNames.Span s = UnitNames.phraseAt(f, m.end(), to, RECIPIENT_END);
            if (s != null) {
                return UnitNames.text(j.text, s);
            }
        }
        return null;
    }

    /**
     * Report words ("gửi", "báo cáo") and "về", "cho" … tried for a recipient: a clause has one or two; a list of
     * hundreds of them without punctuation would otherwise be tried again for each of its dates.
     */
    private static final int RECIPIENT_TRIES = 8;

    /** The new deadline, or null when the same one (kind, day, line) was already read. */
    private static Deadline add(List<Deadline> out, Set<String> seen, Deadline.Kind kind, LocalDate date,
            String recipient, String reporter, int line, String text, String recurring) {
        if (!seen.add(kind + "|" + date + "|" + recurring + "|" + line)) {
            return null;
        }
        Deadline d = new Deadline();
        d.setKind(kind);
        d.setDate(date);
        d.setRecipient(recipient);
        d.setRecipients(recipient == null ? List.of() : UnitExtractor.splitUnits(recipient));
        d.setReporter(reporter);
        d.setLine(line);
        d.setText(text);
        out.add(d);
        return d;
    }

    /** Groups lines into paragraphs (see the class comment for the OCR rule). */
    static List<List<SourceLine>> paragraphs(List<SourceLine> lines, boolean ocr) {
        List<List<SourceLine>> out = new ArrayList<>();
        List<SourceLine> cur = null;
        boolean blankSince = false;
        String prev = "";
        for (SourceLine l : lines) {
            String t = l.text() == null ? "" : l.text().strip();
            if (t.isEmpty()) {
                blankSince = true;
                continue;
            }
            boolean opens = OPENER.matcher(t).lookingAt(); // anchored at "^": lookingAt() is find()
            // A heading ("IV. CHẾ ĐỘ BÁO CÁO") never runs on into the next line, blank line or not.
            boolean closed = endsClosed(prev);
            // typed text runs on across a blank line only in lower case (a page break inside a sentence); a capital
            // there starts something new (the next cell of a table copied from a web page, whose rules became blanks)
            boolean runsOn = ocr || !Character.isUpperCase(t.codePointAt(0));
            if (cur == null || opens || isHeading(prev) || (blankSince && (closed || !runsOn))) {
                cur = new ArrayList<>();
                out.add(cur);
            }
            cur.add(l);
            prev = t;
            blankSince = false;
        }
        return out;
    }

    /**
     * Whether a line ends a sentence or a clause (". ; : ! ?"), emphasis marks and white space after it aside; the
     * regex replace-and-match it replaces was 1.4 % of a batch's CPU.
     */
    static boolean endsClosed(String line) {
        int i = line.length() - 1;
        while (i >= 0 && (line.charAt(i) == '*' || Regex.isSpace(line.charAt(i)))) {
            i--;
        }
        return i >= 0 && ".;:!?".indexOf(line.charAt(i)) >= 0;
    }


    /** For "20/7" without a year when the caller does not know the plan's year: the year the text uses most. */
    private static Integer guessYear(List<SourceLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (SourceLine l : lines) {
            countYears(l.text() == null ? "" : l.text(), counts);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Counts the matches of {@link #YEAR} ("20" and two more digits, no digit on either side) by a walk of the chars:
     * {@code find()} tried the regex at every char of every line. A match ends before a non-digit, so the next one
     * can only start past it, as {@code find()} goes on.
     */
    private static void countYears(String t, Map<Integer, Integer> counts) {
        int n = t.length();
        for (int p = 0; p + 4 <= n; p++) {
            if (t.charAt(p) == '2' && t.charAt(p + 1) == '0' && isDigit(t.charAt(p + 2)) && isDigit(t.charAt(p + 3))
                    && (p == 0 || !isDigit(t.charAt(p - 1))) && (p + 4 == n || !isDigit(t.charAt(p + 4)))) {
                counts.merge(Integer.parseInt(t, p, p + 4, 10), 1, Integer::sum);
                p += 3;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHeading(String s) {
        return ROMAN.matcher(s).lookingAt() && mostlyUpper(s); // anchored at "^": lookingAt() is find()
    }

    private static boolean mostlyUpper(String s) {
        return Lines.upperRatio(s) >= 2.0 / 3;
    }
}
