package vn.plancheck.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.text.Regex;
import vn.plancheck.text.VietText;

/**
 * Joins hard-wrapped lines into logical lines. Web copies and PDF text break lines anywhere: inside the national
 * header ({@code **CỘNG HÒA XÃ HỘI} / {@code CHỦ NGHĨA VIỆT NAM**}), the date ({@code *Hà Tĩnh, ngày 19} /
 * {@code tháng 11 năm 2025*}), the number ({@code Số:} / {@code 7360/KH-UBND}), a heading ({@code **I. MỤC ĐÍCH,}
 * / {@code YÊU CẦU**}), the signature and every sentence. Three kinds of evidence decide, strongest first:
 * <ol>
 *   <li>markup: an emphasis span still open at the end of a line goes on (at most a few lines);</li>
 *   <li>the header's own grammar: "Số:" waits for its number, "ngày 19" for "tháng 11 năm 2025";</li>
 *   <li>in a document that is hard-wrapped (many lines go on with a lower-case word), a line without final
 *       punctuation goes on unless the next one starts an item, a heading or a new paragraph (indented, in text
 *       laid out by position).</li>
 * </ol>
 * A document whose lines are its paragraphs (a clean text export) is not wrapped, and only the first two apply.
 */
final class Wraps {
    /** An emphasis span left open joins at most this many lines: a stray mark must not swallow a page. */
    private static final int MAX_EMPHASIS_LINES = 6;
    /** A logical line is not made of more physical lines than this. */
    private static final int MAX_LINES = 40;
    /** Share of lines that go on with a lower-case word above which a document is taken as hard-wrapped. */
    private static final double WRAPPED_SHARE = 0.04;
    /** Where a new item, heading or paragraph starts; never a continuation. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\*{0,3}\\s*(?:[-+•–—*]\\s"
            + "|\\(?[0-9]{1,2}(?:\\.[0-9]{1,2}){0,3}[.)]\\s*\\S|[0-9]{1,2}\\s?-\\s"
            + "|\\(?[a-zđ][.)]\\s"
            + "|[IVXL]{1,5}\\s*[.)/]\\s*\\S"
            + "|(?:Điều|Chương|Mục|Phần|Căn cứ|CĂN CỨ|Nơi nhận|NƠI NHẬN|Kính gửi|Phụ lục|PHỤ LỤC)(?![\\p{L}]))");
    private static final Pattern SYMBOL_CUT = Pattern.compile("/[\\p{Lu}0-9&]+-$");
    private static final Pattern SYMBOL_REST = Pattern.compile("^[\\p{Lu}]{2,}[\\p{Lu}0-9&]*([\\s,.;:)]|$)");
    private static final Pattern YEAR_END = Pattern.compile("(^|\\s)(19|20)\\d{2}$");
    private static final Pattern YEAR_RANGE_REST = Pattern.compile("^[-–]\\s*(19|20)\\d{2}(\\s|[,.;:]|$)");
    private static final Pattern NUMBER_WORD = Pattern.compile("(^|\\s)S[OÔ0]\\s*:?$");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(^|\\s)(NGAY|THANG)(\\s*[0-9]{1,2})?$");
    private static final Pattern NEXT_DATE_PART = Pattern.compile("^(THANG|NAM)\\b");
    /** How the first paragraph under a plan's title opens: its basis ("Căn cứ …", "Thực hiện …") or its aim ("Nhằm …"). */
    private static final Pattern BODY_OPENER = Pattern.compile("^(CAN CU|THUC HIEN|TRIEN KHAI|THEO|DE|NHAM)\\s");
    private static final List<String> CONNECTORS = Arrays.asList("VA", "CUA", "CHO", "VE", "TRONG", "TREN", "THEO",
            "VOI", "DEN", "TAI", "CAC", "NHUNG", "TU", "DE", "NHAM", "HOAC", "THUC HIEN", "GIAI DOAN");

    private Wraps() {
    }

