package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import vn.plancheck.text.VietDates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;

/**
 * Finds citations of legal and administrative documents: "Công văn số 982/LĐTBXH-CTE ngày 12/3/2024 của Bộ Lao
 * động - Thương binh và Xã hội", "Chỉ thị 28-CT/TW", OCR "K& hoach s6 16/KH-LDTB&XH ngay 23/01/2024 cta S¢ …",
 * and laws by name and year ("Luật Trẻ em năm 2016").
 *
 * <p>All matching runs on {@link CiteText#foldKeep folded} text of the whole document joined into one stream, so a
 * citation broken across lines ("273-\nKH/TU", "ngày\n\n17/7/2017") matches like any other, and OCR damage to
 * diacritics disappears. A citation other than a law by name must carry a number and a symbol: that is what keeps
 * "Kế hoạch này", "kế hoạch cụ thể" and programme names out. Stateless and thread-safe.
 */
public final class CitationExtractor {

    /** Type code and the folded, OCR-tolerant spelling of the type name. Longer names before their prefixes. */
    private static final String[][] TYPES = {
        {"BO_LUAT", "B[O0-9]\\s*LU[A@~]?T"},
        {"NGHI_QUYET", "NGH[I1L]\\s*QUY[E€]T"},
        {"NGHI_DINH", "NGH[I1L]\\s*D[I1LJ]NH"},
        {"QUYET_DINH", "QUY[E€]T\\s*D[I1LJ]NH"},
        {"QUY_DINH", "QUY\\s*D[I1LJ]NH"},
        {"CHI_THI", "CH[I1L]\\s*TH[I1LJ]"},
        {"THONG_TU", "TH[O0]NG\\s*T[UW]"},
        {"THONG_BAO", "TH[O0]NG\\s*B[A@]O"},
        {"CONG_VAN", "C[O0]NG\\s*V[A@]N"},
        // "Kế hoạch" is the most damaged by OCR: "K€ hoach", "K& hoach", "Ké& hoach", "K¢é hoach", "K~ hO~lCh".
        {"KE_HOACH", "K[^\\sA-Z0-9]{0,2}E?[^\\sA-Z0-9]{0,2}\\s*H[O0][^\\s]{0,3}CH"},
        {"HUONG_DAN", "HU[O0E]?[^\\s]?NG\\s*D[A@]N"},
        {"CHUONG_TRINH", "CH[UW][^\\s]?[O0E]?NG\\s*TR[I1]\\s?NH"},
        {"DE_AN", "D[E€]\\s+[A@]N"},
        {"LUAT", "LU[A@~]T"},
    };
    private static final Pattern[] TYPE_PATTERNS = new Pattern[TYPES.length];
    private static final String TYPE_ANY;

    static {
        StringBuilder b = new StringBuilder("(?<![A-Z0-9])(?:");
        for (int i = 0; i < TYPES.length; i++) {
            TYPE_PATTERNS[i] = Pattern.compile(TYPES[i][1]);
            b.append(i == 0 ? "" : "|").append(TYPES[i][1]);
        }
        TYPE_ANY = b.append(")(?![A-Z])").toString();
    }

