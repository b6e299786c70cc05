package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.NumberingIssue;
import vn.plancheck.model.Section;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.RomanNumerals;

/**
 * Builds the section tree: Roman numerals ("I. MỤC ĐÍCH, YÊU CẦU", OCR "111. NOr DUNG"), then "1.", "1.1.",
 * "2.3.1.", "a)". Top-level headings are written in capitals, which is how an OCR'd "I. Mục đích" (really "1.")
 * is told apart from the Roman "I. MỤC ĐÍCH". Numbers that repeat or skip are recorded for the rules.
 */
final class SectionParser {
    private static final Pattern ROMAN = Pattern.compile("^\\s*([IVXLivxl1|]{1,5})\\s*[.)]\\s*(\\S.*)$");
    /**
     * A Roman numeral as OCR garbles it beyond {@link #ROMAN}: stems read as letters that are stems too ("1ñ", "Hl",
     * "lll" for III; "n", "H", "u" are two stems joined at a serif), its full stop lost or read as another mark.
     */
    private static final Pattern GARBLED_ROMAN = Pattern.compile(
            "^\\s*([IVXLivxl1|!HhnñuUÍÌíìỊịĩ]{2,4}|[VX])\\s*[.,:;'`‘’]?\\s+(\\S.*)$");
    // a nested label's part is a number of its own: in "1. 100% cán bộ" the label is "1", not "1.10"
    private static final Pattern ARABIC = Pattern.compile("^\\s*(\\d{1,2}(?:\\s*\\.\\s*\\d{1,2}(?![\\d%,])){0,3})\\s*([.)])?\\s*(\\S.*)$");
    /** Points are lettered in the Vietnamese alphabet: a) b) c) d) đ) e) g) h) i) k) … */
    private static final String VIET_LETTERS = "abcdđeghiklmnopqrstuvxy";
    private static final Pattern BULLET = Pattern.compile("^\\s*([-–+•])\\s*(\\S.*)$");
    private static final Pattern PERCENT_START = Pattern.compile("^\\d{1,3}([.,]\\d+)?\\s*%\\s*\\p{L}");
    private static final Pattern LETTER = Pattern.compile("^\\s*([abcdđeghiklmnopqrstuvxy])\\s*\\)\\s*(\\S.*)$");

    /** The section kind of the plan's purpose (section-titles.csv): only the first section of this kind is the purpose. */
    private static final String PURPOSE = "PURPOSE";

    record Result(List<Section> sections, List<NumberingIssue> issues) {
    }

    private SectionParser() {
    }

    static Result parse(List<SourceLine> lines, SectionTitles titles) {
        return parse(lines, titles, false);
    }

    /**
     * @param ocr the text was read by OCR: a heading whose numeral OCR garbled is also looked for
     *            ({@link #garbledRoman})
     */
    static Result parse(List<SourceLine> lines, SectionTitles titles, boolean ocr) {
        List<Section> sections = new ArrayList<>();
        List<NumberingIssue> issues = new ArrayList<>();
        Map<String, Integer> lastOrdinal = new HashMap<>();
        String roman = null;
        // a numeral used twice ("IV. KINH PHÍ", then "IV. PHÂN CÔNG NHIỆM VỤ") heads two sections: their items
        // are numbered apart, so the items' numbering is keyed by the heading's place, not by its numeral
        String romanKey = null;
        int romanValue = 0;
        String lastArabic = null;
        String[] arabicAt = new String[6];
        for (SourceLine l : lines) {
            String t = l.text();
            Section s = roman(t, romanValue, titles);
            if (s == null && ocr) {
                s = garbledRoman(t, romanValue, titles);
            }
            if (s != null) {
                romanValue = s.getOrdinal();
                roman = s.getNumber();
                romanKey = roman + "@" + sections.size();
                lastArabic = null;
                java.util.Arrays.fill(arabicAt, null);
                s.setKinds(titles.kindsOf(s.getTitle()));
                add(sections, issues, lastOrdinal, s, "", l);
                continue;
            }
            s = arabic(t, romanKey, lastOrdinal, arabicAt);
            if (s != null) {
                String parent = parentKey(roman, s.getNumber());
                s.setParentNumber(parent.isEmpty() ? null : parent);
                lastArabic = s.getNumber();
                arabicAt[Math.min(s.getLevel(), 5)] = s.getNumber();
                add(sections, issues, lastOrdinal, s, parentKey(romanKey, s.getNumber()), l);
                continue;
            }
            Matcher b = BULLET.matcher(t);
            if (b.find() && !sections.isEmpty()) {
                sections.add(bullet(b, sections, l));
                continue;
            }
            Matcher m = LETTER.matcher(t);
            if (m.find() && (lastArabic != null || roman != null)) {
                String parent = lastArabic != null ? parentKey(roman, lastArabic) + "." + lastArabic : roman;
                int level = lastArabic != null ? lastArabic.split("\\.").length + 2 : 2;
                int ord = VIET_LETTERS.indexOf(m.group(1).charAt(0)) + 1;
                Section ls = new Section(m.group(1), level, ord, m.group(2).strip(), l.number());
                ls.setParentNumber(parent);
                String key = lastArabic != null ? parentKey(romanKey, lastArabic) + "." + lastArabic : romanKey;
                add(sections, issues, lastOrdinal, ls, "L:" + key, l);
            }
        }
        promoteArabicWithoutRoman(sections, titles);
        demoteLaterObjectives(sections);
        return new Result(sections, issues);
    }

