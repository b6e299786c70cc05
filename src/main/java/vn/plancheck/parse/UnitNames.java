package vn.plancheck.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a unit noun phrase at a position of folded text and finds where it ends: "Sở Lao động - Thương binh
 * và Xã hội", "Các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố", OCR "Uy ban nhan dan huyen".
 * A phrase starts with a unit noun (Sở, Ban, Phòng, UBND, Công chức …, optionally after "Các") and ends before the
 * first verb of its sentence (chủ trì, tham mưu, xây dựng …), before "về", "để", "(", ";", ":", "." — or after a
 * word cap. Shared by the unit, deadline (reporter, recipient) extractors. Operates on text and folded text of
 * equal length (see {@link CiteText#foldKeep}).
 */
final class UnitNames {
    /** Unit nouns, folded and OCR tolerant. Negative look-aheads keep out look-alikes ("Phòng, chống", "Sơ kết"). */
    private static final String NOUN = "(?:"
            + "UY\\s+BAN|UBND|UBMTTQ\\w*|MTTQ\\w*|HDND|H\\S{1,2}I\\s+D\\S{1,2}NG(?!\\s+TRE)|TH\\S{1,3}NG\\s+TR\\S{1,2}C"
            + "|BAN(?!\\s+HANH)|BO\\s+CHI\\s+HUY|B[O0-9](?!\\s+(?:SUNG|TRI|MAY|HOC|CHI\\s+TIEU|PHAN)(?![A-Z]))"
            + "|S[O0]'?(?!\\s*(?:KET|LUONG|LIEU|DO|SINH|SANH|:|\\d)(?![A-Z]))"
            + "|V\\S{1,2}N\\s+PH\\S{1,2}NG|PHONG(?!\\s*,?\\s*(?:CHONG|NGUA|TRANH|BENH|CH\\S{1,2}NG)(?![A-Z]))"
            + "|CONG\\s+AN|CHI\\s+CUC|CUC|CONG\\s+CH\\S{1,3}C|C\\S{1,2}N\\s+B\\S(?![A-Z])|CONG\\s+DOAN"
            + "|HOI(?!\\s+(?:NGHI|THAO|THI|DIEN|CHO|TRAI)(?![A-Z]))|DOAN(?!\\s+KET)|MAT\\s+TRAN|TRUNG\\s+T\\S{1,3}M"
            + "|TRUONG(?!\\s+HOP)|TRAM|HUY\\S{1,2}N\\s+[UAT]Y|T\\S{1,2}NH\\s+[UT]Y|THANH\\s+UY|DANG\\s+UY"
            + "|C\\S{1,2}P\\s+UY|NGANH|CO\\s+QUAN|DON\\s+VI|TOA\\s+AN|VIEN\\s+KIEM\\s+SAT|DAI\\s+(?:PHAT|TRUYEN)"
            + "|CHU\\s+TICH|GIAM\\s+DOC|BI\\s+THU|THU\\s+TRUONG|LIEN\\s+DOAN|CHI\\s+BO|DANG\\s+BO|THANH\\s+TRA"
            + "|KHO\\s+BAC|BAO\\s+HIEM|BHXH|BENH\\s+VIEN|CHINH\\s+PHU|THU\\s+TUONG\\s+CHINH\\s+PHU|QUOC\\s+HOI|HIEU\\s+TRUONG"
            + "|LANH\\s+DAO\\s+(?:SO|UBND|PHONG|BAN|CAC|HUYEN|TINH|XA)"
            + ")(?![A-Z])";
    /** "Các", OCR "Céc", "C4c", "Cic". */
    private static final String PLURAL = "(?:C[A-Z0-9@]C|NHUNG|TOAN\\s+THE)";
    private static final Pattern UNIT_START = Pattern.compile("\\s*(?:" + PLURAL + "\\s+)?" + NOUN
            + "|\\s*" + PLURAL + "\\s+(?:T[O0-9]\\s+CH\\S{1,3}C|DIA\\s+PHUONG|CAP)(?![A-Z])");
    /**
     * Item number, bullet, and words that introduce the unit ("Đề nghị", OCR "Pe nghi", "Khuyến khích", "Giao", but not
     * the "Giáo" of "Giáo viên", "Giáo dục"); markdown emphasis that a web copy leaves around the number ("**2. **Sở Tài
     * chính" read as "2. *Sở Tài chính") is skipped.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "\\s*(?:(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?|[IJL|]\\.)\\s*|[-+•*–]\\s*|[A-Z]\\)\\s*)?[*_\\s]*"
            + "(?:(?:[DP]E\\s+NGHI|KHUYEN\\s+KHICH|GIAO(?:\\s+CHO)?(?!\\s+(?:VIEN|DUC|THONG|LUU|TIEP|NHAN|DICH)(?![A-Z]))|DOI\\s+VOI"
            + "|YEU\\s+CAU)\\s*:?[*_\\s]*)?");
    static final String VERBS = "(?:"
            + "CHU\\s+TRI|THAM\\s+M\\S{1,2}U|PH\\S{1,2}I\\s+H\\S{0,2}P|C\\S\\s+TRACH\\s+NHI\\S{1,2}M"
            + "|CHIU\\s+TRACH\\s+NHIEM|TRI\\S{0,3}N\\s+KHAI|TH\\S{1,3}C\\s+HI\\S{1,2}N|X\\S{1,2}Y\\s+D\\S{1,2}NG"
            + "|CHI\\s+D\\S{1,2}O|HU\\S{0,2}NG\\s+D\\S{1,2}N|KI\\S{1,4}\\s+[TI]RA|L\\S{1,2}NH\\s+D\\S{1,2}O"
            + "|C\\S{1,2}N\\s+C[UR]|THEO\\s+D\\S{1,2}I|D\\S{1,2}N\\s+D\\S{1,2}C|T\\S{1,2}NG\\s+H\\S{1,2}P"
            + "|B\\S{1,2}O\\s+C\\S{1,2}O|TUY\\S{1,2}N\\s+TRUY\\S{1,2}N|NGHI\\S{1,2}N\\s+C\\S{1,3}U"
            + "|QUAN\\s+TRI\\S{1,2}T|PHAT\\s+DONG|BAN\\s+HANH|GIAM\\s+SAT|D\\S{1,2}Y\\s+MANH|TANG\\s+CUONG"
            + "|CUNG\\s+CAP|VAN\\s+DONG|TIEP\\s+TUC|CHU\\s+DONG|BO\\s+TRI|THAM\\s+GIA|RA\\s+SOAT|BAO\\s+DAM"
            + "|DAM\\s+BAO|NGHIEM\\s+TUC|KHAN\\s+TRUONG|C\\S{1,2}P\\s+NH\\S{1,2}T|TIEP\\s+NHAN|T[O0-9]\\s+CH\\S{1,3}C"
            + "|PHAN\\s+CONG|DUOC\\s+GIAO|THAM\\s+DINH|NANG\\s+CAO|HUONG\\s+UNG|TICH\\s+CUC|NHU\\s+SAU"
            + "|[L1]AP\\s+(?:DU|KE|DANH|HO|BAO)|BO\\s+SUNG|PHAN\\s+ANH|KI\\S{1,2}N\\s+TOAN|GUI|NOP)";
    /** The chars a verb of {@link #VERBS} begins with, and the stop words of {@link #STOP} ("VE", "DE", "NHAM" …). */
    static final String VERB_FIRST_CHARS = "BCDGHKLNPQRTVX1";
    /** The chars {@code (?<![^\\s,;(\\-–/])} lets a verb follow (besides the start of the text). */
    static final String VERB_AFTER = " \t\n\u000B\f\r,;(-–/";
    /** Verbs and function words that end a unit phrase. Preceded by start, space or punctuation. */
    private static final Pattern STOP = Pattern.compile(
            "[:()“”\"]|;(?![A-Z0-9])|\\.(?!\\d)|(?<![^\\s,;(\\-–/])(?:" + VERBS
            + "|V[E€~](?![A-Z0-9])|DE(?!\\s+(?:AN|NGHI)(?![A-Z]))|NHAM|THEO|TRONG|TAI(?!\\s+(?:CHINH|NGUYEN))|VOI|KIP\\s+THOI"
            + ")(?![A-Z])");
    private static final WordStarts STOP_STARTS = WordStarts.afterOneOf(STOP, VERB_FIRST_CHARS, VERB_AFTER, ":()“”\";.");
    /** A verb at a position: the item opens with what is done, not with who does it ("Tổ chức tuyên truyền …"). */
    private static final Pattern VERB_AT = Pattern.compile(VERBS + "(?![A-Z])");
    /** Where an item's opening words end when they are not a unit: a verb, a colon, a bracket, a clause end. */
    private static final Pattern SUBJECT_END = Pattern.compile("[:()“”\"*]|;(?![A-Z0-9])|\\.(?!\\d)|(?<![^\\s,;(\\-–/])"
            + VERBS + "(?![A-Z])");
    /** Verbs that end a unit phrase and mark a unit's own action (folded, OCR tolerant: "tham muu", "phdi hop"). */
    /** Words before a verb match that make it part of a name: "Ban Chỉ đạo", "các tổ chức", "Ban Tổ chức". */
    private static final Pattern NOT_A_VERB_AFTER = Pattern.compile("(?:BAN|" + PLURAL + "|VA\\s+" + PLURAL + ")\\s+$");
    /** Trailing punctuation, markdown emphasis left by web copies ("Sở Nội vụ *(…"), connectors; removed in a loop. */
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:\\-–&(/*_]+$");
    private static final Pattern TRAILING_WORD = Pattern.compile("\\s(?:VA|CUA|CAC|VOI)$");
    static final int MAX_WORDS = 16;

    private UnitNames() {
    }

    /** Offsets of a unit phrase: [start, end). */
    record Span(int start, int end) {
    }

    /** True when a unit noun phrase starts at {@code pos} (spaces skipped). */
    static boolean startsWithUnit(String folded, int pos) {
        return pos < folded.length()
                && UNIT_START.matcher(folded).region(pos, folded.length()).useTransparentBounds(true).lookingAt();
    }

    /**
     * The unit that opens a sentence or item ("2. Văn phòng Sở có trách nhiệm …" → "Văn phòng Sở"), after any item
     * number, bullet or "Đề nghị"; null when the sentence does not start with a unit noun.
     */
    static Span leading(String folded, int from, int limit) {
        Matcher lead = LEAD_IN.matcher(folded).region(from, limit);
        int pos = lead.lookingAt() ? lead.end() : from;
        return phraseAt(folded, pos, limit, null);
    }

    /** Where the words of an item start: after its number, bullet, markup and "Đề nghị" / "Giao". */
    static int afterLeadIn(String folded, int from, int limit) {
        Matcher lead = LEAD_IN.matcher(folded).region(from, limit);
        int pos = lead.lookingAt() ? lead.end() : from;
        while (pos < limit && folded.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    /** True when a verb of {@link #VERBS} starts at {@code pos} (spaces skipped). */
    private static boolean verbAt(String folded, int pos, int limit) {
        while (pos < limit && folded.charAt(pos) == ' ') {
            pos++;
        }
        return pos < limit && VERB_AT.matcher(folded).region(pos, limit).lookingAt();
    }

    /**
     * The words an item opens with (after its number, bullet, "Đề nghị"), up to its first verb, colon, bracket or
     * clause end, at most {@link #MAX_WORDS} words: whom the item addresses, unit or not ("Đồng chí Trưởng Ban xây
     * dựng Đảng - Trưởng Tiểu ban", "Doanh nghiệp, cộng đồng", "Kinh phí"); null when the item opens with a verb
     * ("Tổ chức tuyên truyền …").
     */
    static Span opening(String folded, int from, int limit) {
        int pos = afterLeadIn(folded, from, limit);
        if (pos >= limit || verbAt(folded, pos, limit)) {
            return null;
        }
        int end = within(folded, pos, limit);
        Matcher m = SUBJECT_END.matcher(folded).region(pos, end).useTransparentBounds(true);
        while (m.find()) {
            if (m.start() == pos) {
                continue;
            }
            String before = folded.substring(Math.max(pos, m.start() - 12), m.start());
            if (Character.isLetter(folded.charAt(m.start())) && NOT_A_VERB_AFTER.matcher(before).find()) {
                continue; // "Ban xây dựng Đảng", "các tổ chức"
            }
            end = m.start();
            break;
        }
        end = capWords(folded, pos, end);
        end = trimEnd(folded, pos, end);
        return end > pos ? new Span(pos, end) : null;
    }

    /** The unit phrase at {@code pos}, ending at the first stop (or {@code extraStops}); null if none starts there. */
    static Span phraseAt(String folded, int pos, int limit, Pattern extraStops) {
        while (pos < limit && folded.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= limit || !UNIT_START.matcher(folded).region(pos, limit).lookingAt()) {
            return null;
        }
        int end = stop(folded, pos, within(folded, pos, limit), extraStops);
        end = capWords(folded, pos, end);
        end = trimEnd(folded, pos, end);
        return end > pos ? new Span(pos, end) : null;
    }

    /** The original text of a span, on one line. */
    static String text(String original, Span s) {
        return s == null ? null : oneLine(original.substring(s.start(), s.end()));
    }

    /**
     * {@link CiteText#oneLine}: runs of regex white space ({@code \\s+}) to one space, then {@code trim()}; a text
     * whose only white space is single spaces, as most names are, is only trimmed.
     */
    static String oneLine(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            clean = c == ' ' ? i + 1 >= s.length() || s.charAt(i + 1) != ' ' : !vn.plancheck.text.Regex.isSpace(c);
        }
        if (clean) {
            return s.trim();
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!vn.plancheck.text.Regex.isSpace(c)) {
                b.append(c);
                inRun = false;
            } else if (!inRun) {
                b.append(' ');
                inRun = true;
            }
        }
        return b.toString().trim();
    }

    private static int stop(String folded, int pos, int limit, Pattern extraStops) {
        int end = limit;
        Matcher m = STOP.matcher(folded).useTransparentBounds(true);
        // the phrase's chars, and the one before it that the stops' look-behind reads
        int base = Math.max(0, pos - 1);
        char[] chars = new char[limit - base];
        folded.getChars(base, limit, chars, 0);
        for (int from = pos; STOP_STARTS.find(m, chars, base, from, limit); from = m.end()) {
            if (m.start() == pos) {
                continue; // the phrase's own first word can never end it
            }
            String before = folded.substring(Math.max(pos, m.start() - 12), m.start());
            if (Character.isLetter(folded.charAt(m.start())) && NOT_A_VERB_AFTER.matcher(before).find()) {
                continue;
            }
            end = m.start();
            break;
        }
        if (extraStops != null) {
            Matcher x = extraStops.matcher(folded).region(pos, end).useTransparentBounds(true);
            if (x.find() && x.start() > pos) {
                end = x.start();
            }
        }
        return end;
    }

    /** Words past the cap a stop may still start in: the longest stop phrase ("chịu trách nhiệm") fits. */
    private static final int STOP_SLACK_WORDS = 8;

    /**
     * Where a phrase at {@code pos} must have ended: a few words past the {@link #MAX_WORDS} cap (or {@code limit}).
     * A stop further on cannot change the phrase, which {@link #capWords} cuts at the cap, so looking for one there
     * only costs time: on a line of a megabyte without stops, the whole rest of the line for every phrase.
     */
    private static int within(String folded, int pos, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = pos; i < limit; i++) {
            boolean space = folded.charAt(i) == ' ';
            if (!space && !inWord && ++words > MAX_WORDS + STOP_SLACK_WORDS) {
                return i;
            }
            inWord = !space;
        }
        return limit;
    }

    /** Keeps at most {@link #MAX_WORDS} words, cutting at the last comma or "và" inside the cap when it can. */
    private static int capWords(String folded, int pos, int end) {
        int words = 0;
        boolean inWord = false;
        int capAt = -1;
        for (int i = pos; i < end; i++) {
            boolean space = folded.charAt(i) == ' ';
            if (!space && !inWord && ++words > MAX_WORDS) {
                capAt = i;
                break;
            }
            inWord = !space;
        }
        if (capAt < 0) {
            return end;
        }
        String head = folded.substring(pos, capAt);
        int cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(" VA "));
        return cut > 0 ? pos + cut : capAt;
    }

    private static int trimEnd(String folded, int pos, int end) {
        int e = end;
        while (e > pos) {
            if (!endsWithTerminator(folded, e)) {
                int cut = trimmedOnce(folded, pos, e);
                if (cut < 0) {
                    break;
                }
                e = cut;
                continue;
            }
            // "$" may also match before a line terminator that ends the text: left to the patterns
            String t = folded.substring(pos, e);
            Matcher p = TRAILING_PUNCT.matcher(t);
            Matcher w = TRAILING_WORD.matcher(t);
            if (p.find()) {
                e = pos + p.start();
            } else if (w.find()) {
                e = pos + w.start();
            } else {
                break;
            }
        }
        return e;
    }

    /** Whether the char before {@code e} is one before which "$" matches too (it ends the text at {@code e}). */
    private static boolean endsWithTerminator(String s, int e) {
        char c = s.charAt(e - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * One step of {@link #trimEnd} on a text [pos, e) that does not end in a line terminator, so that "$" is its
     * end: where {@link #TRAILING_PUNCT} starts (the run of its chars that ends the text), else where
     * {@link #TRAILING_WORD} starts; -1 when neither ends the text.
     */
    private static int trimmedOnce(String f, int pos, int e) {
        int p = e;
        while (p > pos && isTrailingPunct(f.charAt(p - 1))) {
            p--;
        }
        if (p < e) {
            return p;
        }
        if (e - pos >= 4 && vn.plancheck.text.Regex.isSpace(f.charAt(e - 4))
                && (f.startsWith("CUA", e - 3) || f.startsWith("CAC", e - 3) || f.startsWith("VOI", e - 3))) {
            return e - 4;
        }
        if (e - pos >= 3 && vn.plancheck.text.Regex.isSpace(f.charAt(e - 3)) && f.startsWith("VA", e - 2)) {
            return e - 3;
        }
        return -1;
    }

    /** A char of {@link #TRAILING_PUNCT}'s class {@code [\\s,;:\\-–&(/*_]}. */
    private static boolean isTrailingPunct(char c) {
        return vn.plancheck.text.Regex.isSpace(c) || ",;:-–&(/*_".indexOf(c) >= 0;
    }
}
