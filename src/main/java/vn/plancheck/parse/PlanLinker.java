package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Plan;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Links facts within one plan once they are all extracted: which citation is a first mention, the issuer's
 * administrative level. (Whether a report's recipient is in "Nơi nhận" needs the abbreviations of rules/data and is
 * derived in vn.plancheck.rules.ReportRecipients; the years named with yearly events in vn.plancheck.rules.YearMentions.)
 */
final class PlanLinker {

    private PlanLinker() {
    }

    static void link(Plan plan, List<SourceLine> body) {
        markFirstMentions(plan, body.isEmpty() ? 0 : body.get(0).number());
        plan.setIssuerLevel(issuerLevel(plan));
    }

    /**
     * The first citation of each document in the body is the one that must be complete. A title that names the
     * directive it implements ("Thực hiện Chỉ thị số 28-CT/TW …") is not held to that; the body cites it in full.
     */
    private static void markFirstMentions(Plan plan, int bodyStartLine) {
        Set<String> seen = new HashSet<>();
        for (Citation c : plan.getCitations()) {
            String key = c.getKey() != null ? c.getKey() : c.getLawName() == null ? null : VietText.fold(c.getLawName());
            if (c.getLine() < bodyStartLine) {
                c.setFirstMention(false);
                continue;
            }
            c.setFirstMention(key == null || seen.add(key));
        }
    }

    static String issuerLevel(Plan plan) {
        String issuer = VietText.fold((plan.getParentIssuer() == null ? "" : plan.getParentIssuer() + " ") + (plan.getIssuer() == null ? "" : plan.getIssuer()));
        String own = VietText.fold(plan.getIssuer() == null ? "" : plan.getIssuer());
        if (issuer.isBlank()) {
            return null;
        }
        if (Regex.matches(own, ".*\\b(XA|PHUONG|THI TRAN|DAC KHU)\\b.*") && !Regex.matches(own, ".*\\bTHI XA\\b.*")) {
            return "COMMUNE";
        }
        if (Regex.matches(own, ".*\\b(HUYEN|QUAN|THI XA)\\b.*")) {
            return "DISTRICT";
        }
        if (Regex.matches(own, ".*\\b(TINH|SO|THANH PHO|TINH UY|THANH UY)\\b.*")) {
            return "PROVINCE";
        }
        if (Regex.matches(own, ".*\\b(BO|CUC|CHINH PHU|THU TUONG|TRUNG UONG)\\b.*")) {
            return "CENTRAL";
        }
        return null;
    }

}
