package vn.plancheck.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.DissolvedMention;
import vn.plancheck.model.DissolvedMention.Where;
import vn.plancheck.model.DissolvedUnit;
import vn.plancheck.model.MergedProvince;
import vn.plancheck.model.Plan;
import vn.plancheck.model.YearlyTheme;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.TaskItem;
import vn.plancheck.model.TaskSubject;
import vn.plancheck.model.ThemeCheck;
import vn.plancheck.model.ThemeElsewhere;
import vn.plancheck.model.UnitRef;
import vn.plancheck.model.UnknownCitations;
import vn.plancheck.model.UnlistedRecipient;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Facts that need both the plan and the reference data and some text matching, computed in Java so that
 * the DRL only compares values: units named as current actors after they were dissolved, place names of
 * merged provinces, the theme compared with the official themes, leftovers of model documents
 * ({@link TemplateResidues}), years named with yearly events ({@link YearMentions}), task items that name a person's
 * post, an enterprise or the public rather than a body (or assign nothing), report recipients missing from "Nơi
 * nhận", cited documents the registry does not know.
 */
final class DerivedFacts {
    private DerivedFacts() {
    }

    static List<Object> of(Plan plan, ReferenceData data) {
        List<Object> out = new ArrayList<>();
        Vocabulary v = data.vocabulary();
        LocalDate date = plan.getEarliestDate();
        if (date != null) {
            List<Place> places = places(plan);
            for (Vocabulary.Dissolved d : v.dissolved()) {
                if (!date.isBefore(d.unit().getDissolvedOn())) {
                    dissolved(plan, d, places, out);
                }
            }
            for (Vocabulary.Merged m : v.merged()) {
                if (m.province().getEffectiveDate() != null && !date.isBefore(m.province().getEffectiveDate())) {
                    province(plan, m, places, out);
                }
            }
        }
        themes(plan, v.themeKeys(), v.themeSimilarity(plan.isOcrSuspected()), out);
        out.addAll(TemplateResidues.of(plan, v.templateWords()));
        out.addAll(YearMentions.of(plan, v.yearlyEvents()));
        UnknownCitations unknown = unknownCitations(plan, v);
        if (unknown.getCount() > 0) {
            out.add(unknown);
        }
        taskSubjects(plan, v.subjects(), out);
        unlistedRecipients(plan, v.recipients(), out);
        return out;
    }

    /** First mentions whose document the registry has neither by number and symbol nor by number and date. */
    private static UnknownCitations unknownCitations(Plan plan, Vocabulary v) {
        List<Citation> unknown = new ArrayList<>();
        for (Citation c : plan.getCitations()) {
            if (c.isFirstMention() && c.getKey() != null && !v.registered(c.getKey(), c.getNumber(), c.getDate())) {
                unknown.add(c);
            }
        }
        unknown.sort(java.util.Comparator.comparingInt(Citation::getLine));
        return new UnknownCitations(unknown);
    }

    /**
     * Task items without a unit whose subject opens with words of task-subjects.csv: a person's post, an enterprise,
     * the public (OWNER), or a heading that assigns nothing (NOT_A_TASK).
     */
    private static void taskSubjects(Plan plan, List<Vocabulary.Subject> table, List<Object> out) {
        for (TaskItem t : plan.getTasks()) {
            if (t.getUnitName() != null || t.getSubject() == null) {
                continue;
            }
            Name.Text subject = new Name.Text(t.getSubject());
            for (Vocabulary.Subject w : table) {
                if (w.name().opens(subject, plan.isOcrSuspected())) {
                    out.add(new TaskSubject(t.getLine(), t.getSubject(), w.word().getWords(), w.word().getMeaning()));
                    break;
                }
            }
        }
    }

    /** Each body a report goes to that "Nơi nhận" does not cover ({@link ReportRecipients}). */
    private static void unlistedRecipients(Plan plan, ReportRecipients recipients, List<Object> out) {
        for (Deadline d : plan.getDeadlines()) {
            List<String> missing = new ArrayList<>();
            for (String r : d.getRecipients()) {
                if (!recipients.listed(r, plan) && !missing.contains(r)) {
                    missing.add(r);
                }
            }
            if (!missing.isEmpty()) {
                out.add(new UnlistedRecipient(missing, d.getLine(), d.getText()));
            }
        }
    }