    /** "số", "so", OCR "s6", "sb", "sd", "sé", "s" before the number. */
    private static final String SO = "(?:S[O0-9BDE]?\\s*[.:]?\\s*)?";
    /**
     * Number, separator, symbol. The symbol may open with a year ("2017/NĐ-CP") and may hold "&" ("LĐTB&XH").
     * A space is allowed after a separator because a line break joined as a space can fall there ("273- KH/TU").
     */
    private static final String NUMSYM =
            "(\\d{1,5})\\s?[/\\-]\\s?((?:(?:19|20)\\d{2}\\s?/\\s?)?[A-Z&][A-Z0-9&]*(?:(?:\\s-(?=[A-Z])|[\\-/]\\s?)[A-Z0-9&]+){0,6})";
    private static final Pattern CITATION = Pattern.compile("(" + TYPE_ANY + ")\\s*" + SO + NUMSYM);
    /** The first two letters of the type names of {@link #TYPES} (any second one after K), at the start of a word. */
    private static final Starts CITATION_STARTS = new Starts(true, "BO0123456789", "NG", "QU", "CHO0", "TH", "K", "HU", "DE€", "LU");
    /**
     * Where a type name of {@link #TYPES} can stand, by the chars after the two that {@link #CITATION_STARTS} checks:
     * most words that open like one ("THÀNH", "NGÀY", "CHỦ", "CÔNG TÁC", "KHI", "ĐỂ") fail here instead of in the
     * pattern. Each test is a loose reading of the names that begin with those letters, so it never rejects a start
     * where {@link #CITATION} could match.
     */
    private static boolean mayOpenType(char[] s, int p) {
        switch (s[p]) {
            case 'B':       // B[O0-9]\s*LU…
                return at(s, skipSpaces(s, p + 2)) == 'L';
            case 'N':       // NGH[I1L]\s*(QUY|D…)
                return at(s, p + 2) == 'H' && isOneOf(at(s, p + 3), "I1L") && isOneOf(at(s, skipSpaces(s, p + 4)), "QD");
            case 'Q':       // QUY[E€]T… or QUY\s*D…
                return at(s, p + 2) == 'Y' && (isOneOf(at(s, p + 3), "E\u20AC") && at(s, p + 4) == 'T'
                        || at(s, skipSpaces(s, p + 3)) == 'D');
            case 'C':       // CH[I1L]\s*TH…, CH[UW]…, C[O0]NG\s*V…
                if (at(s, p + 1) == 'H') {
                    char c = at(s, p + 2);
                    int q = skipSpaces(s, p + 3);
                    return c == 'U' || c == 'W' || isOneOf(c, "I1L") && at(s, q) == 'T' && at(s, q + 1) == 'H';
                }
                return at(s, p + 2) == 'N' && at(s, p + 3) == 'G' && at(s, skipSpaces(s, p + 4)) == 'V';
            case 'T':       // TH[O0]NG\s*(T|B)…
                return isOneOf(at(s, p + 2), "O0") && at(s, p + 3) == 'N' && at(s, p + 4) == 'G'
                        && isOneOf(at(s, skipSpaces(s, p + 5)), "TB");
            case 'K':       // K, signs, maybe E, signs, spaces, H[O0]: nothing but E between K and H is a letter or digit
                return mayOpenKeHoach(s, p);
            case 'H':       // HU[O0E]?[^\s]?NG: the NG is 2 to 4 chars after H
                return isNg(s, p + 2) || isNg(s, p + 3) || isNg(s, p + 4);
            case 'D':       // D[E€]\s+[A@]N
                return Regex.isSpace(at(s, p + 2)) && isOneOf(at(s, skipSpaces(s, p + 2)), "A@")
                        && at(s, skipSpaces(s, p + 2) + 1) == 'N';
            case 'L':       // LU[A@~]T
                return isOneOf(at(s, p + 2), "A@~") && at(s, p + 3) == 'T';
            default:
                return true;
        }
    }

    /** {@link #mayOpenType} for "K…E…HO…CH", OCR's "K€ hoach", "K& hoach", "Ké& hoach", "K~ hO~lCh". */
    private static boolean mayOpenKeHoach(char[] s, int p) {
        int q = skipOthers(s, p + 1);
        if (at(s, q) == 'E') {
            q = skipOthers(s, q + 1);
        }
        return at(s, q) == 'H' && isOneOf(at(s, q + 1), "O0");
    }

    /** Where a law by name ({@link #LAW_BY_NAME}: "(B[O0-9]\s+)?LU[A@~]T\s+") can stand; see {@link #mayOpenType}. */
    private static boolean mayOpenLaw(char[] s, int p) {
        int q = p;
        if (s[p] == 'B') {
            if (!Regex.isSpace(at(s, p + 2))) {
                return false;
            }
            q = skipSpaces(s, p + 2);
            if (at(s, q) != 'L' || at(s, q + 1) != 'U') {
                return false;
            }
        }
        return isOneOf(at(s, q + 2), "A@~") && at(s, q + 3) == 'T' && Regex.isSpace(at(s, q + 4));
    }

