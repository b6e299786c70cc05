package vn.plancheck.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.text.Emphasis;
import vn.plancheck.text.Regex;

/**
 * What a web copy or a PDF's text adds to a plan's words: markdown emphasis, pseudo-table pipes, rules drawn
 * with dashes, page numbers. Each is recognised on one physical line; {@link Layout} decides what to do with it.
 */
final class Markup {
    /** A line that is only a cell boundary of a markdown pseudo-table ("|"), or a rule ("-------", "** **"). */
    private static final Pattern BOUNDARY = Pattern.compile("^\\s*(\\|+|[-=_–—~.]{3,}|\\*\\*\\s*\\*\\*|\\*{1,3})\\s*$");
    /** A markdown table row: "| a | b |" (at least two cells). */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|.*\\|\\s*$");
    /** The separator row of a markdown table: "|---|:--:|". */
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|[\\s|:\\-–]+\\|\\s*$");
    /** A page number alone on its line: "2", "- 2 -", "Trang 2", "2/5". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(-\\s*)?(Trang\\s+)?\\d{1,3}(\\s*/\\s*\\d{1,3})?(\\s*-)?\\s*$");
    /** A markdown heading's hashes. */
    private static final Pattern HASHES = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    /** A list label alone: "IV.", "2.1.", "a)", "-", "+", "•". */
    private static final Pattern LIST_LABEL = Pattern.compile("^([IVXLC]{1,5}[.)]|[0-9]{1,2}(\\.[0-9]{1,2})*[.)]?|[a-zđ][.)]|[-+•–*])$");
    /** Three or more spaces between two words: a column gap in text laid out by position. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S( {4,}|\\t+)\\S");

    private Markup() {
    }

    static boolean isBoundary(String s) {
        // both patterns open with one of these chars after the leading white space: most lines fail here
        int c = firstNonSpace(s);
        return c >= 0 && BOUNDARY_FIRST.indexOf(c) >= 0
                && (BOUNDARY.matcher(s).matches() || TABLE_RULE.matcher(s).matches());
    }

    /** The chars {@link #BOUNDARY} and {@link #TABLE_RULE} can have first after their leading {@code \\s*}. */
    private static final String BOUNDARY_FIRST = "|-=_–—~.*";

    /** The first char of {@code s} that is not in the regex class {@code \\s}, or -1 when there is none. */
    private static int firstNonSpace(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!Regex.isSpace(c)) {
                return c;
            }
        }
        return -1;
    }

    /** A line of emphasis marks and nothing else. */
    static boolean isMarksOnly(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.chars().allMatch(c -> c == '*');
    }

    static boolean isTableRow(String s) {
        return s.indexOf('|') >= 0 && firstNonSpace(s) == '|' && TABLE_ROW.matcher(s).matches();
    }

    static boolean isPageNumber(String s) {
        return PAGE_NUMBER.matcher(s).matches();
    }

    /** The cells of a markdown table row, trimmed, empty ones kept (they hold a column's place). */
    static List<String> tableCells(String row) {
        String s = row.strip();
        s = s.substring(1, s.length() - (s.endsWith("|") ? 1 : 0));
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    /** Whether the line has a column gap (tab or four spaces between words). */
    static boolean hasColumnGap(String s) {
        return s.indexOf('\t') >= 0 || (s.contains("    ") && COLUMN_GAP.matcher(s).find());
    }

    /** The pieces of a line split at column gaps, each with the column where it starts. */
    static List<Cell> columns(String s) {
        List<Cell> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\t') {
                    break;
                }
                if (c == ' ') {
                    int k = i;
                    while (k < n && s.charAt(k) == ' ') {
                        k++;
                    }
                    if (k >= n || k - i >= 4 && !blankField(s, start, i)) {
                        break;
                    }
                    i = k;
                    continue;
                }
                i++;
                end = i;
            }
            out.add(new Cell(start, s.substring(start, end)));
        }
        // Word's plain text puts a tab after a list label ("IV.<tab>TỔ CHỨC THỰC HIỆN"): the label is not a cell
        if (out.size() >= 2 && LIST_LABEL.matcher(out.get(0).text()).matches()) {
            Cell label = out.remove(0);
            out.set(0, new Cell(label.column(), label.text() + " " + out.get(0).text()));
        }
        return out;
    }

    /** "Số:      /KH-UBND", "ngày      tháng 5": spaces left for a value to be written in, not a column gap. */
    private static boolean blankField(String s, int from, int gapStart) {
        String before = vn.plancheck.text.VietText.fold(s.substring(from, gapStart));
        return before.endsWith("SO:") || before.endsWith("SO") || before.endsWith("NGAY") || before.endsWith("THANG")
                || before.endsWith("NAM");
    }

    /** A piece of a line laid out in columns, and the column (character offset) where it starts. */
    record Cell(int column, String text) {
    }

    /** Leading spaces (a tab counts as four). */
    static int indent(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }

    /**
     * Whether markdown emphasis opened on this text is still open at its end: an odd number of "**", or of
     * single "*" once those are gone. A bullet "* " and a footnote mark "(*)" are not emphasis.
     */
    static boolean emphasisOpen(String s) {
        if (s.indexOf('*') < 0) {
            return false;
        }
        String t = s.strip();
        if (t.startsWith("* ") || t.startsWith("*\t")) {
            t = t.substring(2);
        }
        t = t.replace("(*)", "");
        int bold = 0;
        int idx = t.indexOf("**");
        while (idx >= 0) {
            bold++;
            idx = t.indexOf("**", idx + 2);
        }
        if (bold % 2 == 1) {
            return true;
        }
        String singles = t.replace("**", "");
        int single = 0;
        for (int i = 0; i < singles.length(); i++) {
            if (singles.charAt(i) == '*') {
                single++;
            }
        }
        return single % 2 == 1;
    }

    /** Whether the whole line is one emphasised span ("**1. Mục đích**"): a web copy's heading. */
    static boolean wholeLineBold(String s) {
        String t = s.strip();
        return t.length() > 4 && t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2;
    }

    /** The text without emphasis marks and markdown heading hashes, keeping what they enclose. */
    static String stripEmphasis(String line) {
        String current = line;
        if (current.indexOf('#') >= 0) {
            current = HASHES.matcher(current).replaceFirst("");
        }
        return Emphasis.strip(current);
    }
}
