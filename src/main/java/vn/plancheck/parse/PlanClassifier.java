package vn.plancheck.parse;

import vn.plancheck.model.DocSystem;
import vn.plancheck.model.Plan;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/** Decides the document system from the header and number, and whether the issuer is a collective body. */
final class PlanClassifier {
    private static final String[] PARTY_BODIES = {"HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "ĐẢNG ỦY", "CHI BỘ", "BAN THƯỜNG VỤ",
        "ĐẢNG BỘ", "BAN CHẤP HÀNH", "QUẬN ỦY", "THỊ ỦY", "BAN TUYÊN GIÁO", "BAN DÂN VẬN"};

    private PlanClassifier() {
    }

    private static final String[] COLLECTIVE = {"ỦY BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HUYỆN ỦY", "TỈNH ỦY",
        "THÀNH ỦY", "ĐẢNG ỦY", "QUẬN ỦY", "THỊ ỦY", "BAN THƯỜNG VỤ", "CHI BỘ", "BAN CHẤP HÀNH"};

    /**
     * A collective body signs "TM." (state) or "T/M" (party). A party plan whose issuer was lost is still
     * a committee's plan: party plans are issued by cấp ủy and their standing committees.
     */
    static boolean collective(Plan plan) {
        String issuer = plan.getIssuer();
        if (issuer == null) {
            return plan.getSystem() == DocSystem.PARTY && plan.getSymbol() != null && plan.getSymbol().matches("KH/[A-ZĐ]*U");
        }
        String f = OcrMatcher.ocrNormalize(issuer);
        for (String c : COLLECTIVE) {
            if (f.startsWith(VietText.fold(c)) || OcrMatcher.startsWithFuzzy(issuer, c)) {
                return true;
            }
        }
        return false;
    }

    static DocSystem system(Plan plan) {
        if (plan.isPartyHeader() && !plan.isNationalHeader()) {
            return DocSystem.PARTY;
        }
        if (plan.isNationalHeader()) {
            return DocSystem.STATE;
        }
        if (plan.getSymbol() != null && plan.getSymbol().matches(".*[A-Z]+/[A-ZĐ]+.*")) {
            return DocSystem.PARTY; // "225-KH/HU": the party form puts the issuer after a slash
        }
        String issuer = plan.getIssuer() == null ? "" : plan.getIssuer();
        for (String body : PARTY_BODIES) {
            if (OcrMatcher.containsFuzzy(issuer, body) && VietText.fold(issuer).length() < 60) {
                return DocSystem.PARTY;
            }
        }
        return DocSystem.STATE;
    }
}
