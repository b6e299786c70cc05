package vn.plancheck.pipeline;

import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Severity;

/** The exit code a finished run deserves (DESIGN.md): 3 when an input was unreadable, 1 for findings at or above the threshold. */
public final class Outcome {
    private Outcome() {
    }

    /** @param threshold the --fail-on level, or null for NONE */
    public static int exitCode(CheckRun run, Severity threshold) {
        return exitCode(run.unreadable(), run::count, threshold);
    }

    public static int exitCode(BatchRunner.Outcome outcome, Severity threshold) {
        return exitCode(outcome.unreadable(), outcome::count, threshold);
    }

    private static int exitCode(long unreadable, java.util.function.ToLongFunction<Severity> count, Severity threshold) {
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