    /**
     * The quoted theme of a plan that organises a yearly event, against the event's official themes: the plan's own
     * year's (ThemeCheck, naming the other year whose theme it quotes instead, if any); when the data has no theme for
     * the plan's year, a ThemeElsewhere for another year's theme it quotes and one saying the theme could not be checked.
     */
    private static void themes(Plan plan, List<Vocabulary.Theme> all, double least, List<Object> out) {
        if (plan.getYear() == null || plan.getTheme() == null || plan.getEvent() == null) {
            return;
        }
        int year = plan.getYear();
        List<Vocabulary.Theme> themes = all.stream().filter(t -> t.theme().getEvent().equals(plan.getEvent())).toList();
        if (themes.isEmpty()) {
            return; // an event the data keeps no themes for: nothing to compare with
        }
        Vocabulary.Theme written = Vocabulary.Theme.of(null, plan.getTheme());
        Vocabulary.Theme own = themes.stream().filter(y -> y.theme().getYear() == year).findFirst().orElse(null);
        YearlyTheme other = null;
        double best = 0;
        for (Vocabulary.Theme y : themes) {
            double sim = similarity(written.key(), y.key());
            if (y.theme().getYear() != year && sameTheme(written, y, sim, least) && sim > best) {
                other = y.theme();
                best = sim;
            }
        }
        if (own != null) {
            boolean same = sameTheme(written, own, similarity(written.key(), own.key()), least);
            out.add(new ThemeCheck(year, own.theme().getTheme(), plan.getTheme(), same, plan.getThemeLine(),
                    same || other == null ? null : other.getYear()));
        } else {
            if (other != null) {
                out.add(new ThemeElsewhere(year, other.getYear(), other.getTheme(), plan.getTheme(), plan.getThemeLine()));
            }
            out.add(new ThemeElsewhere(year, null, null, plan.getTheme(), plan.getThemeLine()));
        }
    }

    /**
     * {@link OcrMatcher#similarityNormalized} of a plan's theme and an official one, remembered: the plans of a
     * batch quote the same few themes, and the edit distance of two sentences is the costly part. Bounded.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Double> SIMILARITY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SIMILARITY_MAX = 5_000;

    private static double similarity(String written, String official) {
        String key = written + '\u0000' + official;
        Double known = SIMILARITY.get(key);
        if (known != null) {
            return known;
        }
        double sim = OcrMatcher.similarityNormalized(written, official);
        if (SIMILARITY.size() < SIMILARITY_MAX) {
            SIMILARITY.put(key, sim);
        }
        return sim;
    }

    /**
     * Equal once punctuation, quotes, case and diacritics are ignored, or at least {@code least} alike (settings.csv:
     * more noise is tolerated on text that OCR visibly damaged: "Hanh dqng thi~t th,!c" is still the 2024 theme);
     * {@code similarity} is theirs.
     */
    private static boolean sameTheme(Vocabulary.Theme written, Vocabulary.Theme official, double similarity, double least) {
        return written.words().equals(official.words()) || similarity >= least;
    }

    private static void dissolved(Plan plan, Vocabulary.Dissolved d, List<Place> places, List<Object> out) {
        DissolvedUnit u = d.unit();
        for (Place p : places) {
            if (p.where == Where.PLACE) {
                continue; // a place name is never a unit
            }
            if (d.names().stream().anyMatch(n -> n.in(p.key, plan.isOcrSuspected()))) {
                out.add(new DissolvedMention(u.getUnit(), u.getSuccessor(), u.getDissolvedOn(), u.getBasis(), p.where, p.line, p.text));
            }
        }
    }

    private static void province(Plan plan, Vocabulary.Merged merged, List<Place> places, List<Object> out) {
        MergedProvince m = merged.province();
        boolean ocr = plan.isOcrSuspected();
        for (Place p : places) {
            boolean hit = merged.named().in(p.key, ocr) || p.where == Where.PLACE && merged.bare().is(p.text, ocr);
            if (hit) {
                out.add(new DissolvedMention("tỉnh " + m.getOldName(), "tỉnh " + m.getNewName(), m.getEffectiveDate(),
                        "Nghị quyết 202/2025/QH15 ngày 12/6/2025", p.where, p.line, p.text));
            }
        }
    }

    private record Place(Where where, int line, String text, Name.Text key) {
        Place(Where where, int line, String text) {
            this(where, line, text, new Name.Text(text));
        }
    }

    /** Where a plan names bodies that must exist at its date: not in citations of older documents. */
    private static List<Place> places(Plan plan) {
        List<Place> out = new ArrayList<>();
        if (plan.getIssuer() != null) {
            out.add(new Place(Where.ISSUER, plan.getIssuerLine(), plan.getIssuer()));
        }
        if (plan.getPlace() != null) {
            out.add(new Place(Where.PLACE, plan.getDateLine(), plan.getPlace()));
        }
        for (TaskItem t : plan.getTasks()) {
            if (t.getUnitName() != null) {
                out.add(new Place(Where.ASSIGNED, t.getLine(), t.getUnitName()));
            }
        }
        for (UnitRef u : plan.getUnits()) {
            if (u.getRole() != vn.plancheck.model.UnitRole.MENTIONED) {
                out.add(new Place(Where.ASSIGNED, u.getLine(), u.getName()));
            }
        }
        for (Recipient r : plan.getRecipients()) {
            if (!r.isStorage()) {
                out.add(new Place(Where.RECIPIENTS, r.getLine(), r.getText()));
            }
        }
        for (Deadline d : plan.getDeadlines()) {
            if (d.getRecipient() != null) {
                out.add(new Place(Where.REPORT_RECIPIENT, d.getLine(), d.getRecipient()));
            }
        }
        return dedupe(out);
    }

    private static List<Place> dedupe(List<Place> places) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (out.stream().noneMatch(o -> o.line == p.line && VietText.fold(o.text).equals(VietText.fold(p.text)))) {
                out.add(p);
            }
        }
        return out;
    }
}
