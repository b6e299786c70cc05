package vn.plancheck.model;

import java.time.Duration;

/**
 * What one document may cost: a wall-clock limit for reading, laying out, parsing and evaluating it, and a cap on
 * rule firings (a rule that keeps changing a fact it matches fires without end). The defaults are far above what
 * any real plan needs (a plan takes tens of milliseconds and a few dozen firings).
 *
 * @param time       wall-clock limit per document
 * @param maxFirings rule firings allowed per document
 */
public record DocumentLimits(Duration time, int maxFirings) {
    /**
     * 60 s and 5,000 firings. Measured on the 117 fixture documents (2026-11-29): at most 15 firings and 0.2 s per
     * document; a rule that updates the plan it matches reaches 5,000 firings in a few seconds.
     */
    public static final DocumentLimits DEFAULT = new DocumentLimits(Duration.ofSeconds(60), 5_000);

    public DocumentLimits {
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
    }
}
