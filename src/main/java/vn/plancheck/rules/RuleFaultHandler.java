package vn.plancheck.rules;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Drools' handler for an exception thrown by a rule's consequence ({@code drools.consequenceExceptionHandler}):
 * instead of aborting the evaluation (and with it every finding of the document), the fault is recorded on the
 * evaluation's {@link FindingCollector} and the other matches and rules go on. Public with a no-argument
 * constructor because Drools instantiates it by name.
 */
public final class RuleFaultHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Object global = runtime instanceof KieRuntime k ? k.getGlobal("findings") : null;
        if (global instanceof FindingCollector collector && collector.faults() != null) {
            collector.faults().consequence(match.getRule().getName(), exception);
            return;
        }
        throw new ConsequenceException(exception, runtime, match);
    }
}
