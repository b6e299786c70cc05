package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.TemplateMark;

/**
 * Finds what may be left over from a model document in the title and body of a plan:
 * <ul>
 * <li>words joined by "/" ("Thành ủy/Tỉnh ủy", "Ủy ban nhân dân tỉnh/thành phố", "xã/phường/thị trấn"): every such
 * chain of words is a candidate; the rules' data (rules/data/template-words.csv) decides which are alternatives of
 * a level or a body, so "và/hoặc", "km/h", "T/M", "V/v", "b/c", "KH/TU" and "người/năm" never count;</li>
 * <li>blanks to fill in: a bracketed instruction ("[tên đơn vị]", "&lt;ngày&gt;"), "XXX", "20xx", a row of dots or
 * ellipses ("……", "........"), an ellipsis where a number or a date goes ("ngày … tháng … năm 20…", "…/KH-UBND",
 * "…/…/20…"), an ellipsis that is all a colon introduces ("Địa điểm: …"). An ellipsis that ends a list ("tuyên
 * truyền, vận động…") is not a blank, nor is "Phòng TC-KH/…".</li>
 * </ul>
 * Stateless.
 */
final class TemplateMarks {
    private static final String WORD = "[\\p{L}][\\p{L}\\p{M}]*";
    /** A chain of words joined by "/": each side one to three words, no digits. */
    private static final Pattern CHAIN = Pattern.compile(
            "(" + WORD + "(?:[ \\t]+" + WORD + "){0,2})[ \\t]*/[ \\t]*(" + WORD + "(?:[ \\t]+" + WORD + "){0,2})"
            + "(?:[ \\t]*/[ \\t]*" + WORD + "(?:[ \\t]+" + WORD + "){0,2})*");
    private static final int WORDS_BEFORE = 5;
    private static final int WORDS_AFTER = 3;

