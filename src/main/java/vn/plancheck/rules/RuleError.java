package vn.plancheck.rules;

/** A problem in a rule or data file, located for the person who edits it. */
public record RuleError(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
