package vn.plancheck.parse;

import vn.plancheck.model.DocSystem;
import vn.plancheck.model.Plan;
import vn.plancheck.model.PlanType;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/** Decides the plan type from its title and the document system from its header and number. */
final class PlanClassifier {
    private static final String[] PARTY_BODIES = {"HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "ĐẢNG ỦY", "CHI BỘ", "BAN THƯỜNG VỤ",
        "ĐẢNG BỘ", "BAN CHẤP HÀNH", "QUẬN ỦY", "THỊ ỦY", "BAN TUYÊN GIÁO", "BAN DÂN VẬN"};

    private PlanClassifier() {
    }

    static PlanType type(String title) {
        if (title == null) {
            return PlanType.OTHER;
        }
        if (OcrMatcher.containsFuzzy(title, "Tháng hành động vì trẻ em")) {
            return PlanType.ACTION_MONTH;
        }
        String f = OcrMatcher.ocrNormalize(title);
        if (OcrMatcher.startsWithFuzzy(title, "Thực hiện Chỉ thị") || OcrMatcher.startsWithFuzzy(title, "Thực hiện Nghị quyết")
                || OcrMatcher.startsWithFuzzy(title, "Thực hiện Kết luận") || OcrMatcher.startsWithFuzzy(title, "Triển khai thực hiện Chỉ thị")
                || OcrMatcher.startsWithFuzzy(title, "Triển khai Chỉ thị") || OcrMatcher.startsWithFuzzy(title, "Triển khai thực hiện Nghị quyết")) {
            return PlanType.DIRECTIVE_IMPLEMENTATION;
        }
        if (OcrMatcher.containsFuzzy(title, "công tác trẻ em") || f.contains("CONG TAC TRE EM")
                || OcrMatcher.containsFuzzy(title, "bảo vệ, chăm sóc trẻ em năm") || OcrMatcher.containsFuzzy(title, "công tác bảo vệ trẻ em")) {
            return PlanType.ANNUAL_CHILD_WORK;
        }
        return PlanType.OTHER;
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
