package vn.plancheck.text;

import java.util.Comparator;
import java.util.List;

/**
 * The type line of a document ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BIÊN BẢN KIỂM TRA THỰC TẾ"): where the header ends and
 * the title begins. The layout stage needs it to know how far the header's columns reach, the parser to read the
 * type and the title. Which kind a type line is, and whether that kind is a plan, is data
 * (rules/data/document-kinds.csv); this is only the vocabulary for finding the line. Stateless and thread-safe.
 */
public final class DocumentTypes {
    /**
     * Type lines, folded: the kinds of administrative documents (Nghị định 30/2020/NĐ-CP, Điều 7 and Phụ lục III),
     * of party documents (Hướng dẫn 36-HD/VPTW) and of legal documents (Luật Ban hành văn bản quy phạm pháp luật).
     */
    public static final List<String> ALL = List.of("KE HOACH", "QUYET DINH", "CONG VAN", "BAO CAO", "CHUONG TRINH",
        "HUONG DAN", "THONG BAO", "TO TRINH", "DE AN", "DU AN", "PHUONG AN", "KET LUAN", "CHI THI", "NGHI QUYET",
        "NGHI QUYET LIEN TICH", "NGHI DINH", "THONG TU", "THONG TU LIEN TICH", "LUAT", "PHAP LENH", "LENH",
        "GIAY MOI", "BIEN BAN", "GIAY PHEP", "GIAY CHUNG NHAN", "GIAY XAC NHAN", "GIAY UY QUYEN", "GIAY GIOI THIEU",
        "GIAY NGHI PHEP", "QUY DINH", "QUY CHE", "THONG CAO", "THONG TRI", "CONG DIEN", "HOP DONG", "BAN GHI NHO",
        "BAN THOA THUAN", "PHIEU TRINH", "PHIEU GUI", "PHIEU CHUYEN", "PHIEU BAO",
        // not in Phụ lục III, but documents of their own that reach a plan checker: applications, lists, outlines
        "GIAY DE NGHI", "DON DE NGHI", "VAN BAN DE NGHI", "BANG KE", "DANH SACH", "DE CUONG");
    /** Longest first, so that "THÔNG TƯ LIÊN TỊCH KHUNG…" is not read as "THÔNG TƯ". */
    private static final List<String> LONGEST_FIRST = ALL.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final java.util.Set<String> KINDS = java.util.Set.copyOf(ALL);
    /** {@link OcrMatcher#ocrNormalize} of each of {@link #ALL}, in the same order. */
    private static final List<String> NORMALIZED = ALL.stream().map(OcrMatcher::ocrNormalize).toList();
    /** The letters of each of {@link #NORMALIZED}, counted (see {@link #bagDistance}). */
    private static final List<int[]> COUNTS = NORMALIZED.stream().map(DocumentTypes::counts).toList();
    /** Type phrases this short are taken only as written: one OCR slip turns "LUẬT" into "LUẬN", "LỆNH" into "TỈNH". */
    private static final int FUZZY_MIN = 7;
    /** A type line on its own is short. */
    private static final int TYPE_LINE_MAX = 24;
    /** A type line that goes on with the title ("BIÊN BẢN KIỂM TRA THỰC TẾ") is one line still. */
    private static final int TITLED_LINE_MAX = 400;

    /**
     * A type line: the kind (folded, one of {@link #ALL}) and where the type phrase ends in the line (what follows,
     * if anything, is the start of the title).
     */
    public record Match(String key, int end) {
    }

    private DocumentTypes() {
    }

    /**
     * The line as a type line, or null: a short line in capitals that is a type phrase (or, for the longer phrases,
     * close to one, as OCR leaves it: "KE HO~CH"); or a line in capitals that starts with a type phrase and goes on
     * with the title ("BIÊN BẢN THẨM ĐỊNH"); or a type phrase in capitals glued to a title in small letters, as web
     * copies join them ("NGHỊ ĐỊNHVề …").
     */
    public static Match match(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        int lead = line.indexOf(t);
        if (t.length() <= TYPE_LINE_MAX && upperRatio(t) >= 0.6) {
            String key = whole(t);
            if (key != null) {
                return new Match(key, line.length());
            }
        }
        if (t.length() > TITLED_LINE_MAX || !opensWithType(t)) {
            return null;
        }
        int glued = capitalThenSmall(t);
        String caps = glued > 0 ? t.substring(0, glued) : t;
        if (upperRatio(caps) < 0.9) {
            return null;
        }
        String folded = VietText.foldKeepLength(caps);
        for (String type : LONGEST_FIRST) {
            if (folded.startsWith(type) && (folded.length() == type.length() || !Character.isLetterOrDigit(folded.charAt(type.length())))) {
                return new Match(type, lead + type.length());
            }
        }
        return null;
    }

    /**
     * {@link #LONGEST_FIRST} by first letter (A–Z), in the same order: a line is compared only with the types that
     * begin as it does.
     */
    private static final List<List<String>> BY_FIRST_LETTER = byFirstLetter();

