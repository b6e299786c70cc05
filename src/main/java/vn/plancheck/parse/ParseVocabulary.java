package vn.plancheck.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.IssuerBody;
import vn.plancheck.model.Profile;
import vn.plancheck.model.SectionTitle;
import vn.plancheck.model.YearlyEvent;

/**
 * What the parser reads from the rule data (rules/data): the plan profiles and how each is recognised, the titles of
 * the kinds of section, the yearly events a profile organises, the party and collective issuing bodies. Compiled once when the rules load and shared by every
 * document of a batch; immutable.
 */
public final class ParseVocabulary {
    /** No profiles, no section titles: every plan is read, none is given a profile. */
    public static final ParseVocabulary EMPTY = new ParseVocabulary(List.of(), List.of(), List.of(), List.of(), List.of());

    private final List<ProfileMatcher> profiles;
    private final SectionTitles sectionTitles;
    private final Map<String, YearlyEvent> events = new HashMap<>();
    /** Each event's hotline number as a pattern that finds it standing alone ("111", not "1110" or "11/1"). */
    private final Map<String, java.util.regex.Pattern> hotlines = new HashMap<>();
    private final List<IssuerBody> issuerBodies;

    public ParseVocabulary(List<Profile> profiles, List<SectionTitle> sectionTitles, List<YearlyEvent> events,
                           List<DocumentKind> kinds, List<IssuerBody> issuerBodies) {
        this.issuerBodies = List.copyOf(issuerBodies);
        Map<String, List<String>> codes = new HashMap<>();
        for (DocumentKind k : kinds) {
            codes.put(TitlePhrase.words(k.getKind()), k.getSymbolCodes());
        }
        this.profiles = profiles.stream().map(p -> new ProfileMatcher(p, codes)).toList();
        this.sectionTitles = new SectionTitles(sectionTitles);
        for (YearlyEvent e : events) {
            if (e.getId() != null) {
                this.events.put(e.getId(), e);
                if (e.getHotline() != null) {
                    hotlines.put(e.getId(), java.util.regex.Pattern.compile(
                            "(?<![0-9/.])" + java.util.regex.Pattern.quote(e.getHotline()) + "(?![0-9/])"));
                }
            }
        }
    }

    /** The first profile, in the data's order, whose conditions the plan meets; null when none does. */
    Profile profileOf(vn.plancheck.model.Plan plan) {
        String title = plan.getTitle() == null ? "" : plan.getTitle();
        String words = TitlePhrase.words(title);
        for (ProfileMatcher m : profiles) {
            if (m.matches(plan, title, words)) {
                return m.profile();
            }
        }
        return null;
    }

    /** The party and collective bodies of issuer-bodies.csv. */
    List<IssuerBody> issuerBodies() {
        return issuerBodies;
    }

    SectionTitles sectionTitles() {
        return sectionTitles;
    }

    /** The pattern of the event's hotline number, or null when it has none. */
    java.util.regex.Pattern hotline(YearlyEvent event) {
        return event.getId() == null ? null : hotlines.get(event.getId());
    }

    /** The event with this id, or null. */
    YearlyEvent event(String id) {
        return id == null ? null : events.get(id);
    }
}
