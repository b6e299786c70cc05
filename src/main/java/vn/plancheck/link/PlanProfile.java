package vn.plancheck.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.Keys;
import vn.plancheck.model.Plan;
import vn.plancheck.model.TaskItem;

/**
 * What linking needs of one plan, kept for every plan of a batch between the two passes: a few hundred bytes
 * instead of the whole parsed plan, so a batch of thousands stays small in memory.
 */
public record PlanProfile(String file, String key, String numberSymbol, LocalDate issueDate, String issuer,
                          String theme, LocalDate firstDeadline, List<Cited> citations, List<Task> tasks, boolean plan) {

    /** A document the plan cites. */
    public record Cited(String key, String number, String docType, LocalDate date, String issuer, int line, String text) {
    }

    /** An item of the plan's "Tổ chức thực hiện" with its whole wording (for the tasks its children must take up). */
    public record Task(String number, String unit, String text) {
    }

    private static final int TASK_TEXT_LIMIT = 800;

    /** The profile of a document known to be a plan. */
    public static PlanProfile of(Plan plan, SourceText text) {
        return of(plan, text, true);
    }

    /**
     * @param isPlan whether the document is a plan (rule INPUT-NOT-A-PLAN): a decree, a decision, an official letter
     *               is never linked, neither as the parent nor as a child
     */
    public static PlanProfile of(Plan plan, SourceText text, boolean isPlan) {
        List<Cited> cited = new ArrayList<>();
        for (Citation c : plan.getCitations()) {
            if (c.getNumberSymbol() != null) {
                cited.add(new Cited(c.getKey(), Keys.numberOf(c.getNumberSymbol()), c.getDocType(), c.getDate(), c.getIssuer(),
                        c.getLine(), c.getText()));
            }
        }
        LocalDate first = plan.getDeadlines().stream().filter(d -> d.getKind() == Deadline.Kind.REPORT && d.getDate() != null)
                .map(Deadline::getDate).min(Comparator.naturalOrder()).orElse(null);
        return new PlanProfile(plan.getFile(), Keys.of(plan.getNumberSymbol()), plan.getNumberSymbol(), plan.getIssueDate(),
                plan.getIssuer(), plan.getTheme(), first, List.copyOf(cited), tasks(plan, text), isPlan);
    }

    /** The same profile with the rules' verdict on whether the document is a plan. */
    public PlanProfile judged(boolean isPlan) {
        return new PlanProfile(file, key, numberSymbol, issueDate, issuer, theme, firstDeadline, citations, tasks, isPlan);
    }

    private static List<Task> tasks(Plan plan, SourceText text) {
        List<Task> out = new ArrayList<>();
        List<TaskItem> items = plan.getTasks();
        List<SourceLine> lines = text.lines();
        for (int i = 0; i < items.size(); i++) {
            TaskItem t = items.get(i);
            int from = t.getLine();
            int to = i + 1 < items.size() ? items.get(i + 1).getLine() : from + 30;
            for (vn.plancheck.model.Section top : plan.getTopSections()) {
                if (top.getLine() > from && top.getLine() < to) {
                    to = top.getLine(); // the last item ends where the next section ("IV. CHẾ ĐỘ BÁO CÁO") begins
                }
            }
            if (plan.getRecipientsLine() > from && plan.getRecipientsLine() < to) {
                to = plan.getRecipientsLine();
            }
            StringBuilder b = new StringBuilder();
            for (SourceLine l : lines) {
                if (l.number() >= from && l.number() < to && b.length() < TASK_TEXT_LIMIT) {
                    b.append(l.text().strip()).append(' ');
                }
            }
            out.add(new Task(t.getNumber(), t.getUnitName(), b.toString().strip()));
        }
        return List.copyOf(out);
    }
}
