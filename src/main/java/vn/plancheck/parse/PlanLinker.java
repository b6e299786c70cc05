package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Plan;
import vn.plancheck.model.YearMention;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Links facts within one plan once they are all extracted: which citation is a first mention, the issuer's
 * administrative level, and the years the plan names for its own event or work. (Whether a report's recipient is
 * in "Nơi nhận" needs the abbreviations of rules/data and is derived in vn.plancheck.rules.ReportRecipients.)
 */
final class PlanLinker {
    /** Phrases naming the plan's own yearly event or work, followed by a year. */
    private static final String[] OWN_EVENTS = {"THANG HANH DONG VI TRE EM", "CONG TAC TRE EM", "DIEN DAN TRE EM"};
    /** A year standing alone (not the end of a date or a document number). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.\\-])((?:19|20)\\d{2})(?![\\d/\\-])");
    /** How many characters before a year may hold the event's name and "năm". */
    private static final int WINDOW = 48;

    private PlanLinker() {
    }

    static void link(Plan plan, List<SourceLine> body) {
        markFirstMentions(plan, body.isEmpty() ? 0 : body.get(0).number());
        plan.setIssuerLevel(issuerLevel(plan));
        plan.setYearMentions(yearMentions(body, plan.getCitations()));
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

    /**
     * Years named right after one of the plan's own events ("Tháng hành động vì trẻ em năm 2023"). Only the
     * few words before each four-digit year are matched, tolerant of OCR, so lines without a year cost nothing.
     */
    private static List<YearMention> yearMentions(List<SourceLine> body, List<Citation> citations) {
        List<YearMention> out = new ArrayList<>();
        for (SourceLine l : body) {
            Matcher y = YEAR.matcher(l.text());
            while (y.find()) {
                String window = l.text().substring(Math.max(0, y.start() - WINDOW), y.start());
                for (String event : OWN_EVENTS) {
                    int i = OcrMatcher.indexOfFuzzy(window, event);
                    if (i >= 0 && isTail(window.substring(i), event) && !insideCitation(l, citations, y.group(1))) {
                        out.add(new YearMention(Integer.parseInt(y.group(1)), l.number(), (window.substring(i) + y.group(1)).strip()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Between the event and the year there may only be "năm" (or its OCR remains) and spaces. */
    private static boolean isTail(String fromEvent, String event) {
        String norm = OcrMatcher.ocrNormalize(fromEvent);
        int idx = norm.indexOf(event.substring(event.length() - 5));
        String rest = idx < 0 ? norm : norm.substring(idx + 5);
        return rest.strip().length() <= 5;
    }

    /** A year inside the text of a cited document ("Công văn … về Tháng hành động vì trẻ em năm 2023") is the document's business. */
    private static boolean insideCitation(SourceLine l, List<Citation> citations, String year) {
        for (Citation c : citations) {
            if (c.getLine() == l.number() && c.getText() != null && c.getText().contains(year)) {
                return true;
            }
        }
        return false;
    }
}
