package vn.plancheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drools.core.common.InternalAgenda;
import org.drools.core.phreak.RuleAgendaItem;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.Finding;

/**
 * One evaluation of one plan's facts, guarded: a rule whose consequence throws is recorded and the others go on
 * ({@link RuleFaultHandler}); a rule whose condition throws is named, and the facts are evaluated again without it
 * ({@link KieBaseVariants}); the firings are capped (a looping rule is stopped, named, and the facts evaluated
 * again without it, since the loop kept the other rules from firing); the document's clock ({@link DocumentClock}) halts the firing when its time is up. The findings reported
 * before a fault or a limit are kept.
 */
final class RuleRun {
    /** A document on which more rules than this fail in their conditions is given up (it is the rules, not it). */
    private static final int MAX_CONDITION_FAULTS = 20;

    /** The rule base, possibly still being built on another thread (waited for by the first evaluation). */
    private final java.util.function.Supplier<KieBaseVariants> variants;
    private final Map<String, RuleCatalog.Source> sources;
    /**
     * Sessions of the whole rule base, reused: a disposed session is reset (facts, memories, agenda, globals and
     * listeners cleared) and handed out again, which saves building the network's memories for every plan. Made on
     * first use.
     */
    private volatile org.kie.api.runtime.KieSessionsPool pool;

    RuleRun(java.util.function.Supplier<KieBaseVariants> variants, Map<String, RuleCatalog.Source> sources) {
        this.variants = variants;
        this.sources = sources;
    }

    /**
     * @param filter     only the rules it accepts fire (null: all)
     * @param maxFirings firings allowed before the evaluation is stopped as a loop
     */
    List<Finding> evaluate(List<Object> facts, boolean ocrText, AgendaFilter filter, int maxFirings) {
        RuleFaults faults = new RuleFaults(sources);
        Set<String> leftOut = new TreeSet<>();
        while (true) {
            faults.restart();
            KieSession session = leftOut.isEmpty() ? pool().newKieSession() : variants.get().without(leftOut).newKieSession();
            FindingCollector collector = new FindingCollector(ocrText, faults);
            Counter counter = new Counter(session);
            try {
                session.setGlobal("findings", collector);
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) counter);
                session.addEventListener((RuleRuntimeEventListener) counter);
                for (Object fact : facts) {
                    session.insert(fact);
                }
                int fired = filter == null ? session.fireAllRules(maxFirings + 1) : session.fireAllRules(filter, maxFirings + 1);
                if (fired > maxFirings) {
                    // the loop's author changes a fact in its consequence; the rules that merely match it again fire as often
                    String looping = faults.loop(counter.changes.isEmpty() ? counter.firings : counter.changes,
                            counter.firings, maxFirings);
                    if (looping != null && !leftOut.contains(looping) && leftOut.size() < MAX_CONDITION_FAULTS
                            && !DocumentClock.expired()) {
                        leftOut.add(looping); // the loop starved the other rules: they run again without it
                        continue;
                    }
                    return merge(collector, faults, true);
                }
                if (counter.halted) {
                    faults.timeLimit(counter.firings, DocumentClock.limit());
                }
                return merge(collector, faults, counter.halted);
            } catch (RuntimeException e) {
                Set<String> culprits = RuleFaults.culprits(e);
                if (culprits.isEmpty()) {
                    String next = ruleBeingEvaluated(session);
                    if (next != null) {
                        culprits = Set.of(next);
                    }
                }
                culprits = new TreeSet<>(culprits);
                culprits.removeAll(leftOut);
                if (culprits.isEmpty() || leftOut.size() + culprits.size() > MAX_CONDITION_FAULTS) {
                    faults.unknownCondition(e);
                    return merge(collector, faults, true);
                }
                for (String name : culprits) {
                    faults.condition(name, e);
                }
                leftOut.addAll(culprits);
            } finally {
                session.dispose();
            }
        }
    }

    /** {@link MatchedKinds} of the rules of {@code ruleId} in the rule base (waited for when still being built). */
    Set<Class<?>> matchedKinds(String ruleId) {
        return MatchedKinds.of(variants.get().base(), ruleId);
    }

    private org.kie.api.runtime.KieSessionsPool pool() {
        org.kie.api.runtime.KieSessionsPool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    p = variants.get().base().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                    pool = p;
                }
            }
        }
        return p;
    }

    /** @param stopped the evaluation was stopped before its end (a loop left in, the time) */
    private static List<Finding> merge(FindingCollector collector, RuleFaults faults, boolean stopped) {
        if (faults.isEmpty()) {
            return collector.findings();
        }
        List<Finding> out = new ArrayList<>();
        if (stopped) {
            // a looping rule makes every rule matching the fact it changes fire again, with the same finding each time
            Set<String> seen = new java.util.HashSet<>();
            for (Finding f : collector.findings()) {
                if (seen.add(f.getRuleId() + '\u0000' + f.getLine() + '\u0000' + f.getEvidence() + '\u0000' + f.getMessage())) {
                    out.add(f);
                }
            }
        } else {
            out.addAll(collector.findings());
        }
        out.addAll(faults.findings());
        return out;
    }

    /**
     * The rule whose conditions were being evaluated when an exception left the session: Drools evaluates a rule's
     * joins and evals lazily, rule by rule, and the failed rule stays at the head of the agenda. Internal API, so
     * any surprise yields null (the caller then stops this document's evaluation, keeping what was found).
     */
    private static String ruleBeingEvaluated(KieSession session) {
        try {
            if (session.getAgenda() instanceof InternalAgenda agenda) {
                RuleAgendaItem item = agenda.peekNextRule();
                return item == null || item.getRule() == null ? null : item.getRule().getName();
            }
        } catch (RuntimeException | LinkageError e) {
            // fall through
        }
        return null;
    }

    /**
     * Counts firings per rule, and the facts each rule's consequence inserted, updated or deleted; halts the
     * session when the document's time is up.
     */
    private static final class Counter extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final KieSession session;
        private final Map<String, Integer> firings = new HashMap<>();
        private final Map<String, Integer> changes = new HashMap<>();
        private boolean halted;

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            changed(event.getRule());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changed(event.getRule());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            changed(event.getRule());
        }

        private void changed(org.kie.api.definition.rule.Rule rule) {
            if (rule != null) {
                changes.merge(rule.getName(), 1, Integer::sum);
            }
        }

        Counter(KieSession session) {
            this.session = session;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            if (!halted && DocumentClock.expired()) {
                halted = true;
                session.halt();
            }
        }
    }
}
