package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Plan;
import vn.plancheck.text.DocumentTypes;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.OcrWords;
import vn.plancheck.text.VietText;

/**
 * Reads the header of a plan: national or party header, issuer, number and symbol, place and date,
 * document type and title. OCR often interleaves the two header columns on one line
 * ("UY BAN NHAN DAN CONG HOA XA HQI CHU NGHIA VIET NAM"), so each element is searched for inside lines,
 * and what is left of a line once the known elements are cut out is the issuer.
 */
final class HeaderParser {
    static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** How far into the document the header may reach (lines). */
    private static final int HEADER_SPAN = 40;
    /** "V/v …": what an official letter is about, under its number (folded, offsets as in the original). */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[\\s|*(\\[_])(V\\s?/\\s?V)(?![A-Z0-9])");
    /**
     * "Kính gửi:" opens a letter's body: no "V/v" is looked for after it. This and {@link #NUMBER} open with "^", so
     * they are tried with {@code lookingAt()}: {@code find()} would try them at every char of the line too.
     */
    private static final Pattern ADDRESSEE = Pattern.compile("^[\\s|*_]*KINH GUI\\b");
    /** How far past the header a "V/v" line is looked for when there is no type line (web copies spread the header). */
    private static final int SUBJECT_REACH = 6;

    /** "Số: 29/KH-UBND", "Số: /KH-UBND", "Số 225-KH/HU", OCR "S6: 29 /KH-UBND"; matched on the folded line. */
    private static final Pattern NUMBER = Pattern.compile(
            "^[\\s\\-*]{0,3}" + OcrWords.SO + "\\s*([:;.])?\\s*([0-9]{1,5})?\\s*([/\\-])\\s*([A-Z0-9&][A-Z0-9&.\\-/]*)");
    /** "…, ngày 16 tháng 02 năm 2024", blanks allowed; OCR "ngay 2sthang 3 nam 2024". */
    private static final Pattern DATE = Pattern.compile(
            OcrWords.NGAY + "\\s*(" + OcrWords.OCR_DIGITS_1_2 + ")?\\s*" + OcrWords.THANG + "\\s*(" + OcrWords.OCR_DIGITS_1_2
            + ")?\\s*" + OcrWords.NAM + "\\s*([0-9]{4})?");
    /** Stamps above the header that are not the issuer: "DỰ THẢO", "MẬT", "KHẨN", "HỎA TỐC". */
    private static final Pattern STAMP = Pattern.compile("^(BAN )?DU THAO( LAN \\S+)?$|^(MAT|TOI MAT|TUYET MAT|KHAN|THUONG KHAN|HOA TOC)$");
    /** A year that is not the end of a date or a document number ("25/12/2023", "56/2017/NĐ-CP"). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9/.\\-])((?:19|20)[0-9]{2})(?![0-9/])");
    private static final Pattern SECTION_START = Pattern.compile("^\\s*([IVX]{1,4}|[0-9]{1,2})\\s*[.)]\\s+\\S");
    private static final String[] GENERIC_BODIES = {"UY BAN NHAN DAN", "HOI DONG NHAN DAN", "UBND", "UY BAN MAT TRAN TO QUOC VIET NAM",
        "UY BAN MTTQ VIET NAM"};
    /** {@link #GENERIC_BODIES} OCR-normalised once, for the similarity test of {@link #readIssuer}. */
    private static final String[] GENERIC_BODIES_NORMALIZED = java.util.Arrays.stream(GENERIC_BODIES)
            .map(OcrMatcher::ocrNormalize).toArray(String[]::new);
    /** Of {@link #GENERIC_BODIES}, the people's committee, under which an agency of its own may issue. */
    private static final java.util.Set<String> PEOPLES_COMMITTEE = java.util.Set.of("UY BAN NHAN DAN", "UBND");

    /** Where the body starts: the first line after the title. */
    record Result(int bodyStart) {
    }

    private HeaderParser() {
    }

    static Result parse(List<SourceLine> lines, Plan plan) {
        int start = 0;
        while (start < lines.size() && Lines.blank(lines.get(start))) {
            start++; // leading blank lines (or blanked directives in a self-test) are not part of the header
        }
        int span = Math.min(lines.size(), start + HEADER_SPAN);
        int found = findDocType(lines, start, span, plan);
        // a type line quoted under prose (an article showing a plan): what follows it is the quoted document, not
        // this one's heading, so the heading is looked for only above it
        boolean quoted = found >= 0 && isQuoted(lines, start, found);
        int typeIdx = quoted ? -1 : found;
        int headerEnd = typeIdx >= 0 ? typeIdx : Math.min(quoted ? found : span, start + 12);
        List<String> rest = new ArrayList<>();
        List<Integer> restLines = new ArrayList<>();
        int numberIdx = bestNumberLine(lines, start, Math.min(span, headerEnd + 3));
        for (int i = start; i < headerEnd; i++) {
            SourceLine l = lines.get(i);
            String remaining = l.text();
            remaining = cutNational(remaining, l, plan);
            if (numberIdx < 0 || numberIdx == i) {
                remaining = cutNumber(remaining, l, plan);
            }
            remaining = cutDate(remaining, l, plan);
            rest.add(remaining);
            restLines.add(l.number());
        }
        // The number and date lines sometimes follow the type in OCR output; look a little further for them.
        for (int i = headerEnd; !quoted && i < Math.min(span, headerEnd + 3) && (!plan.isNumberLinePresent() || !plan.isDateLinePresent()); i++) {
            SourceLine l = lines.get(i);
            if (i != typeIdx) {
                cutDate(cutNumber(l.text(), l, plan), l, plan);
            }
        }
        readIssuer(rest, restLines, plan);
        plan.setHeaderColumnsLost(plan.isNumberLinePresent() && plan.getNumberLine() == firstTextLine(lines)
                && plan.getIssuer() == null && !plan.isNationalHeader() && !plan.isPartyHeader());
        findSubject(lines, start, typeIdx >= 0 ? typeIdx : Math.min(span, headerEnd + SUBJECT_REACH), plan);
        int bodyStart = typeIdx >= 0 ? readTitle(lines, typeIdx, plan) : headerEnd;
        if (plan.getHeaderLine() == 0 && start < lines.size()) {
            plan.setHeaderLine(lines.get(start).number());
        }
        return new Result(bodyStart);
    }

    /** The number of the first line with text, or 0. */
    private static int firstTextLine(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            if (!Lines.blank(l)) {
                return l.number();
            }
        }
        return 0;
    }