    /**
     * A plan numbered "1. Mục tiêu", "2. Yêu cầu", … without Roman headings (an inspection plan often is) has its
     * parts at the first Arabic level: those are its top-level sections, and everything moves up one level.
     */
    private static void promoteArabicWithoutRoman(List<Section> sections, SectionTitles titles) {
        if (sections.isEmpty() || sections.stream().anyMatch(x -> x.getLevel() == 1)) {
            return;
        }
        long topArabic = sections.stream().filter(x -> x.getLevel() == 2 && x.getParentNumber() == null).count();
        if (topArabic < 2) {
            return;
        }
        for (Section x : sections) {
            x.setLevel(Math.max(1, x.getLevel() - 1));
            if (x.getLevel() == 1) {
                x.setKinds(titles.kindsOf(x.getTitle()));
            }
        }
    }

    /**
     * "MỤC TIÊU" heads the purpose section of plans that have no "MỤC ĐÍCH, YÊU CẦU"; after a purpose section it is
     * a section of targets of its own ("II. MỤC TIÊU, CHỈ TIÊU"), not a second purpose.
     */
    private static void demoteLaterObjectives(List<Section> sections) {
        boolean purpose = false;
        for (Section s : sections) {
            if (s.getLevel() != 1) {
                continue;
            }
            if (s.getKinds().contains(PURPOSE)) {
                if (purpose) {
                    s.setKinds(s.getKinds().stream().filter(k -> !k.equals(PURPOSE)).toList());
                }
                purpose = true;
            }
        }
    }

    /**
     * A "-" or "+" item: a leaf under the last numbered heading ("+" under the last "-"). Bullets carry no number,
     * so they take no part in the numbering checks.
     */
    private static Section bullet(Matcher b, List<Section> sections, SourceLine l) {
        String mark = b.group(1).equals("+") ? "+" : "-";
        Section numbered = null;
        Section dash = null;
        for (int i = sections.size() - 1; i >= 0 && numbered == null; i--) {
            Section s = sections.get(i);
            if (!s.getNumber().equals("-") && !s.getNumber().equals("+")) {
                numbered = s;
            } else if (dash == null && s.getNumber().equals("-")) {
                dash = s;
            }
        }
        int base = numbered == null ? 1 : numbered.getLevel();
        int level = mark.equals("+") && dash != null ? dash.getLevel() + 1 : base + 1;
        Section s = new Section(mark, level, 0, b.group(2).strip(), l.number());
        s.setParentNumber(numbered == null ? null : numbered.getNumber());
        return s;
    }

