package vn.plancheck.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese readers write them, for messages: 05/3/2024 (day with zero, month without). */
public final class Dates {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/M/yyyy");
    /** "12/3/2024", "12-03-2024", "12.3.2024": day, separator, month, the same separator, year. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    /** "12 tháng 3 năm 2024", with the words as written (upper case, OCR'd without diacritics). */
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(\\s+)(\\S+)(\\s+)(\\d{1,2})(\\s+)(\\S+)(\\s+)(\\d{4})");

    private Dates() {
    }

    public static String vi(LocalDate d) {
        return d == null ? "(không rõ)" : VI.format(d);
    }

    /**
     * {@code date} written the way {@code like} writes a date, so that a correction keeps the document's style:
     * "12/3/2024" for "15/3/2024", "05 tháng 4 năm 2024" for "15 tháng 4 năm 2024", a day or month with a leading
     * zero where the written one has it. Falls back to {@link #vi} for a form it does not know.
     */
    public static String written(LocalDate date, String like) {
        if (date == null) {
            return null;
        }
        String w = like == null ? "" : like.strip();
        Matcher n = NUMERIC.matcher(w);
        if (n.matches()) {
            return two(date.getDayOfMonth(), n.group(1)) + n.group(2) + two(date.getMonthValue(), n.group(3)) + n.group(2) + date.getYear();
        }
        Matcher t = WORDS.matcher(w);
        if (t.matches()) {
            return two(date.getDayOfMonth(), t.group(1)) + t.group(2) + t.group(3) + t.group(4)
                    + two(date.getMonthValue(), t.group(5)) + t.group(6) + t.group(7) + t.group(8) + date.getYear();
        }
        return vi(date);
    }

    /** The number with a leading zero when the written one has two digits. */
    private static String two(int value, String writtenLike) {
        return writtenLike.length() == 2 && value < 10 ? "0" + value : String.valueOf(value);
    }
}