    /**
     * The line holding the document's own number when several header lines look like one: an issuer named after
     * its founding decision ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT") has a "SỐ …" too. The number line
     * proper is written "Số:" with a colon, in lower case; an upper-case "SỐ" without one continues the issuer's
     * name. -1 when no line looks like a number line (the caller then tries every line, as before).
     */
    private static int bestNumberLine(List<SourceLine> lines, int from, int to) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            Matcher m = NUMBER.matcher(lines.get(i).folded());
            if (!m.lookingAt()) {
                continue;
            }
            int score = 0;
            if (":".equals(m.group(1))) {
                score += 2;
            }
            String word = text.substring(m.start(), Math.min(text.length(), m.start() + 4)).strip();
            if (word.length() >= 2 && Character.isLowerCase(word.charAt(1))) {
                score += 1;
            }
            if (m.group(1) == null && Lines.upperRatio(text) > 0.9 && i > from && !Lines.blank(lines.get(i - 1))
                    && Lines.upperRatio(lines.get(i - 1).text()) > 0.9) {
                score -= 2;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The type line's index, or -1; a "Kính gửi:" met first is the plan's addressee line (a letter's). */
    private static int findDocType(List<SourceLine> lines, int start, int span, Plan plan) {
        for (int i = start; i < span; i++) {
            if (ADDRESSEE.matcher(lines.get(i).folded()).lookingAt()) {
                plan.setAddresseeLine(lines.get(i).number());
                return -1; // an official letter's body begins: a "BÁO CÁO …" further down heads an attached form
            }
            if (typeKey(lines.get(i).text()) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An article or a question-and-answer page that shows a plan ("KẾ HOẠCH BÀI DẠY" under paragraphs of text): its
     * own opening is prose, with no part of a heading before the type line it quotes.
     */
    private static boolean isQuoted(List<SourceLine> lines, int start, int typeIdx) {
        int prose = 0;
        for (int i = start; i < typeIdx; i++) {
            if (isProse(lines.get(i).text())) {
                prose++;
            }
        }
        return prose >= PROSE_BEFORE_TYPE && !headingPartIn(lines, start, typeIdx);
    }

    /** Sentences before a type line that make it a quoted one, when no part of a heading stands among them. */
    private static final int PROSE_BEFORE_TYPE = 2;

    /** A running sentence: many words, mostly in lower case (no heading line of an administrative document is). */
    private static boolean isProse(String text) {
        return Lines.letterCount(text) >= 40 && Lines.upperRatio(text) < 0.5 && Regex.split(text.strip(), "\\s+").length >= 10;
    }

    /**
     * Whether a line in [from, to) holds a national or party header, a number and symbol, or a place-and-date. A number
     * or a date left blank ("Số: /KH", "ngày … tháng … năm …") does not count here: under prose it is a template
     * reproduced by a page, and a draft that leaves them blank has no prose above its heading.
     */
    private static boolean headingPartIn(List<SourceLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            SourceLine l = lines.get(i);
            String folded = l.folded();
            Matcher number = NUMBER.matcher(folded);
            Matcher date = DATE.matcher(folded);
            if (l.fuzzy().indexOf(NATIONAL) >= 0 || l.fuzzy().indexOf(PARTY) >= 0
                    || number.lookingAt() && number.group(2) != null || date.find() && date.group(3) != null) {
                return true;
            }
        }
        return false;
    }

    /** The kind a line names when it is a type line ("QUYET DINH" for "QUYẾT ĐỊNH"), else null; see {@link DocumentTypes#match}. */
    static String typeKey(String line) {
        DocumentTypes.Match m = DocumentTypes.match(line);
        return m == null ? null : m.key();
    }

    /** The "V/v …" line of an official letter, looked for in the header up to {@code to} (exclusive). */
    private static void findSubject(List<SourceLine> lines, int from, int to, Plan plan) {
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            String text = lines.get(i).text();
            String folded = lines.get(i).folded();
            if (ADDRESSEE.matcher(folded).lookingAt()) {
                return;
            }
            Matcher m = SUBJECT.matcher(folded);
            if (m.find()) {
                plan.setSubjectLine(lines.get(i).number());
                String subject = text.substring(m.start(1));
                int cell = subject.indexOf('|'); // a web copy's header cell ends there, before the date beside it
                subject = cell > 0 ? subject.substring(0, cell) : subject;
                plan.setSubjectText(Regex.replaceAll(Regex.replaceAll(subject, "[*_]+", " "), "\\s+", " ").strip());
                return;
            }
        }
    }

    private static String cutNational(String text, SourceLine l, Plan plan) {
        if (text == null) {
            return null;
        }
        String out = text;
        // the text is OCR-normalised once for the three searches while nothing is cut (the line's own when it is the line)
        OcrMatcher.Prepared prepared = text.equals(l.text()) ? l.fuzzy() : OcrMatcher.prepare(text);
        int i = prepared.indexOf(NATIONAL);
        if (i >= 0 && standsAsHeader(out, i, NATIONAL)) {
            plan.setNationalHeader(true);
            plan.setHeaderLine(plan.getHeaderLine() == 0 ? l.number() : plan.getHeaderLine());
            out = out.substring(0, i);
            prepared = OcrMatcher.prepare(out);
        }
        i = prepared.indexOf(PARTY);
        if (i >= 0 && standsAsHeader(out, i, PARTY)) {
            plan.setPartyHeader(true);
            plan.setHeaderLine(plan.getHeaderLine() == 0 ? l.number() : plan.getHeaderLine());
            out = out.substring(0, i);
            prepared = OcrMatcher.prepare(out);
        }
        i = prepared.indexOf(MOTTO);
        if (i >= 0) {
            out = out.substring(0, i);
        }
        return out;
    }

    /**
     * The national or party header is a line of capitals, or a short line of its own; the same words inside a sentence
     * of an article ("… là đảng viên Đảng Cộng sản Việt Nam từ năm 1965") are no header.
     */
    private static boolean standsAsHeader(String text, int at, String phrase) {
        String match = text.substring(at, Math.min(text.length(), at + phrase.length()));
        if (VietText.fold(text.substring(0, at)).strip().endsWith("NUOC")) {
            return false;       // "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the country named, as in a treaty
        }
        if (VietText.upperShare(match) >= 0.6) {
            return true;
        }
        // in lower case, a short line stands as a header only when nothing in lower case comes before the phrase (a
        // header cell, or beside the issuer's column in capitals) and it ends as both headers do, in "Việt Nam" (one
        // of its words may be damaged): "Ban Dân vận Trung ương Đảng Cộng sản Việt Nam" names a body, "Liên bang Cộng
        // hòa Xã hội chủ nghĩa Xô viết" is as close to the Quốc hiệu as OCR damage is but names another country
        String before = text.substring(0, at);
        String end = Regex.replaceAll(VietText.fold(text.substring(at, Math.min(text.length(), at + phrase.length() + 3))), "[^A-Z]", "");
        return VietText.letterCount(text) <= phrase.length() + 12
                && (VietText.letterCount(before) == 0 || VietText.upperShare(before) >= 0.6)
                && (end.contains("VIETN") || end.contains("NAM"));
    }

    /** Letters a date line may carry after its date: a full stop, a stamp; a sentence going on is no date line. */
    private static final int DATE_TAIL_LETTERS = 24;
    /** Words of a place name before "ngày": "Thành phố Hồ Chí Minh" has five. */
    private static final int PLACE_WORDS = 7;

    /** {@code text} folded in place: the line's own folded form, computed once, when nothing was cut from it. */
    private static String foldedOf(String text, SourceLine l) {
        return text.equals(l.text()) ? l.folded() : Fold.keepLength(text);
    }

    private static String cutNumber(String text, SourceLine l, Plan plan) {
        if (plan.isNumberLinePresent()) {
            return text;
        }
        String folded = foldedOf(text, l);
        Matcher m = NUMBER.matcher(folded);
        if (!m.lookingAt()) {
            return text;
        }
        plan.setNumberLinePresent(true);
        plan.setNumberLine(l.number());
        plan.setNumberColon(":".equals(m.group(1)));
        plan.setNumber(m.group(2));
        String symbol = Regex.replaceAll(text.substring(m.start(4), m.end(4)).toUpperCase(), "[.\\-/]+$", "");
        plan.setSymbol(symbol.isEmpty() ? null : symbol);
        if ("-".equals(m.group(3)) && symbol.contains("/")) {
            plan.setSystem(vn.plancheck.model.DocSystem.PARTY);
        }
        plan.setNumberText(text.substring(0, m.end()).strip());
        return text.substring(m.end());
    }

    private static String cutDate(String text, SourceLine l, Plan plan) {
        if (plan.isDateLinePresent()) {
            return text;
        }
        String folded = foldedOf(text, l);
        Matcher m = DATE.matcher(folded);
        if (!m.find()) {
            return text;
        }
        String lead = Regex.replaceAll(text.substring(0, m.start()), "[,\\s]+$", "");
        String leadPlace = lead.substring(lead.lastIndexOf(',') + 1).strip();
        if (VietText.letterCount(text.substring(m.end())) > DATE_TAIL_LETTERS
                || !leadPlace.isEmpty() && Regex.split(leadPlace, "\\s+").length > PLACE_WORDS
                || VietText.fold(lead).contains("KEM THEO")) {
            // "… sinh ngày 10 tháng 8 năm 1943, tại xã …": a sentence that mentions a date; "(Kèm theo Quyết định số …
            // ngày …)": the annex line of another document
            return text;
        }
        plan.setDateLinePresent(true);
        plan.setDateLine(l.number());
        plan.setDateText(text.strip());
        String before = Regex.replaceAll(text.substring(0, m.start()), "[,\\s]+$", "");
        int comma = before.lastIndexOf(',');
        String place = (comma >= 0 ? before.substring(comma + 1) : before).strip();
        plan.setPlace(place.isEmpty() || VietText.fold(place).length() < 2 ? null : place);
        String day = digits(m.group(1));
        String month = digits(m.group(2));
        plan.setDayText(day);
        plan.setMonthText(month);
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        plan.setIssueYear(year);
        if (month != null) {
            int mo = Integer.parseInt(month);
            plan.setIssueMonth(mo >= 1 && mo <= 12 ? mo : null);
        }
        if (day != null && month != null && year != null) {
            try {
                plan.setIssueDate(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
            } catch (DateTimeException e) {
                plan.setIssueDate(null);
            }
        }
        return text.substring(0, Math.max(0, comma >= 0 ? comma : m.start()));
    }

    /** OCR reads 5 as S, 0 as O, 1 as I or l inside numbers of the date line. */
    private static String digits(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String d = s.replace('S', '5').replace('O', '0').replace('I', '1').replace('L', '1');
        return d.chars().allMatch(Character::isDigit) ? d : null;
    }

    private static void readIssuer(List<String> rest, List<Integer> restLines, Plan plan) {
        List<String> parts = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < rest.size() && parts.size() < 3; i++) {
            // Word aligns the two header columns with runs of spaces inside one cell; a line mostly of digits and signs
            // (coordinates "21°02′12″B 105°50′05″Đ", a table's rule) names no body
            String t = cleanIssuerLine(rest.get(i).strip());
            if (STAMP.matcher(Regex.replaceAll(VietText.fold(t), "[^A-Z0-9 ]", "").strip()).matches()) {
                if (VietText.fold(t).contains("DU THAO")) {
                    plan.setDraftMark(true);
                }
                continue;
            }
            if (Lines.letterCount(t) < 3 || Lines.upperRatio(t) < 0.75 || Lines.letterCount(t) * 2 < t.replace(" ", "").length()) {
                if (!parts.isEmpty() && Lines.letterCount(t) >= 3) {
                    break; // a lower-case line ends the issuer block
                }
                continue;
            }
            if (parts.isEmpty()) {
                first = restLines.get(i);
            }
            if (!parts.isEmpty() && continuesIssuer(parts.get(parts.size() - 1), t)) {
                // a name wrapped in a narrow column: "SỞ GIÁO DỤC VÀ ĐÀO" / "TẠO", "ĐẢNG UỶ XÃ" / "KIM SƠN"
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + t);
                continue;
            }
            parts.add(t);
        }
        if (parts.isEmpty()) {
            return;
        }
        plan.setIssuerLine(first);
        if (parts.size() == 1) {
            plan.setIssuer(parts.get(0));
            return;
        }
        String f0 = VietText.fold(parts.get(0));
        String body = null;
        String normalized = null;   // f0 OCR-normalised, once for all the bodies (OcrMatcher.similarity did it for each)
        for (int k = 0; k < GENERIC_BODIES.length && body == null; k++) {
            String g = GENERIC_BODIES[k];
            if (f0.equals(g)) {
                body = g;
                continue;
            }
            normalized = normalized == null ? OcrMatcher.ocrNormalize(f0) : normalized;
            if (OcrMatcher.similarityNormalizedAtLeast(normalized, GENERIC_BODIES_NORMALIZED[k], 0.85)) {
                body = g;
            }
        }
        boolean generic = body != null;
        if (generic && parts.size() >= 3 && PEOPLES_COMMITTEE.contains(body)) {
            // "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / SỞ GIÁO DỤC VÀ ĐÀO TẠO": the committee and its place are the
            // parent, the third line is the agency that issues. (Under a Front committee or a council the third line
            // is one of its own organs, "BAN THƯỜNG TRỰC": the committee stays the issuer.)
            plan.setParentIssuer(parts.get(0) + " " + parts.get(1));
            plan.setIssuer(parts.get(2));
        } else if (generic) {
            plan.setIssuer(parts.get(0) + " " + parts.get(1));
        } else {
            plan.setParentIssuer(parts.get(0));
            plan.setIssuer(parts.get(1));
        }
    }

    /**
     * The stripped {@code line} without the rules and bullets around it and with runs of white space made one:
     * {@code line.replaceAll("^[*\\-_=.\\s]+|[*\\-_=\\s]+$", "").replaceAll("\\s{2,}", " ")}, with each regex run only
     * when it can change something (most header lines are plain words).
     */
    private static String cleanIssuerLine(String line) {
        String t = line;
        if (!t.isEmpty() && ("*-_=.".indexOf(t.charAt(0)) >= 0 || Regex.isSpace(t.charAt(0))
                || "*-_=".indexOf(t.charAt(t.length() - 1)) >= 0 || Regex.isSpace(t.charAt(t.length() - 1))
                || isLineTerminator(t.charAt(t.length() - 1)))) {
            // ("$" also matches before a line terminator that ends the text)
            t = Regex.replaceAll(t, "^[*\\-_=.\\s]+|[*\\-_=\\s]+$", "");
        }
        return hasSpaceRun(t) ? Regex.replaceAll(t, "\\s{2,}", " ") : t;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code s} has two white-space chars ({@code \s}) in a row. */
    private static boolean hasSpaceRun(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Regex.isSpace(s.charAt(i)) && Regex.isSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words after which an issuer's name cannot end: a level of government waits for its place's name. */
    private static final Pattern OPEN_END = Pattern.compile("(^|\\s)(XA|PHUONG|TINH|HUYEN|QUAN|THANH PHO|THI XA|THI TRAN|VA|CUA)$");

    /** Whether {@code next} is the rest of the issuer line {@code previous} (a wrap, not a second name). */
    private static boolean continuesIssuer(String previous, String next) {
        return OPEN_END.matcher(VietText.fold(previous)).find() || VietText.fold(next).split(" ").length == 1;
    }

    private static int readTitle(List<SourceLine> lines, int typeIdx, Plan plan) {
        SourceLine type = lines.get(typeIdx);
        DocumentTypes.Match match = DocumentTypes.match(type.text());
        String key = match == null ? null : match.key();
        int end = match == null ? type.text().length() : Math.min(match.end(), type.text().length());
        plan.setDocTypeName(type.text().substring(0, end).strip());
        plan.setDocTypeLine(type.number());
        plan.setDocTypeKey(key);
        plan.setKeHoach("KE HOACH".equals(key));
        List<String> title = new ArrayList<>();
        // "BIÊN BẢN KIỂM TRA THỰC TẾ", "NGHỊ ĐỊNHVề …": the title begins on the type line
        String rest = Regex.replaceAll(type.text().substring(end), "^[\\s:.,\\-]+", "").strip();
        if (!rest.isEmpty()) {
            title.add(rest);
        }
        int i = typeIdx + 1;
        while (i < lines.size() && Lines.blank(lines.get(i))) {
            i++;
        }
        while (i < lines.size() && title.size() < 4 && !(title.size() == 1 && rest.endsWith("."))) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty() || t.length() > 200 || SECTION_START.matcher(t).find()
                    || VietText.fold(t).startsWith("CAN CU")) {
                break;
            }
            title.add(t);
            i++;
            if (t.endsWith(".") && !t.endsWith("..")) {
                break;
            }
        }
        if (!title.isEmpty()) {
            String joined = Regex.replaceAll(Regex.replaceAll(String.join(" ", title), "\\s+", " "), "\\s*[.]$", "").strip();
            plan.setTitle(joined);
            Matcher y = YEAR.matcher(joined);
            Integer year = null;
            while (y.find()) {
                year = Integer.valueOf(y.group(1));
            }
            plan.setYear(year);
        }
        return i;
    }
}
