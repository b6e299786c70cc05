package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Plan;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Finds a plan issued with another document, which makes that document a plan: a decision titled "Ban hành Kế
 * hoạch …" (the plan follows it, or is attached), or a "KẾ HOẠCH" heading further down marked "(Ban hành kèm theo
 * Quyết định số …)".
 */
final class AnnexedPlan {
    /** "Về việc ban hành Kế hoạch …", "Ban hành kèm theo Quyết định này Kế hoạch …" (on the OCR-normalized title). */
    private static final Pattern ISSUES_PLAN = Pattern.compile("\\bBAN HANH (CAC )?KE HOACH\\b");
    /** "(Ban hành kèm theo Quyết định số …)", "(Kèm theo QĐ số …)", also of a resolution. */
    private static final Pattern ANNEX_MARK = Pattern.compile("\\bKEM THEO\\s+(QUYET DINH|QD|NGHI QUYET|NQ)\\b");
    /** How many lines around an annex's "KẾ HOẠCH" heading may hold its title and the mark. */
    private static final int BEFORE = 3;
    private static final int AFTER = 8;

    private AnnexedPlan() {
    }

    /** Sets {@link Plan#isPlanAnnexed()} from the title and from the lines from {@code bodyStart} (an index) on. */
    static void find(List<SourceLine> lines, int bodyStart, Plan plan) {
        if (plan.getTitle() != null && ISSUES_PLAN.matcher(OcrMatcher.ocrNormalize(plan.getTitle())).find()) {
            plan.setPlanAnnexed(true);
            plan.setPlanAnnexLine(titleLine(lines, plan.getDocTypeLine()));
            return;
        }
        // the marks are rare and cheap to find; the type lines around them are tried only there (trying every line
        // for a type line cost 3 % of a batch's CPU). The first heading with a mark of this document near it counts.
        int heading = -1;
        for (int j = 0; j < lines.size(); j++) {
            String folded = lines.get(j).folded();
            if (!folded.contains("KEM") || !folded.contains("THEO")) {
                continue;
            }
            String mark = VietText.fold(lines.get(j).text());
            if (!ANNEX_MARK.matcher(mark).find() || !ofThisDocument(mark, plan.getNumber())) {
                continue;
            }
            int last = heading >= 0 ? heading - 1 : lines.size() - 1;
            for (int i = Math.max(Math.max(0, bodyStart), j - AFTER); i <= Math.min(last, j + BEFORE); i++) {
                if ("KE HOACH".equals(HeaderParser.typeKey(lines.get(i).text()))) {
                    heading = i;
                    break;
                }
            }
        }
        if (heading >= 0) {
            plan.setPlanAnnexed(true);
            plan.setPlanAnnexLine(lines.get(heading).number());
        }
    }

    /** The index of the first "KẾ HOẠCH" type line from {@code from} on, or -1. */
    static int headingAfter(List<SourceLine> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if ("KE HOACH".equals(HeaderParser.typeKey(lines.get(i).text()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The mark names the document's own number ("kèm theo Quyết định số 30/QĐ-UBND" in decision 30), or the
     * document has none yet (a draft). A form of a plan quoted in a decision on procedures ("Kèm theo Quyết
     * định số… /QĐ-UBND") is no annex of that decision.
     */
    private static boolean ofThisDocument(String mark, String number) {
        if (number == null) {
            return true;
        }
        String n = Regex.replaceFirst(number, "^0+(?=\\d)", "");
        return Pattern.compile("(?<!\\d)0*" + Pattern.quote(n) + "(?!\\d)").matcher(mark).find();
    }

    /** The first non-blank line after the type line. */
    private static int titleLine(List<SourceLine> lines, int typeLine) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() > typeLine && !Lines.blank(lines.get(i))) {
                return lines.get(i).number();
            }
        }
        return typeLine;
    }
}
