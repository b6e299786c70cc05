package vn.plancheck.model;

import java.time.LocalDate;

/**
 * A reviewer's decision on a finding, remembered between runs in a decisions file.
 *
 * @param status what was decided
 * @param reason why, in the reviewer's words, or null
 * @param by     who decided, or null
 * @param date   when, or null
 */
public record Decision(DecisionStatus status, String reason, String by, LocalDate date) {
    public Decision {
        java.util.Objects.requireNonNull(status, "status");
    }

    /** True when the finding is left out of the counts, the verdict and the exit code ("Bỏ qua", "Chấp nhận"). */
    public boolean dismisses() {
        return status.dismisses();
    }
}