    private static List<List<String>> byFirstLetter() {
        List<List<String>> lists = new java.util.ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            char first = c;
            lists.add(LONGEST_FIRST.stream().filter(type -> type.charAt(0) == first).toList());
        }
        return List.copyOf(lists);
    }

    /**
     * Whether {@code t}, folded ({@link VietText#foldKeepLength}), starts with a type phrase: a cheap test of the first
     * chars, folded one by one as they are compared, before the capitals of the whole line are counted.
     */
    private static boolean opensWithType(String t) {
        char first = foldedAt(t, 0);
        if (first < 'A' || first > 'Z') {
            return false;   // every type begins with a letter
        }
        for (String type : BY_FIRST_LETTER.get(first - 'A')) {
            if (opensWith(t, type)) {
                return true;
            }
        }
        return false;
    }

    /** {@code VietText.foldKeepLength(t).startsWith(type)}, without folding more of {@code t} than is compared. */
    private static boolean opensWith(String t, String type) {
        if (t.length() < type.length()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            if (foldedAt(t, i) != type.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Char {@code i} of {@link VietText#foldKeepLength}{@code (t)}. */
    private static char foldedAt(String t, int i) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        char f = VietText.foldChar(c);
        return f == 0 ? ' ' : f;
    }

    /** The kind of a line that is a type line on its own, else null. */
    private static String whole(String t) {
        String plain = plainLetters(t);
        String norm = plain != null ? normalizeLetters(plain) : lettersAndSpaces(OcrMatcher.ocrNormalize(t));
        if (KINDS.contains(norm)) {
            return norm;
        }
        // OcrMatcher.similarity(norm, type), with both sides normalised once rather than once per type
        String x = normalizeLetters(norm);
        int[] xCounts = counts(x);
        String best = null;
        double bestSimilarity = 0.75;
        for (int k = 0; k < ALL.size(); k++) {
            String type = ALL.get(k);
            if (type.length() < FUZZY_MIN || norm.length() < type.length() - 2) {
                continue;
            }
            String y = NORMALIZED.get(k);
            int max = Math.max(x.length(), y.length());
            // the distance is at least the difference in length: skip a type that cannot beat the best so far
            if (max > 0 && !better(1.0 - (double) Math.abs(x.length() - y.length()) / max, best, bestSimilarity)) {
                continue;
            }
            // a distance beyond this cannot reach the best similarity so far (one edit to spare against rounding)
            int limit = (int) Math.ceil(max * (1 - bestSimilarity)) + 1;
            if (bagDistance(xCounts, COUNTS.get(k)) > limit) {
                continue;
            }
            int d = OcrMatcher.distanceAtMost(x, y, limit);
            if (d > limit) {
                continue;
            }
            double s = max == 0 ? 1.0 : 1.0 - (double) d / max;
            if (better(s, best, bestSimilarity)) {
                best = type;
                bestSimilarity = s;
            }
        }
        return best;
    }

    /**
     * A type line as typed ("KẾ HOẠCH", "Quyết định"), folded: every char a letter that the fold table turns into one
     * of A–Z, words apart by one space; null for any other line. Folding such a line is all that
     * {@link OcrMatcher#ocrNormalize} does before its repairs ({@link #normalizeLetters}), and
     * {@link #lettersAndSpaces} then keeps it as it is. ({@code t} is stripped.)
     */
    private static String plainLetters(String t) {
        char[] folded = new char[t.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = t.charAt(i);
            char f = VietText.tableFold(c);
            if (c == ' ' && i > 0 && folded[i - 1] != ' ' && i + 1 < folded.length) {
                folded[i] = ' ';
            } else if (f >= 'A' && f <= 'Z') {
                folded[i] = f;
            } else {
                return null;
            }
        }
        return new String(folded);
    }

    /**
     * {@link OcrMatcher#ocrNormalize} of capitals A–Z and single spaces, trimmed: on such a text the only repairs that
     * can apply are "RN" → M and an L or a J after a letter (there is no noise, digit, punctuation or diacritic, and
     * its spaces are collapsed already), so a text without L, J or "RN" is its own normal form.
     */
    private static String normalizeLetters(String lettersAndSpaces) {
        boolean repairable = lettersAndSpaces.indexOf('L') >= 0 || lettersAndSpaces.indexOf('J') >= 0
                || lettersAndSpaces.contains("RN");
        return repairable ? OcrMatcher.ocrNormalize(lettersAndSpaces) : lettersAndSpaces;
    }

    /** How often each letter occurs (A–Z; anything else counted together). */
    private static int[] counts(String s) {
        int[] n = new int[27];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n[c >= 'A' && c <= 'Z' ? c - 'A' : 26]++;
        }
        return n;
    }

    /** A lower bound of the edit distance: the letters one side has more of than the other, the larger side. */
    private static int bagDistance(int[] a, int[] b) {
        int more = 0;
        int fewer = 0;
        for (int i = 0; i < a.length; i++) {
            int d = a[i] - b[i];
            if (d > 0) {
                more += d;
            } else {
                fewer -= d;
            }
        }
        return Math.max(more, fewer);
    }

    private static boolean better(double s, String best, double bestSimilarity) {
        return best == null ? s >= bestSimilarity : s > bestSimilarity;
    }

    /** Only the letters A–Z and single spaces between words, trimmed. */
    private static String lettersAndSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                b.append(c);
            } else if (c == ' ' && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    /** Where a word in small letters starts right after capitals without a space ("NGHỊ ĐỊNH|Về"), else -1. */
    private static int capitalThenSmall(String t) {
        for (int i = 2; i + 1 < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static double upperRatio(String s) {
        return VietText.upperShare(s);
    }
}