    static List<SourceLine> join(List<Piece> pieces, Scratch scratch) {
        Context ctx = Context.of(pieces);
        List<SourceLine> out = new ArrayList<>(pieces.size());
        List<Piece> group = new ArrayList<>();
        Bare bare = new Bare();
        // whether a piece of the group has a '*': without one no emphasis is open, and the group's text is not joined to tell
        boolean starred = false;
        for (Piece p : pieces) {
            if (!group.isEmpty() && continues(group, starred, p, ctx, bare)) {
                group.add(p);
                starred |= Marks.has(p.marks(), Marks.STAR);
                continue;
            }
            flush(group, out, scratch);
            if (p.isText()) {
                group.add(p);
                starred = Marks.has(p.marks(), Marks.STAR);
            } else {
                out.add(SourceLine.logical("", List.of(p.source())));
            }
        }
        flush(group, out, scratch);
        return out;
    }

    /**
     * A piece's text without emphasis and trimmed, and folded, for the two pieces {@link #continues} compares: the
     * next piece of one call is the last of the following one, so each piece is stripped and folded once.
     */
    private static final class Bare {
        private Piece piece;
        private String text;
        private String folded;
        /** {@link #isUpper} of the text: 0 not asked yet, 1 no, 2 yes. */
        private byte upper;
        private Piece previous;
        private String previousText;
        private String previousFolded;
        private byte previousUpper;

        /** {@link Wraps#isUpper} of the piece's text, counted once (asked of a piece as the next and as the last). */
        boolean upper(Piece p) {
            at(p);
            if (p == piece) {
                if (upper == 0) {
                    upper = isUpper(text) ? (byte) 2 : 1;
                }
                return upper == 2;
            }
            if (previousUpper == 0) {
                previousUpper = isUpper(previousText) ? (byte) 2 : 1;
            }
            return previousUpper == 2;
        }

        String text(Piece p) {
            at(p);
            return p == piece ? text : previousText;
        }

        String folded(Piece p) {
            at(p);
            if (p == piece) {
                if (folded == null) {
                    folded = VietText.fold(text);
                }
                return folded;
            }
            if (previousFolded == null) {
                previousFolded = VietText.fold(previousText);
            }
            return previousFolded;
        }

        private void at(Piece p) {
            if (p == piece || p == previous) {
                return;
            }
            previous = piece;
            previousText = text;
            previousFolded = folded;
            previousUpper = upper;
            piece = p;
            text = bare(p).strip();
            folded = null;
            upper = 0;
        }
    }

    /** {@link Markup#stripEmphasis} of the piece's text, which is the text itself when it has no mark that call looks for. */
    private static String bare(Piece p) {
        return Marks.has(p.marks(), Marks.EMPHASIS) ? Markup.stripEmphasis(p.text()) : p.text();
    }

