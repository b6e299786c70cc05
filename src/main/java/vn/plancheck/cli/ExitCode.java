package vn.plancheck.cli;

/** Process exit codes (DESIGN.md). */
public enum ExitCode {
    /** Checked; nothing at or above --fail-on. */
    OK(0),
    /** Findings at or above --fail-on. */
    FINDINGS(1),
    /** Usage, configuration or rule-file error; nothing checked. */
    USAGE_OR_RULES(2),
    /** Some inputs could not be read; the others are still reported. */
    INPUT_UNREADABLE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