    /**
     * The word starts where {@link #CITATION} and where {@link #LAW_BY_NAME} may match, found in one pass over the
     * folded text (a scan of every char costs as much as the matching itself under C1, and there were two): both
     * patterns begin a word with a capital, and the tests are {@link Starts#mayBegin} and {@link #mayOpenType} or
     * {@link #mayOpenLaw}, so the candidates are those {@code Starts.find} would try the pattern at.
     */
    private static void scan(char[] s, Candidates types, Candidates laws) {
        int n = s.length;
        for (int p = 0; p < n; p++) {
            if (!Starts.isUpperOrDigit(s[p])) {
                continue;
            }
            switch (s[p]) {
                case 'B', 'L' -> {   // the first chars of both patterns' starts
                    if (CITATION_STARTS.mayBegin(s, p) && mayOpenType(s, p)) {
                        types.add(p);
                    }
                    if (LAW_STARTS.mayBegin(s, p) && mayOpenLaw(s, p)) {
                        laws.add(p);
                    }
                }
                case 'N', 'Q', 'C', 'T', 'K', 'H', 'D' -> {   // the other first chars of CITATION_STARTS
                    if (CITATION_STARTS.mayBegin(s, p) && mayOpenType(s, p)) {
                        types.add(p);
                    }
                }
                default -> {
                    // no type name begins with another char
                }
            }
            while (p + 1 < n && Starts.isUpperOrDigit(s[p + 1])) {
                p++;     // the rest of the word: no match begins after a letter or digit
            }
        }
    }

    /** Ascending offsets where a pattern may match, tried in turn as {@link Starts#find} would try them. */
    private static final class Candidates {
        private final char[] text;
        private int[] at = new int[16];
        private int size;
        /** The first candidate not tried yet. */
        private int next;

        Candidates(char[] text) {
            this.text = text;
        }

