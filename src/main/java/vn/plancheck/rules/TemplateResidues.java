package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.plancheck.model.Plan;
import vn.plancheck.model.TemplateMark;
import vn.plancheck.model.TemplateResidue;
import vn.plancheck.model.TemplateWord;
import vn.plancheck.text.VietText;

/**
 * Which {@link TemplateMark}s of a plan are leftovers of a model document: every blank to fill in; and words joined
 * by "/" when each is a level or body of rules/data/template-words.csv ("Thành ủy/Tỉnh ủy", "tỉnh/thành phố"), unless
 * a class word makes them the name of a class of units ("các tỉnh/thành phố", "cấp xã/phường") or they are of a level
 * below the issuer's (a province's plan may address "xã/phường" in general).
 */
final class TemplateResidues {
    private static final List<String> RANKS = List.of("COMMUNE", "DISTRICT", "PROVINCE", "CENTRAL");

    private TemplateResidues() {
    }

    static List<TemplateResidue> of(Plan plan, List<TemplateWord> words) {
        Map<String, String> levels = new HashMap<>();
        Set<String> classes = new HashSet<>();
        int longest = 1;
        for (TemplateWord w : words) {
            String f = fold(w.getWord());
            if (f.isEmpty()) {
                continue;
            }
            if (w.getKind() == TemplateWord.Kind.CLASS) {
                classes.add(f);
            } else {
                levels.put(f, w.getLevel() == null ? "" : w.getLevel());
            }
            longest = Math.max(longest, f.split(" ").length);
        }
        List<TemplateResidue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TemplateMark m : plan.getTemplateMarks()) {
            TemplateResidue r = m.getKind() == TemplateMark.Kind.PLACEHOLDER ? new TemplateResidue(false, m.getLine(), m.getText())
                    : alternative(m, levels, classes, longest, plan.getIssuerLevel());
            if (r != null && seen.add(r.getLine() + "|" + r.getText())) {
                out.add(r);
            }
        }
        return out;
    }

    private static TemplateResidue alternative(TemplateMark m, Map<String, String> levels, Set<String> classes, int longest,
            String issuerLevel) {
        List<String> parts = m.getParts();
        if (parts.size() < 2 || levels.isEmpty()) {
            return null;
        }
        String[] first = Regex.split(parts.get(0), "\\s+");
        int k = longestKnown(first, levels, longest, true);
        if (k == 0 || before(first, k, classes)) {
            return null;
        }
        String[] last = Regex.split(parts.get(parts.size() - 1), "\\s+");
        int z = longestKnown(last, levels, longest, false);
        if (z == 0) {
            return null;
        }
        List<String> elements = new ArrayList<>();
        elements.add(join(first, first.length - k, first.length));
        for (String middle : parts.subList(1, parts.size() - 1)) {
            if (!levels.containsKey(fold(middle))) {
                return null;
            }
            elements.add(middle.strip());
        }
        elements.add(join(last, 0, z));
        Set<String> distinct = new HashSet<>();
        String level = null;
        for (String e : elements) {
            distinct.add(fold(e));
            String l = levels.get(fold(e));
            if (l != null && !l.isEmpty() && (level == null || RANKS.indexOf(l) > RANKS.indexOf(level))) {
                level = l;
            }
        }
        if (distinct.size() < 2) {
            return null;
        }
        if (level != null && issuerLevel != null && RANKS.indexOf(level) < RANKS.indexOf(issuerLevel)) {
            return null; // a level below the issuer's: the units under it, in general
        }
        return new TemplateResidue(true, m.getLine(), String.join("/", elements));
    }

    /** How many words at the end (or start) of {@code w} make a known level or body; 0 when none. */
    private static int longestKnown(String[] w, Map<String, String> levels, int longest, boolean atEnd) {
        for (int n = Math.min(longest, w.length); n >= 1; n--) {
            String words = atEnd ? join(w, w.length - n, w.length) : join(w, 0, n);
            if (levels.containsKey(fold(words))) {
                return n;
            }
        }
        return 0;
    }

    /** A class word ("các", "mỗi", "tất cả", "cấp") right before the last {@code k} words. */
    private static boolean before(String[] w, int k, Set<String> classes) {
        int end = w.length - k;
        for (int n = 1; n <= 2 && end - n >= 0; n++) {
            if (classes.contains(fold(join(w, end - n, end)))) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] w, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(w.length, to); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w[i]);
        }
        return Regex.replaceAll(b.toString(), "^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static String fold(String s) {
        return VietText.alnumWords(VietText.fold(s));
    }
}
