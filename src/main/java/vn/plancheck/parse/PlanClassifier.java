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

    /** A directive, resolution or conclusion cited by number: "28-CT/TW", "05-NQ/TU", "36/CT-TTg". */
    private static final java.util.regex.Pattern DIRECTIVE_NUMBER =
            java.util.regex.Pattern.compile("\\b\\d{1,4}\\s*-\\s*(CT|NQ|KL)\\s*/|\\b\\d{1,4}\\s*/\\s*(CT|NQ)\\s*-");
    private static final String[] DIRECTIVE_WORDS = {"CHI THI", "NGHI QUYET", "KET LUAN"};

    /** One of the first words of the title is "Chỉ thị", "Nghị quyết" or "Kết luận" (one OCR slip allowed). */
    private static boolean namesDirective(String folded) {
        String[] w = folded.split(" ");
        for (int i = 0; i + 1 < Math.min(w.length, 6); i++) {
            String pair = w[i] + " " + w[i + 1];
            for (String d : DIRECTIVE_WORDS) {
                if (OcrMatcher.distance(pair, d) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private PlanClassifier() {
    }

    static PlanType type(String title) {
        if (title == null) {
            return PlanType.OTHER;
        }
        if (isChildActionMonth(title)) {
            return PlanType.ACTION_MONTH;
        }
        String f = OcrMatcher.ocrNormalize(title);
        if (DIRECTIVE_NUMBER.matcher(f).find() || namesDirective(f)) {
            return PlanType.DIRECTIVE_IMPLEMENTATION;
        }
        if (OcrMatcher.containsFuzzy(title, "công tác trẻ em") || f.contains("CONG TAC TRE EM")
                || OcrMatcher.containsFuzzy(title, "bảo vệ, chăm sóc trẻ em năm") || OcrMatcher.containsFuzzy(title, "công tác bảo vệ trẻ em")) {
            return PlanType.ANNUAL_CHILD_WORK;
        }
        return PlanType.OTHER;
    }

    /**
     * "Tháng hành động vì trẻ em", OCR-tolerant, but not another action month: the fuzzy match of the whole phrase
     * also accepts "Tháng hành động vì bình đẳng giới", so the words after "vì" must themselves be "trẻ em".
     */
    private static boolean isChildActionMonth(String title) {
        int at = OcrMatcher.indexOfFuzzy(title, "Tháng hành động vì trẻ em");
        if (at < 0) {
            return false;
        }
        String after = title.substring(Math.min(title.length(), at + 15), Math.min(title.length(), at + 32));
        return OcrMatcher.containsFuzzy(after, "trẻ em");
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