    private static final String DOTS = "(?:…+|\\.{3,})";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            // a bracketed instruction: "[tên đơn vị]", "<ngày>", "[…]"
            "[\\[<]\\s*(?:(?iu:tên|ghi|điền|nhập|số|ngày|tháng|năm|địa\\s+danh|địa\\s+chỉ|họ|đơn\\s+vị|cơ\\s+quan|chức\\s+vụ|nội\\s+dung)"
            + "[^\\]>\\[<]{0,40}|[.…xX\\s]{1,10})[\\]>](?!\\()"
            // "XXX", "xxx", "20XX", "XX/"
            + "|(?<![\\p{L}\\d])(?:X{3,}|x{3,}|(?:19|20)[Xx]{2}|[Xx]{2}(?=\\s*/))(?![\\p{L}\\d])"
            // a row of dots or ellipses
            + "|…{2,}|\\.{4,}|(?:…\\s*){2,}|(?:\\.{3}\\s*){2,}"
            // a hole in a date or a number
            + "|(?iu:ngày|tháng|năm)\\s*" + DOTS + "(?=\\s*(?:/|tháng|năm|\\d))"
            + "|(?<![\\p{L}\\d])(?:19|20)\\d?" + DOTS
            + "|" + DOTS + "\\s*/"
            + "|(?<=[\\d…]/)\\s*" + DOTS
            // all that a colon introduces
            + "|(?<=:)\\s*" + DOTS + "\\s*(?=$|[;.,]\\s*$|;)");

    private TemplateMarks() {
    }

    static List<TemplateMark> find(List<SourceLine> lines) {
        List<TemplateMark> out = new ArrayList<>();
        for (SourceLine l : lines) {
            String t = l.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (wordSlashWord(t)) {
                chains(t, l.number(), out);
            }
            char[] c = t.toCharArray(); // walked as an array: charAt of a UTF-16 string checks its index each time
            if (mayHoldPlaceholder(c)) {
                Matcher m = PLACEHOLDER.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                for (int from = 0; nextPlaceholder(m, c, from); from = m.end()) {
                    String text = m.group().strip();
                    if (!text.isEmpty()) {
                        out.add(new TemplateMark(TemplateMark.Kind.PLACEHOLDER, l.number(), text, List.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the line holds "…", "...", "[", "&lt;", "XX" or "xx", one of which every placeholder has: one walk of
     * the chars instead of six searches of the line.
     */
    private static boolean mayHoldPlaceholder(char[] c) {
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '…' || ch == '[' || ch == '<') {
                return true;
            }
            if (i + 1 < c.length && (ch == 'X' && c[i + 1] == 'X' || ch == 'x' && c[i + 1] == 'x'
                    || ch == '.' && c[i + 1] == '.' && i + 2 < c.length && c[i + 2] == '.')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code find()} of {@link #PLACEHOLDER} from {@code from} ({@code m} over the line whose chars are {@code c},
     * with transparent and without anchoring bounds), tried only where a match can begin (see
     * {@link #mayStartPlaceholder}). {@code find()} tries the long alternation at every char.
     */
    private static boolean nextPlaceholder(Matcher m, char[] c, int from) {
        for (int p = from; p < c.length; p++) {
            if (mayStartPlaceholder(c, p)) {
                m.region(p, c.length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a match of {@link #PLACEHOLDER} may begin at {@code p}: a bracket or an ellipsis; "XX" or "xx" (or
     * mixed); "19" or "20" then dots, an ellipsis or an X (a digit between); three dots; "ngày", "tháng" or "năm" in
     * any case (no other char folds to their letters) then dots or an ellipsis; or white space right after the "/" or
     * ":" its look-behinds ask for (the look-behind alternatives go on with white space or dots, tried above).
     */
    private static boolean mayStartPlaceholder(char[] c, int p) {
        char ch = c[p];
        char next = p + 1 < c.length ? c[p + 1] : '\0';
        switch (ch) {
            case '[', '<', '…':
                return true;
            case 'X', 'x':
                return next == 'X' || next == 'x';
            case '1':
                return next == '9' && yearHole(c, p + 2);
            case '2':
                return next == '0' && yearHole(c, p + 2);
            case '.':
                return next == '.' && p + 2 < c.length && c[p + 2] == '.';
            case 'n', 'N':
                return (dateWord(c, p, "ngày", "NGÀY") || dateWord(c, p, "năm", "NĂM"));
            case 't', 'T':
                return dateWord(c, p, "tháng", "THÁNG");
            default:
                return p > 0 && (c[p - 1] == '/' || c[p - 1] == ':') && Regex.isSpace(ch);
        }
    }

    /** After "19" or "20" at {@code i}: dots or an ellipsis, a digit then dots or an ellipsis, or an X ("20XX"). */
    private static boolean yearHole(char[] c, int i) {
        if (i < c.length && c[i] >= '0' && c[i] <= '9') {
            i++;
        } else if (i < c.length && (c[i] == 'X' || c[i] == 'x')) {
            return true;
        }
        return i < c.length && (c[i] == '.' || c[i] == '…');
    }

    /**
     * Whether the word at {@code p} is {@code lower} in any case (each char as in {@code lower} or {@code upper}) and,
     * white space aside, dots or an ellipsis follow it, as they do in every placeholder that opens with it.
     */
    private static boolean dateWord(char[] c, int p, String lower, String upper) {
        int n = lower.length();
        if (p + n > c.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (c[p + k] != lower.charAt(k) && c[p + k] != upper.charAt(k)) {
                return false;
            }
        }
        int q = p + n;
        while (q < c.length && Regex.isSpace(c[q])) {
            q++;
        }
        return q < c.length && (c[q] == '.' || c[q] == '…');
    }

    /** A "/" with a letter on each side (spaces aside): the cheap test before the regex; dates and numbers have none. */
    private static boolean wordSlashWord(String t) {
        for (int i = t.indexOf('/'); i >= 0; i = t.indexOf('/', i + 1)) {
            if (lettersAround(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "/" at {@code i} has a letter on each side, spaces and tabs aside. */
    private static boolean lettersAround(String t, int i) {
        int a = i - 1;
        while (a >= 0 && (t.charAt(a) == ' ' || t.charAt(a) == '\t')) {
            a--;
        }
        int z = i + 1;
        while (z < t.length() && (t.charAt(z) == ' ' || t.charAt(z) == '\t')) {
            z++;
        }
        return a >= 0 && z < t.length() && Character.isLetter(t.charAt(a)) && Character.isLetter(t.charAt(z));
    }

    /**
     * How far around a "/" a chain is looked for: three words before it, and the chain's further pieces after it.
     * The regex tries a match at every char, so it runs only near the slashes (a line of thousands of words with a
     * "/" somewhere would otherwise be matched word by word from its start).
     */
    private static final int CHAIN_REACH = 160;

    private static void chains(String t, int line, List<TemplateMark> out) {
        Matcher m = CHAIN.matcher(t);
        int done = 0;
        for (int slash = t.indexOf('/'); slash >= 0; slash = t.indexOf('/', slash + 1)) {
            if (slash < done || !lettersAround(t, slash)) {
                continue; // dates and numbers ("15/01/2026", "12/KH-UBND") have a digit on a side
            }
            int to = Math.min(t.length(), slash + CHAIN_REACH);
            while (to < t.length() && Character.isLetter(t.charAt(to))) {
                to++; // not in the middle of a word
            }
            m.region(Math.max(done, slash - CHAIN_REACH), to);
            if (!m.find()) {
                continue;
            }
            done = m.end();
            int start = m.start();
            int end = m.end();
            if (start > 0 && (Character.isLetterOrDigit(t.charAt(start - 1)) || "/-.:&".indexOf(t.charAt(start - 1)) >= 0)
                    || end < t.length() && (Character.isDigit(t.charAt(end)) || "/-.&".indexOf(t.charAt(end)) >= 0
                    && end + 1 < t.length() && !Character.isWhitespace(t.charAt(end + 1)))) {
                continue; // part of a path, a number or a symbol ("KH/TU", "12/KH-UBND")
            }
            if (kindInParenthesisedList(t, start, end)) {
                continue;
            }
            String[] pieces = Regex.split(m.group(), "\\s*/\\s*");
            List<String> parts = new ArrayList<>();
            String before = wordsBefore(t, start, WORDS_BEFORE) + pieces[0];
            parts.add(before.strip());
            for (int i = 1; i < pieces.length - 1; i++) {
                parts.add(pieces[i].strip());
            }
            String last = pieces[pieces.length - 1];
            String[] lastWords = Regex.split((last + wordsAfter(t, end)).strip(), "\\s+");
            parts.add(String.join(" ", java.util.Arrays.copyOf(lastWords, Math.min(WORDS_AFTER, lastWords.length))));
            out.add(new TemplateMark(TemplateMark.Kind.ALTERNATIVE, line, m.group(), parts));
        }
    }

    /**
     * Whether the chain at [start, end) is a whole item of a list of three or more in parentheses: "(quốc gia, vùng,
     * tỉnh/thành phố, phường/xã, chuyên ngành)" lists kinds of things, one of which is "province or city"; a model
     * document's blank is a unit's name ("Ủy ban nhân dân tỉnh/thành phố"), with the body's noun before the chain.
     */
    static boolean kindInParenthesisedList(String t, int start, int end) {
        int open = t.lastIndexOf('(', start);
        int close = t.indexOf(')', end);
        if (open < 0 || close < 0 || t.lastIndexOf(')', start) > open || t.indexOf('(', end) >= 0 && t.indexOf('(', end) < close) {
            return false;
        }
        String inside = t.substring(open + 1, close);
        if (inside.chars().filter(c -> c == ',' || c == ';').count() < 2) {
            return false;
        }
        int itemStart = Math.max(Math.max(t.lastIndexOf(',', start), t.lastIndexOf(';', start)), open) + 1;
        int comma = t.indexOf(',', end);
        int semicolon = t.indexOf(';', end);
        int itemEnd = close;
        if (comma >= 0 && comma < itemEnd) {
            itemEnd = comma;
        }
        if (semicolon >= 0 && semicolon < itemEnd) {
            itemEnd = semicolon;
        }
        return t.substring(itemStart, start).isBlank() && t.substring(end, itemEnd).isBlank();
    }

    /** Up to {@code n} more words before {@code at} on the line (the chain's first piece may hold up to three). */
    private static String wordsBefore(String t, int at, int n) {
        String head = t.substring(Math.max(0, at - CHAIN_REACH), at);
        String[] w = Regex.split(head.strip(), "\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, w.length - n); i < w.length; i++) {
            if (!w[i].isEmpty()) {
                b.append(w[i]).append(' ');
            }
        }
        return b.toString();
    }

    private static final Pattern WORDS_AFTER_CHAIN = Pattern.compile("(?:\\s+" + WORD + "){0," + WORDS_AFTER + "}");

    private static String wordsAfter(String t, int at) {
        Matcher m = WORDS_AFTER_CHAIN.matcher(t).region(at, t.length());
        return m.lookingAt() ? m.group() : "";
    }
}
