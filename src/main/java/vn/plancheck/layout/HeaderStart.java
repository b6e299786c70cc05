package vn.plancheck.layout;

import vn.plancheck.text.Regex;

import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Finds where the plan begins when something else comes first: a web page's banner, menus and a metadata table
 * ("Số hiệu / Loại văn bản / Ngày ban hành", with another document's number in it). The plan begins with its
 * header: the issuer's lines just above (or beside) the national or party header. What precedes it is not the plan
 * and is left out of the logical lines.
 */
final class HeaderStart {
    /** How far into the text the header is looked for. */
    private static final int SEARCH_LINES = 250;
    /** A header this close to the top has nothing before it worth removing (a stamp, a blank line). */
    private static final int CLUTTER_MIN = 6;
    /** How many lines above the national header the issuer may start. */
    private static final int ISSUER_LINES = 12;
    private static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private HeaderStart() {
    }

    static List<SourceLine> trim(List<SourceLine> lines) {
        int header = findNationalHeader(lines);
        if (header < CLUTTER_MIN) {
            return lines;
        }
        int start = header;
        for (int i = header - 1; i >= Math.max(0, header - ISSUER_LINES); i--) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            if (isIssuerLike(t)) {
                start = i;
            } else if (!isNumberOrDateLine(t)) {
                int subject = subjectAbove(lines, i);
                if (subject < 0) {
                    break;              // prose or a web page's words: the plan starts below
                }
                i = subject;            // an official letter's "V/v …" wrapped in its narrow column
            }
        }
        return lines.subList(start, lines.size());
    }

    private static int findNationalHeader(List<SourceLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), SEARCH_LINES); i++) {
            String t = lines.get(i).text();
            if (t.length() < 15) {
                continue;
            }
            // a cheap test first: the fuzzy search costs a hundred times more, and folding allocates. The header is
            // written in capitals; "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam …" in a decree's
            // preamble is not it.
            if (!mostlyCapitals(t)) {
                continue;
            }
            String f = VietText.fold(t);
            if ((f.contains("CONG HOA") || f.contains("CHU NGHIA") || f.contains("CONG SAN")) && isHeader(t, f)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the line holds the national or the party header, fuzzily. The line is prepared for the fuzzy search
     * once for both phrases, and the party's is asked first when the line names it: the answer is the same either
     * way, and a party document's first line is not searched for the national header in vain.
     */
    private static boolean isHeader(String t, String folded) {
        return HEADER_LINES.get(t, line -> searchHeader(line, folded));
    }

    /**
     * {@link #isHeader} of lines already searched (lines of up to 200 chars, at most 1,024): the fuzzy search costs
     * some microseconds, and the national header's line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", beside an issuer's
     * words in text laid out by position) is much the same in every document of a batch. The answer depends on the
     * line alone.
     */
    private static final Answers<Boolean> HEADER_LINES = new Answers<>(1024, 200);

    private static boolean searchHeader(String t, String folded) {
        OcrMatcher.Prepared line = OcrMatcher.prepare(t);
        if (folded.contains("CONG SAN")) {
            return line.contains(PARTY) || line.contains(NATIONAL);
        }
        return line.contains(NATIONAL) || line.contains(PARTY);
    }

    /**
     * "Số: 7/KH-UBND", "…, ngày 14 tháng 02 năm 2023", an official letter's "V/v …" under its number or its "Kính
     * gửi:" label: in the issuer's column when columns are read in turn.
     */
    private static boolean isNumberOrDateLine(String t) {
        String f = VietText.fold(t);
        return t.length() < 60 && (f.startsWith("SO:") || f.startsWith("SO ") && Regex.matches(f, "SO \\d.*")
                || f.contains("NGAY") && f.contains("THANG") || f.strip().startsWith("KINH GUI"))
                || t.length() < 200 && Regex.matches(f.strip(), "V ?/ ?V\\b.*");
    }

    /**
     * How many lines an official letter's "V/v …" may wrap to in the issuer's column (a long subject in a narrow
     * column takes six: Lào Cai's 7432/UBND-XD).
     */
    private static final int SUBJECT_LINES = 8;

    /** The index of a "V/v …" line at most {@link #SUBJECT_LINES} above {@code i} whose wrapped words reach down to it, or -1. */
    private static int subjectAbove(List<SourceLine> lines, int i) {
        for (int k = i - 1; k >= Math.max(0, i - SUBJECT_LINES); k--) {
            String t = lines.get(k).text();
            if (t.isBlank() || t.length() > 200) {
                return -1;
            }
            if (Regex.matches(VietText.fold(t).strip(), "V ?/ ?V\\b.*")) {
                return k;
            }
        }
        return -1;
    }

    /** At least half of the letters are capitals. */
    private static boolean mostlyCapitals(String t) {
        // one count of letters and capitals; a line without letters (rare) is told by its first letter's absence
        return VietText.mostlyUpper(t, 1, 0.5) || !hasLetter(t);
    }

    /** Whether {@code t} has a letter as {@link VietText#letterCount} counts them (Character.isLetter of a char). */
    private static boolean hasLetter(String t) {
        for (int i = 0, n = t.length(); i < n; i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An issuer's line: short, in capitals ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "SỞ Y TẾ"). */
    private static boolean isIssuerLike(String t) {
        return t.length() <= 80 && VietText.letterCount(t) >= 3 && VietText.upperShare(t) >= 0.75;
    }
}
