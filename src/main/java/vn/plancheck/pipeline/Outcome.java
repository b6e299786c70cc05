package vn.plancheck.pipeline;

import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Severity;

/**
 * The exit code a finished run deserves (DESIGN.md): 130 when it was stopped (Ctrl-C), 2 when a rule failed on a
 * document (the rules need fixing), 3 when an input was unreadable, 1 for findings at or above the threshold.
 */
public final class Outcome {
    private Outcome() {
    }

    /** @param threshold the --fail-on level, or null for NONE */
    /** The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;
    /** The exit code when a rule failed (the same as a rule-file error). */
    public static final int RULE_FAULT = 2;

    public static int exitCode(CheckRun run, Severity threshold) {
        long faults = run.getDocuments().stream().filter(vn.plancheck.model.DocumentResult::hasRuleFault).count();
        return exitCode(faults, run.unreadable(), run::count, threshold);
    }

    public static int exitCode(BatchRunner.Outcome outcome, Severity threshold) {
        if (outcome.interrupted()) {
            return INTERRUPTED;
        }
        return exitCode(outcome.ruleFaults(), outcome.unreadable(), outcome::count, threshold);
    }

    private static int exitCode(long ruleFaults, long unreadable, java.util.function.ToLongFunction<Severity> count, Severity threshold) {
        if (ruleFaults > 0) {
            return RULE_FAULT;
        }
        if (unreadable > 0) {
            return 3;
        }
        if (threshold == null) {
            return 0;
        }
        for (Severity s : Severity.values()) {
            if (s.atLeast(threshold) && count.applyAsLong(s) > 0) {
                return 1;
            }
        }
        return 0;
    }
}