    /**
     * A Roman-numeral heading; digits-only numerals ("111" for III) only where the next Roman number is due. A title
     * in capitals, or one in sentence case that is a section's title from the data and nothing more ("IV. Tổ chức thực
     * hiện.") where that number is due: a list item "I. Tổ chức tuyên truyền về …" is neither.
     */
    private static Section roman(String t, int romanValue, SectionTitles titles) {
        Matcher m = ROMAN.matcher(t);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1);
        String title = m.group(2).strip();
        String head = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
        double upper = Lines.upperRatio(head);
        if (Lines.letterCount(head) < 3) {
            return null;
        }
        int value;
        if (label.chars().allMatch(Character::isDigit)) {
            value = RomanNumerals.parseOcr(label);
            if (value != romanValue + 1 || upper < 0.6) {
                return null;
            }
        } else {
            value = RomanNumerals.parse(label);
            if (value < 0) {
                value = RomanNumerals.parseOcr(label);
            }
            if (value < 0 || upper < 0.4 && !(value == romanValue + 1 && namedTitle(head, titles))) {
                return null;
            }
        }
        return new Section(RomanNumerals.toRoman(value), 1, value, title, 0);
    }

    /** Whether the title, its closing punctuation aside, is just a section's title of the data ("Tổ chức thực hiện."). */
    private static boolean namedTitle(String head, SectionTitles titles) {
        return titles.namesOnly(Regex.replaceAll(head, "[\\s.:;*_]+$", ""));
    }

    /**
     * On OCR'd text, a heading whose numeral OCR garbled past reading ("1ñ TỔ CHỨC THỰC HIỆN" for "III. TỔ CHỨC THỰC
     * HIỆN"): a label of stems, then a title in capitals that the section titles' data names, where the next Roman
     * heading is due (one came before). It is given the due number, so it breaks no numbering. A body line is not
     * taken: it would need a label of stems and a section's title in capitals.
     */
    private static Section garbledRoman(String t, int romanValue, SectionTitles titles) {
        if (romanValue < 1) {
            return null;
        }
        Matcher m = GARBLED_ROMAN.matcher(t);
        if (!m.find()) {
            return null;
        }
        String title = m.group(2).strip();
        String head = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
        if (Lines.letterCount(head) < 3 || Lines.upperRatio(head) < 0.6 || titles.kindsOf(title).isEmpty()) {
            return null;
        }
        int value = romanValue + 1;
        return new Section(RomanNumerals.toRoman(value), 1, value, title, 0);
    }

    private static Section arabic(String t, String roman, Map<String, Integer> lastOrdinal, String[] arabicAt) {
        Matcher m = ARABIC.matcher(t);
        String label;
        String sep;
        String title;
        if (m.find()) {
            label = Regex.replaceAll(m.group(1), "\\s+", "");
            sep = m.group(2);
            title = m.group(3).strip();
        } else {
            // OCR turns "1." into "I." or "l." under a Roman section: the title is then in lower case.
            Matcher r = ROMAN.matcher(t);
            // only "l." or "I." with a dot: "l) Quản trị số" is the letter after "k)"
            if (roman == null || !r.find() || !Regex.matches(r.group(1), "[Il|]") || Lines.upperRatio(r.group(2)) >= 0.4
                    || t.substring(r.end(1)).strip().startsWith(")")) {
                return null;
            }
            label = "1";
            sep = ".";
            title = r.group(2).strip();
        }
        String[] parts = label.split("\\.");
        int ord = Integer.parseInt(parts[parts.length - 1]);
        boolean startsWithLetter = Character.isLetter(firstLetterOrDigit(title));
        // targets are often items that open with a share: "4. 100% xã, phường có cán bộ …"
        boolean percentage = sep != null && PERCENT_START.matcher(title).find();
        if (ord == 0 || ord > 40 || Lines.letterCount(title) < 2 || !(startsWithLetter || percentage)) {
            return null;
        }
        String parent = parentKey(roman, label);
        if (sep == null) {
            // "1 Trưởng các phòng…" without a dot: only where this number is due, else it is a stray number
            Integer prev = lastOrdinal.get((parts.length + 1) + "|" + parent);
            int due = prev == null ? 1 : prev + 1;
            if (ord != due || parts.length > 1 || !Character.isUpperCase(firstLetterOrDigit(title))) {
                return null;
            }
        }
        if (parts.length > 1 && sep != null && sep.equals(")")) {
            return null;
        }
        return new Section(label, parts.length + 1, ord, title, 0);
    }

    private static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    /** Siblings share a key: the Roman section plus all but the last component of the label. */
    private static String parentKey(String roman, String label) {
        int dot = label.lastIndexOf('.');
        String prefix = dot < 0 ? "" : label.substring(0, dot);
        String r = roman == null ? "" : roman;
        return prefix.isEmpty() ? r : r + "." + prefix;
    }

    private static void add(List<Section> sections, List<NumberingIssue> issues, Map<String, Integer> lastOrdinal,
                            Section s, String key, SourceLine l) {
        s.setLine(l.number());
        sections.add(s);
        String k = s.getLevel() + "|" + key;
        Integer prev = lastOrdinal.get(k);
        // after a numeral used twice, the author may go on from either ("II, II, IV" or "3.2, 3.2, 3.3"):
        // one mistake, reported once
        boolean afterDuplicate = lastOrdinal.remove("dup|" + k) != null;
        int expected = prev == null ? 1 : prev + 1;
        if (prev != null && s.getOrdinal() == prev) {
            issues.add(new NumberingIssue(NumberingIssue.Problem.DUPLICATE, s.getLevel(), s.getNumber(),
                    label(s, expected), l.number(), l.text().strip()));
            lastOrdinal.put("dup|" + k, 1);
        } else if (s.getOrdinal() > expected && !(afterDuplicate && s.getOrdinal() == expected + 1)) {
            issues.add(new NumberingIssue(NumberingIssue.Problem.SKIPPED, s.getLevel(), s.getNumber(),
                    label(s, expected), l.number(), l.text().strip()));
        }
        lastOrdinal.put(k, Math.max(s.getOrdinal(), prev == null ? 0 : prev));
        if (s.getLevel() == 1) {
            lastOrdinal.put(s.getLevel() + "|", s.getOrdinal());
        }
    }

    private static String label(Section s, int expected) {
        if (s.getLevel() == 1) {
            return RomanNumerals.toRoman(expected);
        }
        if (Regex.matches(s.getNumber(), "[a-zđ]")) {
            return expected <= VIET_LETTERS.length() ? String.valueOf(VIET_LETTERS.charAt(expected - 1)) : "?";
        }
        int dot = s.getNumber().lastIndexOf('.');
        return (dot < 0 ? "" : s.getNumber().substring(0, dot + 1)) + expected;
    }
}
