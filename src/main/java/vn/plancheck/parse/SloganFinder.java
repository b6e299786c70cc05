package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.text.OcrMatcher;

/**
 * The slogans and messages a Month of Action plan lists: the "- …" lines under a heading that names them
 * ("Thông điệp, khẩu hiệu truyền thông"), or a numbered list "1- …", "2- …" appended after the signature.
 */
final class SloganFinder {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–+•]|\\d{1,2}\\s*[-–.)])\\s*(\\S.*)$");
    private static final Pattern NUMBERED_DASH = Pattern.compile("^\\s*\\d{1,2}\\s*[-–]\\s*\\S");
    private static final int MAX_LENGTH = 200;
    /** The heading's words in typed text, folded (upper case, no diacritics). */
    private static final Pattern TYPED_HEADING = Pattern.compile("\\b(?:KHAU\\s+HIEU|THONG\\s+DIEP)\\b");

    private SloganFinder() {
    }

    /** @param ocr the text is OCR output: the heading is looked for OCR-tolerantly, else as typed (diacritics aside) */
    static List<String> find(List<SourceLine> lines, boolean ocr) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() < 120 && !opensWithDash(t) && names(lines.get(i), ocr)) {
                i = collect(lines, i + 1, out, false);
            } else if (numberedDash(t) && runOfNumberedDashes(lines, i) >= 3) {
                i = collect(lines, i, out, true);
            }
        }
        return out;
    }

    /**
     * Whether the line names slogans or messages, the heading of a list of them. Typed text spells them out: the
     * fuzzy search (a tenth of the parse's CPU when it ran on every short line of every plan) is kept for OCR output.
     */
    private static boolean names(SourceLine line, boolean ocr) {
        if (!ocr) {
            String f = line.folded();
            return (f.contains("KHAU") || f.contains("THONG")) && TYPED_HEADING.matcher(f).find();
        }
        OcrMatcher.Prepared t = line.fuzzy();
        return t.contains("khẩu hiệu") || t.contains("thông điệp");
    }

    /** {@code t.strip().startsWith("-")}, without copying the line. */
    private static boolean opensWithDash(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i < t.length() && t.charAt(i) == '-';
    }

    /**
     * Whether the line is an item "N- …" ({@link #NUMBERED_DASH}). Every line of a plan is asked: the pattern opens
     * with "^", so it is tried once with {@code lookingAt()}, and only on a line whose first char after white space
     * ({@code \s}) is a digit.
     */
    private static boolean numberedDash(String t) {
        int i = 0;
        while (i < t.length() && Regex.isSpace(t.charAt(i))) {
            i++;
        }
        return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && NUMBERED_DASH.matcher(t).lookingAt();
    }

    /** How many "N- …" items follow from {@code i} (blank lines between them allowed). */
    private static int runOfNumberedDashes(List<SourceLine> lines, int i) {
        int n = 0;
        for (int j = i; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (t.isBlank()) {
                continue;
            }
            if (numberedDash(t)) {
                n++;
            } else if (!continuation(t)) {
                break;
            }
        }
        return n;
    }

    private static int collect(List<SourceLine> lines, int from, List<String> out, boolean numbered) {
        int i = from;
        String current = null;
        for (; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            var m = BULLET.matcher(t);
            boolean item = numbered ? numberedDash(t) : m.find() && !Regex.matches(t.strip(), "^\\d{1,2}\\s*[.)].*");
            if (item) {
                if (!numbered || m.find(0)) {
                    m.find(0);
                }
                current = clean(m.group(1));
                if (current.length() <= MAX_LENGTH) {
                    out.add(current);
                }
            } else if (current != null && continuation(t)) {
                // a slogan broken over two lines (OCR, or a PDF wrapping it)
                String joined = clean(out.remove(out.size() - 1) + " " + t.strip());
                out.add(joined);
                current = joined;
            } else {
                break;
            }
        }
        return i - 1;
    }

    /** A slogan's second line: short, and starting in lower case. */
    private static boolean continuation(String t) {
        String s = t.strip();
        return !s.isEmpty() && s.length() < MAX_LENGTH && Character.isLowerCase(s.charAt(0));
    }

    private static String clean(String s) {
        return Regex.replaceAll(Regex.replaceAll(s.strip(), "[.;,]+$", ""), "\\s+", " ");
    }
}
