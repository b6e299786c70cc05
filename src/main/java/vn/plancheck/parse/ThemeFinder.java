package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Plan;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Finds the theme of a yearly event such as the Month of Action ("với chủ đề “…”", "Chủ đề Tháng hành động vì trẻ em: “…”",
 * OCR "Chti ~~ Thang himh dong vi tre em l1am 2024 la: "…"").
 * A quoted phrase counts as the theme when the words before it name a theme or the month of action;
 * the theme of another event ("Ngày quốc tế phòng, chống lao động trẻ em với chủ đề …") does not.
 */
final class ThemeFinder {
    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{12,300})[”\"»]");

    private ThemeFinder() {
    }

    /** {@code event}: the yearly event the plan organises (may be null: only "chủ đề" then introduces a theme). */
    static void find(YearlyEvent event, List<SourceLine> lines, int from, int to, Plan plan) {
        int end = Math.min(to, lines.size());
        boolean[] opens = opensQuote(lines, Math.max(0, from), Math.min(lines.size(), end + 2));
        for (int i = Math.max(0, from); i < end; i++) {
            if (!opens[i] && (i + 1 >= lines.size() || !opens[i + 1]) && (i + 2 >= lines.size() || !opens[i + 2])) {
                continue; // no quote opens in the window: QUOTED cannot match there (most windows of a plan)
            }
            // join with the next two lines: quotes and themes break across lines
            StringBuilder b = new StringBuilder(lines.get(i).text());
            for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                b.append('\u0001').append(lines.get(j).text()); // a line break the regexes read as a space
            }
            String joined = b.toString();
            Matcher m = QUOTED.matcher(joined);
            for (int at = 0; nextQuote(m, joined, at); at = m.end()) {
                // a quote may open on a later line of the window (a PDF wraps "với chủ đề" and the theme apart)
                String before = joined.substring(Math.max(0, m.start() - 140), m.start()).replace('\u0001', ' ');
                if (isThemeContext(before, event)) {
                    plan.setTheme(Regex.replaceAll(Regex.replaceAll(m.group(1).replace('\u0001', ' '), "\\s+", " ").strip(), "[.;,]$", ""));
                    plan.setThemeLine(lineOf(lines, i, joined, m.start()));
                    return;
                }
            }
        }
    }

    /**
     * For each line in [from, to) (by index in {@code lines}), whether a quote may open on it: it holds one of the
     * chars a match of {@link #QUOTED} begins with (a line without text is not skipped, so that it is read as before).
     */
    private static boolean[] opensQuote(List<SourceLine> lines, int from, int to) {
        boolean[] out = new boolean[lines.size()];
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text();
            out[i] = t == null || hasOpening(t);
        }
        return out;
    }

    private static boolean hasOpening(String t) {
        return t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('«') >= 0;
    }

    /** The chars a match of {@link #QUOTED} begins with. */
    private static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '«';
    }

    /**
     * {@code m.find()} from {@code at} ({@code m} over {@code joined}), tried only where a quote opens: {@code find()}
     * tries the pattern at every char of the three lines. The pattern has no anchor nor look-around, so a match from
     * a region's start is the one {@code find()} gives there.
     */
    private static boolean nextQuote(Matcher m, String joined, int at) {
        for (int p = at; p < joined.length(); p++) {
            if (isOpening(joined.charAt(p))) {
                m.region(p, joined.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line of the window where offset {@code at} of the joined text lies. */
    private static int lineOf(List<SourceLine> lines, int first, String joined, int at) {
        int line = first;
        for (int k = 0; k < at; k++) {
            if (joined.charAt(k) == '\u0001') {
                line++;
            }
        }
        return lines.get(Math.min(line, lines.size() - 1)).number();
    }

    private static boolean isThemeContext(String before, YearlyEvent event) {
        String f = OcrMatcher.ocrNormalize(before);
        int lastSentence = Math.max(f.lastIndexOf(". "), f.lastIndexOf("; "));
        String clause = lastSentence >= 0 ? f.substring(lastSentence + 1) : f;
        if (clause.contains("QUOC TE") || clause.contains("NGAY THE GIOI")) {
            return false;
        }
        if (clause.contains("CHU DE") || OcrMatcher.containsFuzzy(clause, "chủ đề")) {
            return true;
        }
        String tail = Regex.replaceAll(VietText.fold(before), "\\s+$", "");
        return event != null && OcrMatcher.containsFuzzy(clause, event.getName())
                && (tail.endsWith(":") || tail.endsWith("LA:") || tail.endsWith("LA"));
    }
}
