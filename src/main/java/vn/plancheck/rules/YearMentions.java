package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.model.Plan;
import vn.plancheck.model.YearMention;
import vn.plancheck.model.YearPhrase;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Which {@link YearPhrase}s of a plan name the year of a yearly event of rules/data/yearly-events.csv ("Tháng hành
 * động vì trẻ em năm 2023") or of the plan's own work ("các xã xây dựng kế hoạch … năm 2024", outside the basis
 * paragraph, a plan cited by number aside). OCR'd text is matched with OCR tolerance.
 */
final class YearMentions {
    /** "xây dựng kế hoạch … năm": the work the plan asks for, named with its year. */
    private static final Pattern OWN_PLAN = Pattern.compile("(?<![A-Z])(?:XAY DUNG|BAN HANH|TRIEN KHAI|THUC HIEN)\\s+(?:CAC\\s+)?"
            + "(KE HOACH(?:(?!\\sSO\\s)[^;:.()]){0,60}?\\s+NAM)\\s*$");

    /** The events' names folded, once per run rather than once per plan (they come from the rule data: a few dozen). */
    private static final java.util.Map<String, String> PLAIN_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private YearMentions() {
    }

    static List<YearMention> of(Plan plan, List<YearlyEvent> events) {
        List<YearMention> out = new ArrayList<>();
        if (plan.getYearPhrases().isEmpty()) {
            return out;
        }
        List<String> names = events.stream().map(YearlyEvent::getName).toList();
        List<String> folded = names.stream().map(n -> PLAIN_NAMES.computeIfAbsent(n, YearMentions::plain)).toList();
        for (YearPhrase p : plan.getYearPhrases()) {
            String event = null;
            String fb = plain(p.getBefore());
            // OCR'd text is normalised once for all the events' fuzzy searches, not once per event
            OcrMatcher.Prepared prepared = plan.isOcrSuspected() ? OcrMatcher.prepare(p.getBefore()) : null;
            for (int i = 0; i < names.size() && event == null; i++) {
                event = eventBefore(p.getBefore(), fb, names.get(i), folded.get(i), prepared);
            }
            if (event != null) {
                out.add(new YearMention(p.getYear(), p.getLine(), event + " " + p.getYear(), YearMention.Kind.EVENT));
                continue;
            }
            if (!p.isBasis()) {
                Matcher m = OWN_PLAN.matcher(VietText.foldKeepLength(p.getBefore()));
                if (m.find()) {
                    out.add(new YearMention(p.getYear(), p.getLine(), p.getBefore().substring(m.start(1)).strip() + " " + p.getYear(),
                            YearMention.Kind.OWN_WORK));
                }
            }
        }
        return out;
    }

    /**
     * The event's name as written when {@code before} ends with it and "năm" (or nothing), else null. OCR'd text:
     * the fuzzy match of the name, and after its last letters nothing but "năm" and spaces.
     */
    /** @param ocr {@code before} prepared for fuzzy searches when the text is OCR'd, else null */
    static String eventBefore(String before, String fb, String event, String fe, OcrMatcher.Prepared ocr) {
        if (fe.isEmpty()) {
            return null;
        }
        if (fb.endsWith(" NAM") && endsWithWords(fb, fb.length() - 4, fe) || endsWithWords(fb, fb.length(), fe)) {
            int words = fe.split(" ").length + (fb.endsWith(" NAM") ? 1 : 0);
            return lastWords(before, words);
        }
        if (ocr == null) {
            return null;
        }
        int i = ocr.indexOf(event);
        if (i < 0) {
            return null;
        }
        String norm = OcrMatcher.ocrNormalize(before.substring(i));
        String fold = OcrMatcher.ocrNormalize(event);
        String tail = fold.substring(Math.max(0, fold.length() - 5));
        int idx = norm.indexOf(tail);
        String rest = idx < 0 ? norm : norm.substring(idx + tail.length());
        return rest.strip().length() <= 5 ? before.substring(i).strip() : null;
    }

    /**
     * Whether the first {@code end} chars of {@code s} are {@code words} or end with a space and {@code words}:
     * {@code head.equals(words) || head.endsWith(" " + words)} without making either string (every event is tried
     * on every year phrase).
     */
    static boolean endsWithWords(String s, int end, String words) {
        int from = end - words.length();
        return from >= 0 && s.regionMatches(from, words, 0, words.length()) && (from == 0 || s.charAt(from - 1) == ' ');
    }

    private static String plain(String s) {
        return VietText.alnumWords(VietText.fold(s));
    }

    private static String lastWords(String s, int n) {
        String[] w = Regex.split(s.strip(), "\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, w.length - n); i < w.length; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w[i]);
        }
        return Regex.replaceAll(b.toString(), "^[^\\p{L}]+", "");
    }
}
