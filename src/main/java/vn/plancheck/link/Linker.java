package vn.plancheck.link;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Dates;
import vn.plancheck.model.ParentPlan;
import vn.plancheck.model.Plan;
import vn.plancheck.model.TaskNotTakenUp;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Links subordinate plans to the plan they implement and derives the facts the LINK rules compare:
 * how the child cites its parent, whose theme and deadlines it follows, which of the parent's tasks for
 * units of the child's kind it never mentions.
 */
public final class Linker {
    /** Share of a parent task's content words a child must mention to count as taking the task up. */
    private static final double TAKEN_UP = 0.25;
    private static final Set<String> STOP = Set.of("CAC", "VA", "CUA", "CHO", "VOI", "TRONG", "TREN", "THEO", "DE", "TAI", "NHUNG",
            "DUOC", "LA", "CO", "KHONG", "TO", "CHUC", "THUC", "HIEN", "TRIEN", "KHAI", "CHI", "DAO", "TREM", "TRE", "EM", "NAM",
            "HOAT", "DONG", "VE", "KE", "HOACH", "PHOI", "HOP", "DON", "VI", "LIEN", "QUAN", "TANG", "CUONG");

    private Linker() {
    }

    /**
     * Parents found inside the batch. A child cites its parent by number and symbol; the date is where copying
     * errors happen (a commune plan citing its district's plan with the wrong day), so it is not required to match:
     * the same number and symbol with the same date, or with the same issuer, or — when the citation names no
     * issuer — with a date in the parent's year. A wrong date or issuer is then LINK-PARENT-CITATION-MISMATCH, the
     * finding the auditor needs. "16/KH-UBND" is common to many bodies, so a citation that names another issuer, or
     * a date in another year, is not linked. Only plans take part: a decree or a decision cited by number and date
     * is not a plan the child implements. Returns child file → parent profile.
     */
    public static Map<String, PlanProfile> autoLinks(List<PlanProfile> profiles) {
        Map<String, List<PlanProfile>> byKey = new LinkedHashMap<>();
        for (PlanProfile p : profiles) {
            if (p.key() != null && p.plan()) {
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, PlanProfile> links = new LinkedHashMap<>();
        for (PlanProfile child : profiles) {
            if (!child.plan()) {
                continue;
            }
            PlanProfile exact = null;
            PlanProfile near = null;
            for (PlanProfile.Cited c : child.citations()) {
                for (PlanProfile parent : byKey.getOrDefault(c.key(), List.of())) {
                    if (parent == child) {
                        continue;
                    }
                    if (c.date() != null && c.date().equals(parent.issueDate())) {
                        exact = exact == null ? parent : exact;
                    } else if (near == null && sameParent(c, parent)) {
                        near = parent;
                    }
                }
            }
            if (exact != null || near != null) {
                links.put(child.file(), exact != null ? exact : near);
            }
        }
        return links;
    }

    /** A citation with the parent's number and symbol but another date: still the parent when issuer or year agree. */
    private static boolean sameParent(PlanProfile.Cited c, PlanProfile parent) {
        if (c.issuer() != null && parent.issuer() != null) {
            return sameBody(parent.issuer(), c.issuer());
        }
        return c.date() != null && parent.issueDate() != null && c.date().getYear() == parent.issueDate().getYear();
    }

    /** The facts for checking {@code child} against {@code parent}. */
    public static List<Object> facts(PlanProfile parent, Plan child, SourceText childText) {
        List<Object> out = new ArrayList<>();
        PlanProfile.Cited cite = citationOf(parent, child);
        ParentPlan.Citing citing = cite == null ? ParentPlan.Citing.RIGHT : citing(parent, cite);
        boolean themeSame = parent.theme() == null || child.getTheme() == null
                || sameText(parent.theme(), child.getTheme());
        out.add(new ParentPlan(parent.file(), parent.numberSymbol(), parent.issueDate(), parent.issuer(), parent.theme(),
                parent.firstDeadline(), cite != null, citing, cite == null ? 0 : cite.line(), cite == null ? null : cite.text(), themeSame));
        out.addAll(tasksNotTakenUp(parent, child, childText));
        return out;
    }

    /**
     * The child's citation of the parent: the same number and symbol, else a plan with the same number or the same
     * date that nothing else contradicts. "Kế hoạch số 45-KH/HU ngày 25/02/2022 của Ban Thường vụ Huyện ủy Bảo Yên"
     * shares only the number with a parent 45/KH-UBND of the UBND tỉnh Điện Biên issued in 2024: it is another plan,
     * and the child does not cite its parent at all.
     */
    private static PlanProfile.Cited citationOf(PlanProfile parent, Plan child) {
        PlanProfile own = PlanProfile.of(child, new SourceText(child.getFile(), "txt", List.of(), List.of()));
        PlanProfile.Cited best = null;
        String parentNumber = vn.plancheck.model.Keys.numberOf(parent.numberSymbol());
        for (PlanProfile.Cited c : own.citations()) {
            if (parent.key() != null && parent.key().equals(c.key())) {
                return c;
            }
            boolean samePlanKind = "KE_HOACH".equals(c.docType());
            boolean sameNumber = parentNumber != null && parentNumber.equals(c.number());
            boolean sameDate = parent.issueDate() != null && parent.issueDate().equals(c.date());
            if (best == null && samePlanKind && (sameNumber || sameDate) && !contradicts(parent, c, sameDate)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * A citation that shares the parent's number or date but names another issuer, or (sharing only the number) a
     * date in another year, is of another plan.
     */
    private static boolean contradicts(PlanProfile parent, PlanProfile.Cited c, boolean sameDate) {
        if (c.issuer() != null && parent.issuer() != null && !sameBody(parent.issuer(), c.issuer())) {
            return true;
        }
        return !sameDate && c.date() != null && parent.issueDate() != null && c.date().getYear() != parent.issueDate().getYear();
    }

    /** What the citation wrote and where it departs from the parent (the rule words the message). */
    private static ParentPlan.Citing citing(PlanProfile parent, PlanProfile.Cited c) {
        boolean number = parent.key() != null && !parent.key().equals(c.key());
        boolean date = parent.issueDate() != null && c.date() != null && !parent.issueDate().equals(c.date());
        boolean issuer = parent.issuer() != null && c.issuer() != null && !sameBody(parent.issuer(), c.issuer());
        return new ParentPlan.Citing(number, date, issuer, c.date(), c.issuer());
    }

    static boolean sameBody(String a, String b) {
        String x = expand(a);
        String y = expand(b);
        return x.contains(y) || y.contains(x) || OcrMatcher.similarity(x, y) >= 0.75;
    }

    private static String expand(String s) {
        String t = Regex.replaceAll(Regex.replaceAll(VietText.fold(s), "\\bUBND\\b", "UY BAN NHAN DAN"), "\\bHDND\\b", "HOI DONG NHAN DAN");
        return VietText.alnumWords(t);
    }

    static boolean sameText(String a, String b) {
        String x = VietText.alnumWords(OcrMatcher.ocrNormalize(a));
        String y = VietText.alnumWords(OcrMatcher.ocrNormalize(b));
        return x.equals(y) || OcrMatcher.similarity(x, y) >= 0.9;
    }

    /** Parent tasks addressed to the child's kind of unit whose content words the child barely uses. */
    private static List<TaskNotTakenUp> tasksNotTakenUp(PlanProfile parent, Plan child, SourceText childText) {
        List<TaskNotTakenUp> out = new ArrayList<>();
        if (child.getIssuer() == null) {
            return out;
        }
        Set<String> childWords = new HashSet<>();
        for (SourceLine l : childText.lines()) {
            childWords.addAll(pairs(l.text()));
        }
        for (PlanProfile.Task t : parent.tasks()) {
            if (t.unit() == null || !addressedTo(t.unit(), child)) {
                continue;
            }
            Set<String> content = pairs(t.text().replace(t.unit(), " "));
            if (content.size() < 4) {
                continue;
            }
            long hit = content.stream().filter(childWords::contains).count();
            if ((double) hit / content.size() < TAKEN_UP) {
                out.add(new TaskNotTakenUp(t.number(), t.unit(), t.text().length() > 300 ? t.text().substring(0, 297) + "…" : t.text()));
            }
        }
        return out;
    }

    /** Whether a parent's task addressee names the child's kind of unit ("UBND các huyện" for a UBND huyện). */
    static boolean addressedTo(String unit, Plan child) {
        String u = expand(unit);
        String issuer = expand(child.getIssuer());
        if (u.contains(issuer) || issuer.contains(u) && u.length() > 8) {
            return true;
        }
        String level = child.getIssuerLevel();
        boolean people = issuer.startsWith("UY BAN NHAN DAN");
        if ("DISTRICT".equals(level) && people && Regex.matches(u, ".*\\bUY BAN NHAN DAN (CAC |CAP )?(HUYEN|QUAN).*")) {
            return true;
        }
        if ("COMMUNE".equals(level) && people && Regex.matches(u, ".*\\bUY BAN NHAN DAN (CAC |CAP )?(XA|PHUONG).*")) {
            return true;
        }
        return issuer.startsWith("SO ") && Regex.matches(u, ".*\\bCAC SO\\b.*");
    }

    /**
     * Pairs of adjacent syllables ("ĐUỐI NƯỚC", "DIỄN ĐÀN"): Vietnamese words are mostly two syllables, and single
     * syllables are too common to say whether a child took a task up.
     */
    private static Set<String> pairs(String s) {
        String[] w = Regex.split(OcrMatcher.ocrNormalize(s), "[^A-Z0-9]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].length() >= 2 && w[i + 1].length() >= 2 && !(STOP.contains(w[i]) && STOP.contains(w[i + 1]))) {
                out.add(w[i] + " " + w[i + 1]);
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Regex.split(OcrMatcher.ocrNormalize(s), "[^A-Z0-9]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
