package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.plancheck.model.DocSystem;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Profile;

/**
 * One row of rules/data/plan-profiles.csv compiled: whether a plan's title and issuer satisfy all of the row's
 * conditions. The matcher only evaluates what the data says; which profile wins is the data's row order.
 */
final class ProfileMatcher {
    private final Profile profile;
    private final List<TitlePhrase> starts;
    private final List<TitlePhrase> phrases;
    private final List<TitlePhrase> excludes;
    private final List<TitlePhrase> kindNames;
    /** Symbols of an implemented kind: party "28-CT/TW", state "36/CT-TTg", "56/2017/NĐ-CP" (on {@link TitlePhrase#words}). */
    private final Pattern kindSymbols;

    /** {@code kindCodes}: the symbol abbreviations of each document kind (document-kinds.csv), by kind name. */
    ProfileMatcher(Profile profile, Map<String, List<String>> kindCodes) {
        this.profile = profile;
        this.starts = profile.getTitleStarts().stream().map(TitlePhrase::new).toList();
        this.phrases = profile.getTitlePhrases().stream().map(TitlePhrase::new).toList();
        this.excludes = profile.getTitleExcludes().stream().map(TitlePhrase::new).toList();
        this.kindNames = profile.getImplementsKinds().stream().map(TitlePhrase::new).toList();
        List<String> codes = new ArrayList<>();
        for (String kind : profile.getImplementsKinds()) {
            for (String code : kindCodes.getOrDefault(TitlePhrase.words(kind), List.of())) {
                String c = TitlePhrase.words(code);
                if (!c.isEmpty()) {
                    codes.add(Pattern.quote(c));
                }
            }
        }
        String alt = String.join("|", codes);
        this.kindSymbols = codes.isEmpty() ? null
                : Pattern.compile("\\b\\d{1,4} (" + alt + ") [A-Z]|\\b\\d{1,4}(?: \\d{4})? (" + alt + ") [A-Z]");
    }

    Profile profile() {
        return profile;
    }

    /** {@code title} and {@code words} ({@link TitlePhrase#words} of it) are computed once for all the profiles. */
    boolean matches(Plan plan, String title, String words) {
        boolean ocr = plan.isOcrSuspected();
        if (!starts.isEmpty() && starts.stream().noneMatch(p -> p.opens(title, words, ocr))) {
            return false;
        }
        if (!phrases.isEmpty() && phrases.stream().noneMatch(p -> p.in(title, words, ocr))) {
            return false;
        }
        if (excludes.stream().anyMatch(p -> p.in(title, words, ocr))) {
            return false;
        }
        if (!kindNames.isEmpty() && kindNames.stream().noneMatch(p -> p.in(title, words, ocr))
                && (kindSymbols == null || !kindSymbols.matcher(words).find())) {
            return false;
        }
        DocSystem system = profile.getIssuerSystem();
        return system == null || system == plan.getSystem();
    }
}
