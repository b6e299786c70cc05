package vn.plancheck.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Links facts within one plan once they are all extracted: which citation is a first mention, whether a
 * report's recipient is in "Nơi nhận", the issuer's administrative level.
 */
final class PlanLinker {
    private PlanLinker() {
    }

    static void link(Plan plan, List<SourceLine> body) {
        markFirstMentions(plan, body.isEmpty() ? 0 : body.get(0).number());
        plan.setIssuerLevel(issuerLevel(plan));
        for (Deadline d : plan.getDeadlines()) {
            d.setRecipientListed(d.getRecipient() == null || listed(d.getRecipient(), plan));
        }
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
        if (own.matches(".*\\b(XA|PHUONG|THI TRAN|DAC KHU)\\b.*") && !own.matches(".*\\bTHI XA\\b.*")) {
            return "COMMUNE";
        }
        if (own.matches(".*\\b(HUYEN|QUAN|THI XA)\\b.*")) {
            return "DISTRICT";
        }
        if (own.matches(".*\\b(TINH|SO|THANH PHO|TINH UY|THANH UY)\\b.*")) {
            return "PROVINCE";
        }
        if (own.matches(".*\\b(BO|CUC|CHINH PHU|THU TUONG|TRUNG UONG)\\b.*")) {
            return "CENTRAL";
        }
        return null;
    }

    /** The report's recipient is in "Nơi nhận", or is the issuing body itself (a province's plan reporting to its own UBND). */
    static boolean listed(String recipient, Plan plan) {
        String r = Abbreviations.expand(recipient);
        if (r.isEmpty()) {
            return true;
        }
        String issuer = Abbreviations.expand(plan.getIssuer());
        // "Ban Thường vụ Đảng ủy", "Thường trực Huyện ủy" are the issuing committee itself
        String own = r.replaceFirst("^(BAN THUONG VU|THUONG TRUC|TM) ", "");
        if (!issuer.isEmpty() && (issuer.startsWith(r) || issuer.startsWith(own) || OcrMatcher.similarity(issuer, r) >= 0.8)) {
            return true;
        }
        String committee = partyCommittee(plan);
        if (committee != null && OcrMatcher.containsFuzzy(r, committee)) {
            return true; // a party plan reporting to its own committee ("Ban Thường vụ Huyện ủy" of a "…-KH/HU")
        }
        double enough = plan.isOcrSuspected() ? 0.6 : 0.75;
        for (Recipient x : plan.getRecipients()) {
            if (x.isStorage()) {
                continue;
            }
            String e = Abbreviations.expand(x.getText());
            if (e.contains(r) || r.contains(e) && e.length() > 6 || OcrMatcher.similarity(e, r) >= enough) {
                return true;
            }
        }
        return false;
    }

    /** The committee a party document's symbol names ("HU" in "225-KH/HU" is the Huyện ủy), or null. */
    private static String partyCommittee(Plan plan) {
        if (plan.getSymbol() == null || !plan.getSymbol().contains("/")) {
            return null;
        }
        String code = VietText.fold(plan.getSymbol().substring(plan.getSymbol().lastIndexOf('/') + 1));
        return switch (code) {
            case "HU" -> "HUYEN UY";
            case "TU" -> "TINH UY";
            case "DU" -> "DANG UY";
            case "QU" -> "QUAN UY";
            case "TXU", "THU" -> "THI UY";
            default -> null;
        };
    }
}
