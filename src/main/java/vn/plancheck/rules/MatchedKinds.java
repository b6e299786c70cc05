package vn.plancheck.rules;

import java.util.HashSet;
import java.util.Set;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The classes of fact the rules of one id match on, read from the compiled rules. A quick question asked of every
 * document of a batch ("is it a plan?", the rules of INPUT-NOT-A-PLAN) needs only those facts: its rules cannot see
 * the others, and the other rules, filtered out, fire on nothing. Inserting only them spares Drools the plan's other
 * parts and most of the reference data. Internal Drools API: anything but plain patterns, nested groups and evals
 * (a {@code from}, an accumulate, a query…), or a surprise, gives null, and every fact is inserted as before.
 */
final class MatchedKinds {
    private MatchedKinds() {
    }

    /** The classes the patterns of the rules of {@code ruleId} name, or null when they cannot be told exactly. */
    static Set<Class<?>> of(KieBase base, String ruleId) {
        try {
            Set<Class<?>> out = new HashSet<>();
            boolean any = false;
            for (KiePackage pkg : base.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (!ruleId.equals(FindingCollector.RuleMetadata.of(rule.getName(), rule.getMetaData()).id())) {
                        continue;
                    }
                    if (!(rule instanceof RuleImpl impl) || !collect(impl.getLhs(), out)) {
                        return null;
                    }
                    any = true;
                }
            }
            return any ? Set.copyOf(out) : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static boolean collect(RuleConditionElement element, Set<Class<?>> out) {
        if (element instanceof GroupElement group) {
            for (RuleConditionElement child : group.getChildren()) {
                if (!collect(child, out)) {
                    return false;
                }
            }
            return true;
        }
        if (element instanceof Pattern pattern) {
            if (pattern.getSource() != null || !(pattern.getObjectType() instanceof ClassObjectType type)) {
                return false;                       // facts from elsewhere than the session's own ("from", accumulate)
            }
            out.add(type.getClassType());
            return true;
        }
        return element instanceof EvalCondition;    // compares what the patterns bound
    }
}
