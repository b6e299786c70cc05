package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.layout.Layout;
import vn.plancheck.model.DateMention;
import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Profile;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.model.Section;
import vn.plancheck.text.OcrScore;
import vn.plancheck.text.VietDates;
import vn.plancheck.text.VietText;

/**
 * Turns the lines of a document into a {@link Plan}. It never throws on odd text: what it cannot find
 * stays absent, and the rules decide whether absence is a finding. Thread-safe; one instance may serve a batch.
 */
public final class PlanParser {
    private static final DocumentClock.Stage PARSE = DocumentClock.Stage.PARSE;
    private static final Logger LOG = LoggerFactory.getLogger(PlanParser.class);

    private final CitationExtractor citations = new CitationExtractor();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final UnitExtractor units = new UnitExtractor();
    private final ParseVocabulary vocabulary;

    /** A parser that knows the profiles, section titles and events of the rule data. */
    public PlanParser(ParseVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Plan parse(SourceText source) {
        SourceText text = Layout.apply(source);
        Plan plan = new Plan();
        plan.setFile(text.file());
        List<SourceLine> lines = text.lines();
        plan.setLineCount(lines.size());
        plan.setScannedPages(text.ocrPages());
        try {
            parseInto(lines, plan);
        } catch (DocumentClock.TimeLimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser bug must not cost the user the whole batch: keep what was found so far.
            LOG.warn("Parser stopped early on {}: {}", text.file(), e.toString(), e);
        }
        return plan;
    }

    /**
     * Only what is needed to link plans in a batch: the header (number, symbol, date, issuer) and the citations.
     * Much cheaper than {@link #parse}; the batch's first pass reads every plan with it.
     */
    public Plan parseHeaderAndCitations(SourceText source) {
        SourceText text = Layout.apply(source);
        Plan plan = new Plan();
        plan.setFile(text.file());
        List<SourceLine> lines = text.lines();
        try {
            HeaderParser.Result header = HeaderParser.parse(lines, plan);
            plan.setSystem(PlanClassifier.system(plan, vocabulary.issuerBodies()));
            int bodyStart = header.bodyStart();
            AnnexedPlan.find(lines, bodyStart, plan); // a decision issuing a plan is a plan: linking needs to know
            int recipientsIdx = ClosingParser.findRecipientsHeading(lines, bodyStart);
            List<SourceLine> body = Lines.slice(lines, bodyStart, recipientsIdx >= 0 ? recipientsIdx : lines.size());
            plan.setCitations(citations.extract(body, Integer.MAX_VALUE));
        } catch (DocumentClock.TimeLimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Parser stopped early on {}: {}", text.file(), e.toString(), e);
        }
        return plan;
    }

    private void parseInto(List<SourceLine> lines, Plan plan) {
        DocumentClock.checkpoint(PARSE, "đánh giá dấu hiệu OCR");
        List<String> texts = lines.stream().map(SourceLine::text).toList();
        double ocr = OcrScore.score(texts);
        plan.setOcrScore(ocr);
        plan.setOcrSuspected(OcrScore.suspected(ocr) || plan.isScanned());

        DocumentClock.checkpoint(PARSE, "phần đầu văn bản");
        HeaderParser.Result header = HeaderParser.parse(lines, plan);
        plan.setSystem(PlanClassifier.system(plan, vocabulary.issuerBodies()));
        plan.setCollectiveIssuer(PlanClassifier.collective(plan, vocabulary.issuerBodies()));
        Profile profile = vocabulary.profileOf(plan);
        if (profile != null) {
            plan.setProfile(profile.getId());
            plan.setProfileName(profile.getName());
            plan.setEvent(profile.getEvent());
        }
        YearlyEvent event = vocabulary.event(plan.getEvent());
        if (plan.getYear() == null) {
            plan.setYear(plan.getIssueYear());
        }

        int bodyStart = header.bodyStart();
        AnnexedPlan.find(lines, bodyStart, plan);
        int recipientsIdx = ClosingParser.findRecipientsHeading(lines, bodyStart);
        int bodyEnd = recipientsIdx >= 0 ? recipientsIdx : lines.size();
        List<SourceLine> body = Lines.slice(lines, bodyStart, bodyEnd);
        // the title and the body, where citations and template words are read
        int titleStart = plan.getDocTypeLine() > 0 ? indexOf(lines, plan.getDocTypeLine()) + 1 : bodyStart;
        List<SourceLine> text = Lines.slice(lines, Math.min(titleStart, bodyStart), bodyEnd);
        // A decision issuing a plan ("QUYẾT ĐỊNH Ban hành Kế hoạch …") has the plan after its own "Nơi nhận" and
        // signature: the plan's sections, tasks and deadlines are read there too (read up to the decision's closing,
        // the plan "lacked" all its sections and its report deadline).
        int[] annexAt = annexedPlan(lines, recipientsIdx, plan);
        List<SourceLine> annex = annexAt == null ? List.of() : Lines.slice(lines, annexAt[0], annexAt[1]);
        if (!annex.isEmpty()) {
            body = Lines.concat(body, annex);
            text = Lines.concat(text, annex);
        }

        DocumentClock.checkpoint(PARSE, "các phần, mục");
        SectionParser.Result sections = SectionParser.parse(body, vocabulary.sectionTitles(), plan.isOcrSuspected());
        plan.setSections(sections.sections());
        plan.setNumberingIssues(sections.issues());
        int firstSectionLine = sections.sections().isEmpty() ? Integer.MAX_VALUE : sections.sections().get(0).getLine();

        // the title often names the document the plan implements ("Thực hiện Chỉ thị số 28-CT/TW ngày …")
        DocumentClock.checkpoint(PARSE, "văn bản viện dẫn");
        plan.setCitations(citations.extract(text, firstSectionLine));
        DocumentClock.checkpoint(PARSE, "ngày tháng");
        if (!body.isEmpty()) {
            List<DateMention> dates = VietDates.findAcross(body.stream().map(SourceLine::text).toList(), 0, plan.getYear());
            for (DateMention d : dates) {
                // findAcross counts the lines one by one; a logical line is numbered by its first physical line
                d.setLine(body.get(Math.max(0, Math.min(body.size() - 1, d.getLine()))).number());
            }
            plan.setDates(dates);
        }
        findPeriod(plan, event);
        ThemeFinder.find(event, lines, Math.max(0, plan.getDocTypeLine() > 0 ? indexOf(lines, plan.getDocTypeLine()) : 0), bodyEnd, plan);
        DocumentClock.checkpoint(PARSE, "thời hạn, hạn báo cáo");
        DeadlineExtractor.Result due = deadlines.extractAll(body, plan.getYear(), firstSectionLine, plan.isOcrSuspected());
        plan.setDeadlines(due.reports());
        plan.setTaskDeadlines(due.tasks());
        DocumentClock.checkpoint(PARSE, "đơn vị, nhiệm vụ");
        readUnits(lines, body, plan);
        DocumentClock.checkpoint(PARSE, "phần cuối, nơi nhận, chữ ký");

        // the signature is the decision's, before its plan: looked for after the decision's body
        int tailStart = sections.sections().isEmpty() || !annex.isEmpty() ? bodyStart : indexOf(lines, lastTopLine(plan));
        ClosingParser.parse(lines, recipientsIdx, Math.max(bodyStart, tailStart), plan);
        PlanLinker.link(plan, body);
        // footnotes and annexes come after "Nơi nhận" and the signature: their citations are read for consistency only
        if (recipientsIdx >= 0) {
            // the annexed plan's citations are the plan's own, read above
            List<SourceLine> notes = annexAt == null ? Lines.slice(lines, recipientsIdx, lines.size())
                    : Lines.concat(Lines.slice(lines, recipientsIdx, annexAt[0]), Lines.slice(lines, annexAt[1], lines.size()));
            plan.setNoteCitations(citations.extract(notes, Integer.MIN_VALUE));
        }
        plan.setCitationConflicts(CitationConsistency.conflicts(plan.getCitations(), plan.getNoteCitations(),
                plan.isOcrSuspected()));
        DocumentClock.checkpoint(PARSE, "chữ mẫu, năm, khẩu hiệu");
        plan.setTemplateMarks(TemplateMarks.find(text));
        plan.setYearPhrases(YearPhrases.find(body, plan.getCitations(), firstSectionLine));
        plan.setSlogans(SloganFinder.find(lines, plan.isOcrSuspected()));
        plan.setHotlineMentioned(event != null && mentions(body, event, vocabulary.hotline(event)));
        DocumentClock.checkpoint(PARSE);
    }

    /** Whether the body names the event's hotline, by its number standing alone or by its name. */
    private static boolean mentions(List<SourceLine> body, YearlyEvent event, Pattern number) {
        if (number == null && event.getHotlineName() == null) {
            return false;
        }
        String name = event.getHotlineName() == null ? null : VietText.fold(event.getHotlineName());
        return body.stream().anyMatch(l -> number != null && number.matcher(l.text()).find()
                || name != null && VietText.fold(l.text()).contains(name));
    }

    /** The event's period: the first from–to period of a plan that organises a yearly event with a fixed period. */
    private static void findPeriod(Plan plan, YearlyEvent event) {
        if (event == null || !event.isPeriodic()) {
            return; // other plans run a year or a programme; their dates are not "the period" the rules check
        }
        for (DateMention d : plan.getDates()) {
            if (d.getKind() == DateMention.Kind.PERIOD && d.isValid() && d.getStart() != null) {
                plan.setPeriodStart(d.getStart());
                plan.setPeriodEnd(d.getEnd());
                plan.setPeriodLine(d.getLine());
                return;
            }
        }
    }

    /**
     * Where the plan issued with the decision it follows lies, as indices [from, to): from the line after its
     * "KẾ HOẠCH" heading (after the decision's "Nơi nhận") to its own "Nơi nhận" or the end; null when the document
     * is no such decision.
     */
    private static int[] annexedPlan(List<SourceLine> lines, int recipientsIdx, Plan plan) {
        if (!plan.isPlanAnnexed() || recipientsIdx < 0) {
            return null;
        }
        int heading = AnnexedPlan.headingAfter(lines, recipientsIdx + 1);
        if (heading < 0) {
            return null;
        }
        int end = ClosingParser.findRecipientsHeading(lines, heading + 1);
        return new int[] {heading + 1, end >= 0 ? end : lines.size()};
    }

    /** The section kind (section-titles.csv) whose items assign tasks to units. */
    private static final String ORGANIZATION = "ORGANIZATION";

    private void readUnits(List<SourceLine> lines, List<SourceLine> body, Plan plan) {
        // a section that is only "TỔ CHỨC THỰC HIỆN" is the one assigning tasks; "NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG …" lists
        // activities with their owners on lines of their own, and is the organisation section only when there is no other
        List<Section> top = plan.getTopSections();
        Section org = top.stream().filter(s -> s.getKind().equals(ORGANIZATION)).findFirst()
                .orElse(top.stream().filter(s -> s.getKinds().contains(ORGANIZATION)).findFirst().orElse(null));
        Section next = org == null || top.indexOf(org) + 1 >= top.size() ? null : top.get(top.indexOf(org) + 1);
        List<SourceLine> orgLines = new ArrayList<>();
        if (org != null) {
            int from = indexOf(body, org.getLine()) + 1;
            int to = next == null ? body.size() : indexOf(body, next.getLine());
            orgLines = Lines.slice(body, from, to);
        }
        UnitExtractor.Result r = units.extract(orgLines, body);
        plan.setUnits(r.units());
        plan.setTasks(r.tasks());
    }

    private static int lastTopLine(Plan plan) {
        List<Section> top = plan.getTopSections();
        return top.isEmpty() ? 0 : top.get(top.size() - 1).getLine();
    }

    private static int indexOf(List<SourceLine> lines, int number) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() == number) {
                return i;
            }
        }
        return 0;
    }
}