    private static boolean continues(List<Piece> group, boolean starred, Piece next, Context ctx, Bare bare) {
        if (group.size() >= MAX_LINES) {
            return false;
        }
        if (group.size() < MAX_EMPHASIS_LINES && starred && (next.isText() || Markup.isMarksOnly(next.text()))
                && Markup.emphasisOpen(joinedRaw(group))) {
            return true;
        }
        if (!next.isText()) {
            return false;
        }
        Piece last = group.get(group.size() - 1);
        if (next.standalone() || last.standalone() || last == ctx.docType || next == ctx.docType) {
            return false;                                   // "KẾ HOẠCH" stands alone above its title
        }
        String a = bare.text(last);
        String b = bare.text(next);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        // each test asks the anchored (cheap) side first
        if ((Character.isDigit(b.charAt(0)) || b.charAt(0) == '/') && mayEndNumberWord(a)
                && NUMBER_WORD.matcher(bare.folded(last)).find()) {
            return true;                                    // "Số:" / "7360/KH-UBND"
        }
        if (opensDatePart(b) && NEXT_DATE_PART.matcher(bare.folded(next)).find()
                && DAY_OR_MONTH.matcher(bare.folded(last)).find()) {
            return true;                                    // "…, ngày 19" / "tháng 11 năm 2025"
        }
        if (mayOpenSymbolRest(b) && endsWith(a, '-') && SYMBOL_REST.matcher(b).find() && SYMBOL_CUT.matcher(a).find()) {
            return true;                                    // "217/2025/NĐ-" / "CP ngày …": a symbol cut at its hyphen
        }
        if ((b.charAt(0) == '-' || b.charAt(0) == '–') && endsWithDigit(a) && YEAR_RANGE_REST.matcher(b).find()
                && YEAR_END.matcher(a).find()) {
            return true;                                    // "giai đoạn 2026" / "- 2030 phấn đấu…": a range, not an item
        }
        if (ctx.inHeader(next) || !ctx.wrapped || startsItem(b) || endsSentence(a)) {
            return false;
        }
        if (ctx.byPosition && next.indent() >= 3) {
            return false;                                   // an indented first line opens a paragraph
        }
        if (ctx.isTitle(group.get(0)) && BODY_OPENER.matcher(bare.folded(next)).find()) {
            return false;                                   // the title, then "Thực hiện Luật …": the body's first paragraph
        }
        if (bare.upper(last) && startsItem(a)) {
            return bare.upper(next) && endsOpen(bare.folded(last));      // "IV. TỔ CHỨC THỰC HIỆN" / "1 Trưởng các phòng…": its first item
        }
        char c = b.charAt(0);
        if (Character.isLowerCase(c) || Character.isDigit(c) || "(“\"'‘«".indexOf(c) >= 0) {
            return true;
        }
        if (bare.upper(last)) {
            return bare.upper(next) && endsOpen(bare.folded(last));        // "I. MỤC ĐÍCH," / "YÊU CẦU"; a heading, then its text
        }
        if (bare.upper(next) || a.length() < 60 && startsItem(a)) {
            return false;                                   // a heading after text; text after a short heading
        }
        return a.length() >= ctx.wrapWidth * 0.55;          // a line cut where the page or the crawler cut it
    }

    /**
     * Whether the fold of {@code a} (stripped, non-empty) may end as {@link #NUMBER_WORD} does, in 'O', '0' or ':':
     * an ASCII last char folds to its capital; any other last char is folded to tell.
     */
    private static boolean mayEndNumberWord(String a) {
        char c = a.charAt(a.length() - 1);
        return c >= 128 || c == 'O' || c == 'o' || c == '0' || c == ':';
    }

    /**
     * Whether a pattern ending in {@code c$} may match the stripped {@code s}: its last char is {@code c}, or a line
     * terminator that {@code $} may stand before (U+0085, which strip keeps).
     */
    private static boolean endsWith(String s, char c) {
        char last = s.charAt(s.length() - 1);
        return last == c || last == '\u0085';
    }

    /** {@link #endsWith} for a pattern ending in {@code \\d$}. */
    private static boolean endsWithDigit(String s) {
        char last = s.charAt(s.length() - 1);
        return last >= '0' && last <= '9' || last == '\u0085';
    }

    /** {@link #ITEM_START} on a stripped, non-empty text, asked only when its first chars can open an item. */
    private static boolean startsItem(String s) {
        return mayStartItem(s) && ITEM_START.matcher(s).find();
    }

    /**
     * Whether {@link #ITEM_START} can match {@code s} by its first chars: after its optional marks and spaces the
     * pattern opens with a bullet, "(", a digit, "a)"/"a.", a Roman numeral's letter or a keyword's capital. Most
     * lines open with another letter and are not matched.
     */
    private static boolean mayStartItem(String s) {
        char c = s.charAt(0);
        if (c == '*' || Regex.isSpace(c) || c == '(' || c >= '0' && c <= '9' || "-+•–—".indexOf(c) >= 0) {
            return true;
        }
        if (c >= 'a' && c <= 'z' || c == 'đ') {
            return s.length() > 1 && (s.charAt(1) == '.' || s.charAt(1) == ')');
        }
        return "IVXLĐCMPNK".indexOf(c) >= 0;     // I, V, X, L; Điều, Căn cứ, Chương, Mục, Phần, Phụ lục, Nơi nhận, Kính gửi
    }

