package vn.plancheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule base, and copies of it without some rules. A rule whose condition throws on a document cannot be
 * stepped over inside the session (Drools evaluates it again, or stops propagating the fact to the rules after
 * it), so the document is evaluated again on a copy of the base without that rule. Copies are built from the
 * compiled rules (no compilation, about 0.2 s) only when a rule fails, and kept for the rest of the run; the base
 * itself is never changed. Thread-safe.
 */
final class KieBaseVariants {
    /** Copies kept; a rules folder where more distinct sets of rules fail than this builds each further one anew. */
    private static final int MAX_KEPT = 32;

    private final KieBase base;
    private final Supplier<KieBase> fresh;
    private final Map<Set<String>, KieBase> kept = new ConcurrentHashMap<>();

    /** @param fresh builds a new, independent KieBase from the same compiled rules */
    KieBaseVariants(KieBase base, Supplier<KieBase> fresh) {
        this.base = base;
        this.fresh = fresh;
    }

    KieBase base() {
        return base;
    }

    /** The rule base without the rules named {@code left out}. */
    KieBase without(Set<String> leftOut) {
        if (leftOut.isEmpty()) {
            return base;
        }
        KieBase kb = kept.get(leftOut);
        if (kb != null) {
            return kb;
        }
        kb = build(leftOut);
        if (kept.size() < MAX_KEPT) {
            KieBase raced = kept.putIfAbsent(Set.copyOf(leftOut), kb);
            return raced != null ? raced : kb;
        }
        return kb;
    }

    private KieBase build(Set<String> leftOut) {
        KieBase kb = fresh.get();
        List<String[]> remove = new ArrayList<>();
        for (KiePackage pkg : kb.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (leftOut.contains(r.getName())) {
                    remove.add(new String[] {pkg.getName(), r.getName()});
                }
            }
        }
        for (String[] r : remove) {
            kb.removeRule(r[0], r[1]);
        }
        return kb;
    }
}
