package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import vn.plancheck.model.DocSystem;
import vn.plancheck.model.IssuerBody;
import vn.plancheck.model.Plan;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/** Decides the document system from the header and number, and whether the issuer is a collective body. */
final class PlanClassifier {

    private PlanClassifier() {
    }

    /**
     * A collective body signs "TM." (state) or "T/M" (party). A party plan whose issuer was lost is still
     * a committee's plan: party plans are issued by cấp ủy and their standing committees.
     */
    static boolean collective(Plan plan, java.util.List<IssuerBody> bodies) {
        String issuer = plan.getIssuer();
        if (issuer == null) {
            return plan.getSystem() == DocSystem.PARTY && plan.getSymbol() != null && Regex.matches(plan.getSymbol(), "KH/[A-ZĐ]*U");
        }
        String f = OcrMatcher.ocrNormalize(issuer);
        for (IssuerBody b : bodies) {
            if (b.collective() && (f.startsWith(VietText.fold(b.body())) || OcrMatcher.startsWithFuzzy(issuer, b.body()))) {
                return true;
            }
        }
        return false;
    }

    static DocSystem system(Plan plan, java.util.List<IssuerBody> bodies) {
        if (plan.isPartyHeader() && !plan.isNationalHeader()) {
            return DocSystem.PARTY;
        }
        if (plan.isNationalHeader()) {
            return DocSystem.STATE;
        }
        if (plan.getSymbol() != null && Regex.matches(plan.getSymbol(), ".*[A-Z]+/[A-ZĐ]+.*")) {
            return DocSystem.PARTY; // "225-KH/HU": the party form puts the issuer after a slash
        }
        String issuer = plan.getIssuer() == null ? "" : plan.getIssuer();
        for (IssuerBody b : bodies) {
            if (b.party() && OcrMatcher.containsFuzzy(issuer, b.body()) && VietText.fold(issuer).length() < 60) {
                return DocSystem.PARTY;
            }
        }
        return DocSystem.STATE;
    }
}
