package vn.plancheck.parse;

import java.time.LocalDate;
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

/**
 * Finds reporting obligations. A clause (text between ";" or sentence ends) that speaks of reporting ("báo cáo",
 * "gửi", "tổng hợp", "nộp") and gives a due date ("trước ngày 20/7/2024", "chậm nhất ngày 15/12", OCR "tnr6c ngay
 * 22/7/2024") is a REPORT; a clause with "báo cáo" and periodic wording ("định kỳ", "theo quy định", "hằng năm",
 * "6 tháng") but no due date is PERIODIC. Dates of events ("ngày 12/6/2024") and periods ("từ 01/6 đến 30/6") carry
 * no due-date wording and are ignored.
 *
 * <p>Lines are first joined into paragraphs: blank lines separate paragraphs, except that OCR often puts a blank
 * line inside a sentence, so a paragraph continues across a blank line when the previous line does not end in
 * ". ; : ! ?" and the next line does not open an item or bullet. Stateless and thread-safe.
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
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    public List<Deadline> extract(List<SourceLine> lines, Integer planYear) {
        List<Deadline> out = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            return out;
        }
        Integer year = planYear != null ? planYear : guessYear(lines);
        Set<String> seen = new HashSet<>();
        String itemUnit = null;
        for (List<SourceLine> para : paragraphs(lines)) {
            CiteText.Joined j = new CiteText.Joined(para);
            String first = para.get(0).text();
            if (isHeading(first)) {
                itemUnit = null; // a new section: earlier items no longer frame what follows
            } else if (ITEM.matcher(first).find()) {
                itemUnit = UnitNames.text(j.text, UnitNames.leading(j.folded, 0, j.folded.length()));
            }
            scanParagraph(j, itemUnit, year, out, seen);
        }
        return out;
    }

    private void scanParagraph(CiteText.Joined j, String itemUnit, Integer year, List<Deadline> out,
            Set<String> seen) {
        int sentenceStart = 0;
        int clauseStart = 0;
        String f = j.folded;
        for (int i = 0; i <= f.length(); i++) {
            boolean end = i == f.length();
            char c = end ? '.' : f.charAt(i);
            boolean sentenceEnd = c == '.' && (end || i + 1 == f.length() || f.charAt(i + 1) == ' '
                    || f.charAt(i + 1) == '/') || c == '!' || c == '?';
            if (c != ';' && !sentenceEnd) {
                continue;
            }
            if (i > clauseStart) {
                String reporter = reporter(j, sentenceStart, i);
                clause(j, clauseStart, i, reporter != null ? reporter : itemUnit, year, out, seen);
            }
            clauseStart = i + 1;
            if (sentenceEnd) {
                sentenceStart = i + 1;
            }
        }
    }

    /**
     * The unit that opens the sentence; after a short lead-in ending in a colon ("5. Chế độ báo cáo: UBND các xã
     * báo cáo …") the unit that follows the colon.
     */
    private static String reporter(CiteText.Joined j, int from, int to) {
        UnitNames.Span s = UnitNames.leading(j.folded, from, to);
        if (s == null) {
            int colon = j.folded.indexOf(':', from);
            if (colon > 0 && colon < to && j.folded.substring(from, colon).trim().split(" ").length <= LEAD_IN_WORDS) {
                s = UnitNames.leading(j.folded, colon + 1, to);
            }
        }
        return UnitNames.text(j.text, s);
    }

    private void clause(CiteText.Joined j, int from, int to, String reporter, Integer year, List<Deadline> out,
            Set<String> seen) {
        String f = j.folded;
        Matcher report = REPORT_WORD.matcher(f).region(from, to).useTransparentBounds(true);
        if (!report.find()) {
            return;
        }
        int firstReport = report.start();
        String text = CiteText.stripEmphasis(j.slice(from, to)).replaceAll("^[\\s\\-+•–]+", "").strip();
        boolean dated = false;
        Matcher due = DUE.matcher(f).region(from, to).useTransparentBounds(true);
        while (due.find()) {
            CiteDates.Found d = CiteDates.at(f, due.end(), year);
            if (d == null || d.end() > to) {
                continue;
            }
            dated = true;
            String recipient = recipient(j, firstReport < due.start() ? firstReport : from, due.start());
            if (recipient == null) {
                recipient = recipient(j, d.end(), to);
            }
            add(out, seen, Deadline.Kind.REPORT, d.date(), recipient, reporter, j.lineAt(d.start()), text);
        }
        if (dated) {
            return;
        }
        Matcher bc = BAO_CAO.matcher(f).region(from, to).useTransparentBounds(true);
        if (bc.find() && PERIODIC.matcher(f).region(from, to).useTransparentBounds(true).find()) {
            String recipient = recipient(j, bc.start(), to);
            add(out, seen, Deadline.Kind.PERIODIC, null, recipient, reporter, j.lineAt(bc.start()), text);
        }
    }

    /**
     * The body a report goes to, between {@code from} (a report word) and {@code to}: a unit after "gửi", "về",
     * "cho", "lên", or a unit right after "báo cáo" ("báo cáo Ban Thường vụ Huyện ủy kết quả …").
     */
    private static String recipient(CiteText.Joined j, int from, int to) {
        String f = j.folded;
        Matcher report = REPORT_WORD.matcher(f).region(from, to).useTransparentBounds(true);
        while (report.find()) {
            UnitNames.Span s = UnitNames.phraseAt(f, report.end(), to, RECIPIENT_END);
            if (s != null) {
                return UnitNames.text(j.text, s);
            }
        }
        Matcher m = TO.matcher(f).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            UnitNames.Span s = UnitNames.phraseAt(f, m.end(), to, RECIPIENT_END);
            if (s != null) {
                return UnitNames.text(j.text, s);
            }
        }
        return null;
    }

    private static void add(List<Deadline> out, Set<String> seen, Deadline.Kind kind, LocalDate date,
            String recipient, String reporter, int line, String text) {
        if (!seen.add(kind + "|" + date + "|" + line)) {
            return;
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
    }

    /** Groups lines into paragraphs (see the class comment for the OCR rule). */
    static List<List<SourceLine>> paragraphs(List<SourceLine> lines) {
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
            boolean opens = OPENER.matcher(t).find();
            // A heading ("IV. CHẾ ĐỘ BÁO CÁO") never runs on into the next line, blank line or not.
            boolean closed = prev.replaceAll("[*\\s]+$", "").matches("(?s).*[.;:!?]$");
            if (cur == null || opens || isHeading(prev) || (blankSince && closed)) {
                cur = new ArrayList<>();
                out.add(cur);
            }
            cur.add(l);
            prev = t;
            blankSince = false;
        }
        return out;
    }

    /** For "20/7" without a year when the caller does not know the plan's year: the year the text uses most. */
    private static Integer guessYear(List<SourceLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (SourceLine l : lines) {
            Matcher m = YEAR.matcher(l.text() == null ? "" : l.text());
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean isHeading(String s) {
        return ROMAN.matcher(s).find() && mostlyUpper(s);
    }

    private static boolean mostlyUpper(String s) {
        return Lines.upperRatio(s) >= 2.0 / 3;
    }
}