        void add(int p) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * size);
            }
            at[size++] = p;
        }

        /** {@code Starts.find(m, text, from)} over the candidates: the first match at one at or after {@code from}. */
        boolean find(Matcher m, int from) {
            while (next > 0 && at[next - 1] >= from) {
                next--;     // the callers never go back; should one, it is answered as Starts.find would
            }
            for (; next < size; next++) {
                int p = at[next];
                if (p >= from) {
                    m.region(p, text.length);
                    if (m.lookingAt()) {
                        next++;
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The char at {@code i}, or 0 past the end. */
    private static char at(char[] s, int i) {
        return i < s.length ? s[i] : 0;
    }

    private static boolean isOneOf(char c, String chars) {
        return c != 0 && chars.indexOf(c) >= 0;
    }

    private static boolean isNg(char[] s, int i) {
        return at(s, i) == 'N' && at(s, i + 1) == 'G';
    }

    /** The first index at or after {@code i} that is not white space ({@code \s}). */
    private static int skipSpaces(char[] s, int i) {
        int q = i;
        while (q < s.length && Regex.isSpace(s[q])) {
            q++;
        }
        return q;
    }

    /** The first index at or after {@code i} that holds a capital or a digit (or the end). */
    private static int skipOthers(char[] s, int i) {
        int q = i;
        while (q < s.length && !(s[q] >= 'A' && s[q] <= 'Z' || s[q] >= '0' && s[q] <= '9')) {
            q++;
        }
        return q;
    }

    /** "Nghị định số 56/2017/NĐ-CP và 80/2017/NĐ-CP": a further number of the same type. */
    private static final Pattern CONTINUATION = Pattern.compile("\\s*(?:,|VA)\\s*(?:SO\\s*)?" + NUMSYM);
    /**
     * A law by name: "Luật Trẻ em năm 2016", "Luật Trẻ em 2016", "Luật Trẻ em số 102/2016/QH13", "Luật Tổ chức Chính phủ
     * ngày 18 tháng 02 năm 2025" (the date read by {@link #date}).
     */
    private static final String NAME_WORD = "(?:(?!LU[A@~]T(?![A-Z]))[^\\s\\d;.:()\\[\\]\"“”]+)";
    private static final Pattern LAW_BY_NAME = Pattern.compile(
            "(?<![A-Z0-9])((?:B[O0-9]\\s+)?LU[A@~]T)\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,7}?)\\s+"
            + "(?:(?:N\\S{1,3}M\\s+)?((?:19|20)\\d{2})(?![\\d/])|" + SO + "(\\d{1,5})\\s?/\\s?((?:19|20)\\d{2}"
            + "\\s?/\\s?[A-Z0-9&\\-]+)|(?=NG[A-Z@]{1,2}Y\\s*\\d))");
    private static final Starts LAW_STARTS = new Starts(true, "BO0123456789", "LU");
    private static final Pattern DATE_INTRO = Pattern.compile("\\s*[,(]?\\s*(?:BAN HANH\\s+)?NG[A-Z@]{1,2}Y\\s*");
    /** "của", OCR "cua", "cta", "ctia", "ciia", "caa", "clla". */
    private static final Pattern ISSUER_INTRO = Pattern.compile("\\s*[,)]?\\s*C[A-Z1]{1,2}A\\s+");
    /** Where an issuer's name ends: punctuation, or the summary starting ("về", "quy định", "ban hành" …). */
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "[,;:()“”\"]|\\.(?!\\d)|\\s(?:V[E€~S5](?![A-Z0-9])|V/V|QUY\\s+D[I1]NH|BAN\\s+HANH|"
            + "HU\\S{0,2}NG\\s+D\\S{1,2}N|TRI\\S{0,3}N\\s+KHAI|NGAY|SO(?=\\s*\\d)|TH\\S{1,3}C\\s+HI\\S{1,2}N|"
            + "PHE\\s+DUYET|NHAM|DE(?!\\s+AN)|DOI\\s+VOI)(?![A-Z])"
            // "… Thủ tướng Chính phủ và Quyết định số …": another document (outside the group, whose closing test would
            // see the type's first letter)
            + "|\\sVA\\s+(?=" + TYPE_ANY + ")");
    /** How far before a citation its issuer may be named. */
    private static final int ISSUER_LOOKBACK = 90;
    /** An issuer, then the verb that says it issued what follows, then "tại"/"theo", right before the citation. */
    private static final String ISSUER_NAMES = "(?:THU TUONG CHINH PHU|CHINH PHU|QUOC HOI|UY BAN THUONG VU QUOC HOI|BO CHINH TRI"
            + "|BAN BI THU|VAN PHONG CHINH PHU|BO(?:\\s+-?\\s*[A-Z]+){1,9}?|(?:UBND|UY BAN NHAN DAN|HDND|HOI DONG NHAN DAN)(?:\\s+[A-Z]+){1,4}?"
            + "|SO(?:\\s+-?\\s*[A-Z]+){1,7}?|(?:TINH|THANH|HUYEN|DANG) UY(?:\\s+[A-Z]+){0,3}?)";
    private static final Pattern ISSUER_BEFORE = Pattern.compile("(?:^|\\s)(" + ISSUER_NAMES + ")"
            + "\\s+(?:DA\\s+)?(?:BAN HANH|PHE DUYET|HUONG DAN|QUY DINH|CHI DAO|GIAO)?\\s*(?:TAI|THEO)\\s*$");
    /**
     * A list of documents led in by their issuer: "theo các Quyết định của Thủ tướng Chính phủ: Quyết định số …; Quyết
     * định số …". The issuer is named once, for every document up to the end of the sentence.
     */
    private static final Pattern ISSUER_LEADS_LIST = Pattern.compile("(?:^|\\s)C[A-Z1]{1,2}A\\s+(" + ISSUER_NAMES + ")\\s*:\\s*$");
    /** How far before a list's first document its lead-in may end. */
    private static final int LIST_LOOKBACK = 120;
    private static final Pattern YEAR_IN_SYMBOL = Pattern.compile("^((?:19|20)\\d{2})\\s?/");
    private static final int MAX_ISSUER_WORDS = 15;

    public List<Citation> extract(List<SourceLine> lines, int basisEndLine) {
        List<Citation> out = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            return out;
        }
        CiteText.Joined j = new CiteText.Joined(lines);
        Candidates types = new Candidates(j.foldedChars());
        Candidates laws = new Candidates(j.foldedChars());
        scan(j.foldedChars(), types, laws);
        List<int[]> spans = new ArrayList<>();
        Matcher m = CITATION.matcher(j.folded).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        ListLead lead = null;
        while (types.find(m, from)) {
            from = m.end();
            if (isTitle(j, m.start(1), m.end(1)) || letters(m.group(3)) < 2) {
                continue;
            }
            String code = typeCode(m.group(1));
            String typeName = j.slice(m.start(1), m.end(1));
            Citation c = numbered(j, code, typeName, m.start(2), m.start(3), m.end(3));
            int end = tail(j, c, m.end(3));
            if (c.getIssuer() == null) {
                issuerBefore(j, c, m.start(1));
            }
            if (c.getIssuer() == null) {
                lead = lead != null && m.start(1) < lead.end() ? lead : listLead(j, m.start(1));
                if (lead != null) {
                    c.setIssuer(lead.issuer());
                }
            }
            finish(j, c, m.start(1), end, basisEndLine, out, spans);
            end = continuations(j, code, typeName, end, basisEndLine, out, spans);
            from = Math.max(end, m.end());
        }
        lawsByName(j, laws, basisEndLine, out, spans);
        // Document order: numbered citations and laws by name were found in two passes.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> spans.get(i)[0]));
        List<Citation> sorted = new ArrayList<>(out.size());
        for (int i : order) {
            sorted.add(out.get(i));
        }
        return sorted;
    }

    /** Further numbers of the same type after "," or "và", each with its own date and issuer. */
    private int continuations(CiteText.Joined j, String code, String typeName, int pos, int basisEndLine,
            List<Citation> out, List<int[]> spans) {
        Matcher c = CONTINUATION.matcher(j.folded);
        int end = pos;
        while (end < j.folded.length() && c.region(end, j.folded.length()).lookingAt() && letters(c.group(2)) >= 2) {
            Citation more = numbered(j, code, typeName, c.start(1), c.start(2), c.end(2));
            int e = tail(j, more, c.end(2));
            finish(j, more, c.start(1), e, basisEndLine, out, spans);
            end = e;
        }
        return end;
    }

    private static Citation numbered(CiteText.Joined j, String code, String typeName, int numStart, int symStart,
            int symEnd) {
        Citation c = new Citation();
        c.setDocType(code);
        c.setDocTypeName(typeName);
        String symbol = compact(j.text.substring(symStart, symEnd));
        String number = Regex.replaceAll(j.folded.substring(numStart, symStart), "[^0-9]", "");
        String sep = j.folded.substring(numStart, symStart).contains("-") ? "-" : "/";
        c.setNumber(number);
        c.setSymbol(symbol);
        c.setNumberSymbol(number + sep + symbol);
        if ("LUAT".equals(code) || "BO_LUAT".equals(code)) {
            Matcher y = YEAR_IN_SYMBOL.matcher(symbol);
            if (y.find()) {
                c.setLawYear(Integer.parseInt(y.group(1)));
            }
        }
        return c;
    }

    /** Laws cited by name ("Luật Trẻ em năm 2016"), skipping text already taken by a numbered citation. */
    private void lawsByName(CiteText.Joined j, Candidates laws, int basisEndLine, List<Citation> out, List<int[]> spans) {
        Matcher m = LAW_BY_NAME.matcher(j.folded).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (laws.find(m, from)) {
            from = m.end();
            int start = m.start(1);
            // "pháp luật", "luật" in running text are not citations; a cited law is written with a capital.
            if (!Character.isUpperCase(j.text.charAt(start)) || overlaps(spans, start, m.end())) {
                continue;
            }
            Citation c = new Citation();
            boolean code = j.folded.substring(start, m.end(1)).startsWith("B");
            c.setDocType(code ? "BO_LUAT" : "LUAT");
            c.setDocTypeName(j.slice(start, m.end(1)));
            c.setLawName(j.slice(start, m.end(2)));
            int end = m.end();
            if (m.group(3) != null) {
                c.setLawYear(Integer.parseInt(m.group(3)));
            } else if (m.group(4) == null) {
                end = date(j, c, m.end(2)); // "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025": passed on that day
                if (c.getDate() == null) {
                    continue;
                }
                c.setLawYear(c.getDate().getYear());
            } else {
                String symbol = compact(j.text.substring(m.start(5), m.end(5)));
                c.setNumber(m.group(4));
                c.setSymbol(symbol);
                c.setNumberSymbol(m.group(4) + "/" + symbol);
                c.setLawYear(Integer.parseInt(m.group(5).substring(0, 4)));
                end = tail(j, c, end);
            }
            finish(j, c, start, end, basisEndLine, out, spans);
        }
    }

    /** Reads the date and issuer that follow a number; returns where the citation ends. */
    private static int tail(CiteText.Joined j, Citation c, int pos) {
        int end = pos;
        end = date(j, c, end);
        Matcher im = ISSUER_INTRO.matcher(j.folded).region(end, j.folded.length());
        if (end < j.folded.length() && im.lookingAt()) {
            int from = im.end();
            int to = issuerEnd(j.folded, from);
            String issuer = trimIssuer(j.slice(from, to));
            if (!issuer.isEmpty()) {
                c.setIssuer(issuer);
                end = from + j.text.substring(from, to).stripTrailing().length();
                if (c.getDateText() == null) {
                    end = date(j, c, end); // "… của UBND tỉnh ngày 11/4/2024"
                }
            }
        }
        return end;
    }

    /**
     * The issuer named before the citation: "Thủ tướng Chính phủ phê duyệt tại Quyết định số …", "hướng dẫn của Bộ
     * Nội vụ tại Công văn số …". The words between the issuer and the document say that it issued it.
     */
    private static void issuerBefore(CiteText.Joined j, Citation c, int typeStart) {
        int from = Math.max(0, typeStart - ISSUER_LOOKBACK);
        Matcher b = ISSUER_BEFORE.matcher(j.folded.substring(from, typeStart));
        if (b.find()) {
            String issuer = trimIssuer(j.slice(from + b.start(1), from + b.end(1)));
            if (!issuer.isEmpty()) {
                c.setIssuer(issuer);
            }
        }
    }

    /** The issuer a list of documents was led in with, and where the list ends (its sentence's end). */
    private record ListLead(String issuer, int end) {
    }

    /** The lead-in ending right before the document at {@code typeStart} ("… của Thủ tướng Chính phủ:"), or null. */
    private static ListLead listLead(CiteText.Joined j, int typeStart) {
        int from = Math.max(0, typeStart - LIST_LOOKBACK);
        Matcher b = ISSUER_LEADS_LIST.matcher(j.folded.substring(from, typeStart));
        if (!b.find()) {
            return null;
        }
        String issuer = trimIssuer(j.slice(from + b.start(1), from + b.end(1)));
        if (issuer.isEmpty()) {
            return null;
        }
        int end = typeStart;
        while (end < j.folded.length() && !(j.folded.charAt(end) == '.' && (end + 1 == j.folded.length()
                || j.folded.charAt(end + 1) == ' '))) {
            end++;
        }
        return new ListLead(issuer, end);
    }

    private static int date(CiteText.Joined j, Citation c, int pos) {
        if (pos >= j.folded.length()) {
            return pos;
        }
        Matcher dm = DATE_INTRO.matcher(j.folded).region(pos, j.folded.length());
        if (!dm.lookingAt()) {
            return pos;
        }
        VietDates.Found d = VietDates.at(j.folded, dm.end(), null);
        if (d == null) {
            return pos;
        }
        c.setDate(d.date());
        c.setDateValid(d.valid());
        c.setDateText(j.slice(d.start(), d.end()));
        return d.end();
    }

    private static int issuerEnd(String folded, int from) {
        Matcher s = ISSUER_STOP.matcher(folded).region(from, folded.length());
        int stop = s.find() ? s.start() : folded.length();
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < stop; i++) {
            boolean space = folded.charAt(i) == ' ';
            if (!space && !inWord && ++words > MAX_ISSUER_WORDS) {
                return i;
            }
            inWord = !space;
        }
        return stop;
    }

    /** Drops connectors left dangling at the end of an issuer ("… Xã hội và", "… tỉnh -"). */
    private static String trimIssuer(String s) {
        String t = s.strip();
        String prev;
        do {
            prev = t;
            t = Regex.replaceAll(Regex.replaceAll(t, "(?i)[\\s,;:\\-–&]+$", ""), "(?iu)\\s+(và|va)$", "").strip();
        } while (!t.equals(prev));
        return t;
    }

    private static void finish(CiteText.Joined j, Citation c, int start, int end, int basisEndLine,
            List<Citation> out, List<int[]> spans) {
        c.setLine(j.lineAt(start));
        c.setBasis(c.getLine() < basisEndLine);
        c.setText(Regex.replaceAll(j.slice(start, end), "[\\s,;:]+$", ""));
        out.add(c);
        spans.add(new int[] {start, end});
    }

    /** A type name in capitals alone at the end of its line is the plan's own title ("KẾ HOẠCH"), not a citation. */
    private static boolean isTitle(CiteText.Joined j, int typeStart, int typeEnd) {
        String t = j.text.substring(typeStart, typeEnd);
        if (!t.equals(t.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return typeEnd + 1 < j.text.length() && j.lineAt(typeEnd + 1) != j.lineAt(typeStart);
    }

    private static String typeCode(String foldedType) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPE_PATTERNS[i].matcher(foldedType).matches()) {
                return TYPES[i][0];
            }
        }
        return "KE_HOACH";
    }

    private static boolean overlaps(List<int[]> spans, int a, int z) {
        for (int[] s : spans) {
            if (a < s[1] && z > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** Upper case, no spaces; Đ stays Đ. */
    private static String compact(String s) {
        return Regex.replaceAll(s, "\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
