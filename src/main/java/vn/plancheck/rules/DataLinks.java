package vn.plancheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.PartyRuleset;
import vn.plancheck.model.Profile;
import vn.plancheck.model.ReportDeadlineRule;
import vn.plancheck.model.RequiredSection;
import vn.plancheck.model.SectionTitle;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.model.YearlyTheme;

/**
 * The references between the tables of rules/data, checked once they are all read: a profile's event and document
 * kinds, a required section's profile and section, a theme's event must exist, or the row would silently never apply.
 * A table that is absent from the folder is not checked against (a test's rules folder may hold only some tables).
 */
final class DataLinks {
    private DataLinks() {
    }

    static void check(List<Object> facts, Map<Object, RuleError> origins, List<RuleError> errors) {
        Set<String> profiles = ids(facts, Profile.class, Profile::getId);
        Set<String> sections = ids(facts, SectionTitle.class, SectionTitle::section);
        Set<String> events = ids(facts, YearlyEvent.class, YearlyEvent::getId);
        Set<String> kinds = ids(facts, DocumentKind.class, k -> k.getKind().toLowerCase(java.util.Locale.ROOT));
        boolean haveEvents = facts.stream().anyMatch(YearlyEvent.class::isInstance);
        boolean haveKinds = !kinds.isEmpty();
        Profile catchAll = null;
        for (Object f : facts) {
            if (f instanceof Profile p) {
                if (catchAll != null) {
                    error(origins, f, errors, "dòng này không bao giờ được dùng: hồ sơ " + catchAll.getId()
                            + " ở trên không có điều kiện nên nhận mọi kế hoạch; chuyển dòng này lên trên hồ sơ đó");
                }
                if (p.isUnconditional()) {
                    catchAll = p;
                }
                if (p.getEvent() != null && haveEvents && !events.contains(p.getEvent())) {
                    error(origins, f, errors, "cột event: không có sự kiện mã " + p.getEvent() + " ở cột id của yearly-events.csv");
                }
                for (String k : p.getImplementsKinds()) {
                    if (haveKinds && !kinds.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                        error(origins, f, errors, "cột implements: loại văn bản \"" + k + "\" không có ở cột kind của document-kinds.csv");
                    }
                }
            } else if (f instanceof RequiredSection r) {
                if (!profiles.isEmpty() && !profiles.contains(r.getProfile())) {
                    error(origins, f, errors, "cột profile: không có hồ sơ " + r.getProfile() + " ở plan-profiles.csv");
                }
                if (!sections.isEmpty() && !sections.contains(r.getSection())) {
                    error(origins, f, errors, "cột section: không có phần " + r.getSection() + " ở section-titles.csv (thêm ít nhất một tên phần cho nó)");
                }
            } else if (f instanceof ReportDeadlineRule r) {
                if (!profiles.isEmpty() && !profiles.contains(r.getProfile())) {
                    error(origins, f, errors, "cột profile: không có hồ sơ " + r.getProfile() + " ở plan-profiles.csv");
                }
            } else if (f instanceof YearlyTheme t) {
                if (haveEvents && !events.contains(t.getEvent())) {
                    error(origins, f, errors, "cột event: không có sự kiện mã " + t.getEvent() + " ở cột id của yearly-events.csv");
                }
            }
        }
        if (!profiles.isEmpty() && catchAll == null) {
            errors.add(new RuleError(origins.values().stream().map(RuleError::file).filter(x -> x.endsWith("plan-profiles.csv"))
                    .findFirst().orElse("plan-profiles.csv"), 0,
                    "cần một hồ sơ không có điều kiện (như GENERIC) ở dòng cuối, cho các kế hoạch không thuộc hồ sơ nào"));
        }
    }

    /** The rulesets with the day each one ends: the next one's first day. */
    static List<Object> withRulesetEnds(List<Object> facts) {
        List<PartyRuleset> sets = facts.stream().filter(PartyRuleset.class::isInstance).map(PartyRuleset.class::cast)
                .sorted(Comparator.comparing(PartyRuleset::getFrom)).toList();
        if (sets.isEmpty()) {
            return facts;
        }
        List<Object> out = new ArrayList<>(facts.stream().filter(f -> !(f instanceof PartyRuleset)).toList());
        for (int i = 0; i < sets.size(); i++) {
            PartyRuleset r = sets.get(i);
            out.add(new PartyRuleset(r.getFrom(), i + 1 < sets.size() ? sets.get(i + 1).getFrom() : null, r.getName()));
        }
        return out;
    }

    private static <T> Set<String> ids(List<Object> facts, Class<T> type, java.util.function.Function<T, String> id) {
        Set<String> out = new HashSet<>();
        for (Object f : facts) {
            if (type.isInstance(f)) {
                String v = id.apply(type.cast(f));
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static void error(Map<Object, RuleError> origins, Object fact, List<RuleError> errors, String message) {
        RuleError at = origins.get(fact);
        errors.add(new RuleError(at == null ? "rules/data" : at.file(), at == null ? 0 : at.line(), message));
    }
}
