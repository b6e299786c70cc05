package vn.plancheck.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written at a given position of folded text: "12/3/2024", "09.5.2017", "16 tháng 02 năm 2024",
 * OCR "2511212023" (the slashes read as "1"), and, when the caller allows it, "20/7" or "30 tháng 11" without a year.
 */
final class CiteDates {
    /** A date found in the text; {@code date} is null when the text names an impossible day. */
    record Found(int start, int end, LocalDate date, boolean valid) {
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})(?!\\d)");
    /** "16 tháng 02 năm 2024"; OCR writes "thang", "nim", "narn". */
    private static final Pattern LONG = Pattern.compile(
            "(\\d{1,2})\\s+TH\\S{1,3}NG\\s+(\\d{1,2})\\s*,?\\s*N\\S{1,3}M\\s+(\\d{4})(?!\\d)");
    /** Digits with the separators read as 1, l, I or |: "2511212023". Checked by trying every split. */
    private static final Pattern GLUED = Pattern.compile("([0-9LI|/]{8,10})(?![0-9A-Z])");
    private static final Pattern SHORT = Pattern.compile("(\\d{1,2})\\s?/\\s?(\\d{1,2})(?![\\d/])(?!\\s?/\\s?\\d)");
    /** "30 tháng 11" without a year (a year that follows is read by LONG). */
    private static final Pattern SHORT_LONG = Pattern.compile("(\\d{1,2})\\s+TH\\S{1,3}NG\\s+(\\d{1,2})(?!\\d)(?!\\s*,?\\s*N\\S{1,3}M\\s+\\d)");

    private CiteDates() {
    }

    /**
     * The date that starts exactly at {@code pos} of {@code folded}, or null.
     *
     * @param yearIfMissing year for a day/month without year ("20/7"); null to refuse such dates
     */
    static Found at(String folded, int pos, Integer yearIfMissing) {
        if (pos < 0 || pos >= folded.length()) {
            return null;
        }
        Matcher m = NUMERIC.matcher(folded).region(pos, folded.length());
        if (m.lookingAt()) {
            return build(m.start(), m.end(), m.group(1), m.group(2), m.group(3));
        }
        m = LONG.matcher(folded).region(pos, folded.length());
        if (m.lookingAt()) {
            return build(m.start(), m.end(), m.group(1), m.group(2), m.group(3));
        }
        m = GLUED.matcher(folded).region(pos, folded.length());
        if (m.lookingAt() && Character.isDigit(folded.charAt(pos))) {
            LocalDate d = glued(m.group(1));
            if (d != null) {
                return new Found(m.start(), m.end(), d, true);
            }
        }
        if (yearIfMissing != null) {
            m = SHORT.matcher(folded).region(pos, folded.length());
            if (m.lookingAt()) {
                return build(m.start(), m.end(), m.group(1), m.group(2), String.valueOf(yearIfMissing));
            }
            m = SHORT_LONG.matcher(folded).region(pos, folded.length());
            if (m.lookingAt()) {
                return build(m.start(), m.end(), m.group(1), m.group(2), String.valueOf(yearIfMissing));
            }
        }
        return null;
    }

    private static Found build(int start, int end, String d, String mo, String y) {
        LocalDate date = of(Integer.parseInt(d), Integer.parseInt(mo), Integer.parseInt(y));
        return new Found(start, end, date, date != null);
    }

    static LocalDate of(int d, int m, int y) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "2511212023" = 25 / 12 / 2023: the last four characters are the year, the rest is day, separator, month,
     * separator. Only a split that gives a real date in 1945–2099 is accepted; two-digit days are tried first.
     */
    private static LocalDate glued(String s) {
        if (s.length() < 8) {
            return null;
        }
        String year = s.substring(s.length() - 4);
        if (!year.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < 1945 || y > 2099) {
            return null;
        }
        String head = s.substring(0, s.length() - 4);
        if (!isSep(head.charAt(head.length() - 1))) {
            return null;
        }
        head = head.substring(0, head.length() - 1);
        for (int dayLen = 2; dayLen >= 1; dayLen--) {
            if (head.length() < dayLen + 2 || head.length() > dayLen + 3) {
                continue;
            }
            String day = head.substring(0, dayLen);
            char sep = head.charAt(dayLen);
            String month = head.substring(dayLen + 1);
            if (!isSep(sep) || !allDigits(day) || !allDigits(month)) {
                continue;
            }
            LocalDate d = of(Integer.parseInt(day), Integer.parseInt(month), y);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static boolean isSep(char c) {
        return c == '1' || c == 'L' || c == 'I' || c == '|' || c == '/';
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
