package vn.plancheck.rules;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.model.Plan;

/** The facts inserted for one plan: the plan, each of its parts as its own fact, and the reference data. */
final class PlanFacts {
    private PlanFacts() {
    }

    static List<Object> of(Plan plan, ReferenceData data) {
        List<Object> facts = new ArrayList<>();
        facts.add(plan);
        if (plan.getSignature() != null) {
            facts.add(plan.getSignature());
        }
        facts.addAll(plan.getSections());
        facts.addAll(plan.getNumberingIssues());
        facts.addAll(plan.getCitations());
        facts.addAll(plan.getDates());
        facts.addAll(plan.getDeadlines());
        facts.addAll(plan.getUnits());
        facts.addAll(plan.getTasks());
        facts.addAll(plan.getRecipients());
        facts.addAll(plan.getTaskDeadlines());
        facts.addAll(plan.getCitationConflicts());
        facts.addAll(data.facts());
        facts.addAll(DerivedFacts.of(plan, data));
        return facts;
    }
}