    /**
     * Whether {@link #SYMBOL_REST} can match {@code s}: it opens with two capitals (a surrogate may be half of one,
     * and Character.isUpperCase holds for every char of \\p{Lu}).
     */
    private static boolean mayOpenSymbolRest(String s) {
        return s.length() >= 2 && mayBeCapital(s.charAt(0)) && mayBeCapital(s.charAt(1));
    }

    private static boolean mayBeCapital(char c) {
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** Whether {@code text} may fold to "THÁNG …"/"NĂM …" ({@link #NEXT_DATE_PART}): most lines need not be folded to tell. */
    private static boolean opensDatePart(String text) {
        char f = VietText.foldedFirst(text);
        return f == 'T' || f == 'N';
    }

    private static String joinedRaw(List<Piece> group) {
        if (group.size() == 1) {
            return group.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (Piece p : group) {
            b.append(p.text()).append(' ');
        }
        return b.toString();
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return ".;:!?…".indexOf(c) >= 0 || s.endsWith(".)") || s.endsWith(";)");
    }

    /** An upper-case line that does not end its phrase: a comma, a dash, or a word that needs what follows. */
    private static boolean endsOpen(String folded) {
        char c = folded.charAt(folded.length() - 1);
        if (c == ',' || c == '-' || c == '–') {
            return true;
        }
        for (String w : CONNECTORS) {
            if (folded.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }

    /** At least two letters, four in five of them capitals. */
    private static boolean isUpper(String s) {
        return VietText.mostlyUpper(s, 2, 0.8);
    }

    private static void flush(List<Piece> group, List<SourceLine> out, Scratch scratch) {
        if (group.isEmpty()) {
            return;
        }
        if (group.size() == 1) {
            // most lines are their own logical line: their text is kept as it is, not copied through a builder (the
            // batch keeps every document's lines from its first pass to the check)
            Piece p = group.get(0);
            String t = p.text().strip();
            boolean skipped = !p.isText() && t.isEmpty();
            // without emphasis marks and runs of white space the stripped text is the line's text
            String text = Marks.has(p.marks(), Marks.EMPHASIS | Marks.RUN)
                    ? collapseRuns(Markup.stripEmphasis(skipped ? "" : t), scratch).strip() : t;
            out.add(SourceLine.logical(text, skipped ? List.of() : List.of(p.source())));
            group.clear();
            return;
        }
        int length = group.size();
        for (Piece p : group) {
            length += p.text().length();
        }
        StringBuilder b = new StringBuilder(length);
        List<SourceLine> parts = new ArrayList<>(group.size());
        int marks = 0;
        for (Piece p : group) {
            String t = p.text().strip();
            if (!p.isText() && t.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && !t.isEmpty() && !hyphenated(b, t)) {
                b.append(' ');
            }
            b.append(t);
            parts.add(p.source());
            marks |= p.marks();
        }
        // stripped pieces joined by one space (or none) make no run of white space: without emphasis marks and runs
        // in the pieces the joined text is the line's text
        String joined = b.toString();
        String text = Marks.has(marks, Marks.EMPHASIS | Marks.RUN)
                ? collapseRuns(Markup.stripEmphasis(joined), scratch).strip() : joined.strip();
        out.add(SourceLine.logical(text, parts));
        group.clear();
    }

    /** Runs of two or more white-space chars (regex {@code \\s}) as one space: {@code replaceAll("\\s{2,}", " ")}. */
    static String collapseRuns(String s, Scratch scratch) {
        // a run of two or more covers an odd index: look there first, and copy nothing when there is no run
        int n = s.length();
        char[] chars = scratch.load(s);
        int start = -1;
        for (int k = 1; k < n; k += 2) {
            if (Regex.isSpace(chars[k])) {
                if (Regex.isSpace(chars[k - 1])) {
                    start = k - 1;
                    break;
                }
                if (k + 1 < n && Regex.isSpace(chars[k + 1])) {
                    start = k;
                    break;
                }
            }
        }
        if (start < 0) {
            return s;
        }
        StringBuilder b = null;
        int i = start;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Regex.isSpace(s.charAt(j))) {
                j++;
            }
            if (j - i >= 2) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append(' ');
                i = j;
            } else {
                if (b != null) {
                    b.append(s.charAt(i));
                }
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** "217/2025/NĐ-" / "CP ngày…": a symbol cut after its hyphen is joined without a space. */
    private static boolean hyphenated(StringBuilder b, String next) {
        int n = b.length();
        return n >= 2 && b.charAt(n - 1) == '-' && Character.isLetterOrDigit(b.charAt(n - 2))
                && Character.isUpperCase(next.charAt(0));
    }

    /** {@code s.strip().length()}, without copying a line that has white space at an end. */
    static int strippedLength(String s) {
        int from = 0;
        int to = s.length();
        if (to > 0 && isVisibleAscii(s.charAt(0)) && isVisibleAscii(s.charAt(to - 1))) {
            return to;                              // most lines: nothing to strip at either end
        }
        while (from < to && Character.isWhitespace(s.codePointAt(from))) {
            from++;                                 // white space is never a surrogate pair: one char each
        }
        while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
            to--;
        }
        return to - from;
    }

    /** {@code s.strip().charAt(0)}, or 0 when {@code s} is blank (0 is not lower case). */
    static char firstOfStripped(String s) {
        if (!s.isEmpty() && isVisibleAscii(s.charAt(0))) {
            return s.charAt(0);
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!Character.isWhitespace(s.codePointAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** A printable ASCII char other than the space: never white space, never half a surrogate pair. */
    private static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** What the whole document says about its wrapping. */
    private record Context(boolean wrapped, boolean byPosition, int wrapWidth, Piece docType) {
        /**
         * Whether {@code p} comes before the document's type ("KẾ HOẠCH"): the header's lines (issuer, motto,
         * number, date) are short by design, and only markup or the header's grammar joins them.
         */
        boolean inHeader(Piece p) {
            return docType != null && p.source().number() < docType.source().number();
        }

        /** Whether {@code p} is the first line of the title, the line right under the document's type. */
        boolean isTitle(Piece p) {
            return docType != null && p.source().number() > docType.source().number()
                    && p.source().number() <= docType.source().number() + 2;
        }

        static Context of(List<Piece> pieces) {
            int text = 0;
            int lowerNext = 0;
            int indented = 0;
            int[] lengths = new int[pieces.size()];
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (!p.isText() || p.standalone()) {
                    continue;
                }
                lengths[text++] = strippedLength(p.text());
                if (p.indent() >= 3) {
                    indented++;
                }
                if (i + 1 < pieces.size()) {
                    Piece n = pieces.get(i + 1);
                    if (n.isText() && !n.standalone() && Character.isLowerCase(firstOfStripped(n.text()))) {
                        lowerNext++;
                    }
                }
            }
            Arrays.sort(lengths, 0, text);
            Piece docType = null;
            for (int i = 0; i < Math.min(pieces.size(), 200) && docType == null; i++) {
                Piece p = pieces.get(i);
                if (p.isText() && strippedLength(p.text()) < 24 && Columns.isDocType(Markup.stripEmphasis(p.text()))) {
                    docType = p;
                }
            }
            int width = text == 0 ? 80 : lengths[(int) (text * 0.9)];
            return new Context(text > 0 && lowerNext >= Math.max(2, text * WRAPPED_SHARE), indented * 5 >= text && text > 0,
                    Math.max(30, width), docType);
        }
    }
}
