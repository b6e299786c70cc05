package vn.plancheck.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder could not be loaded; every error names its file and line. */
public class RuleFileException extends Exception {
    private final List<RuleError> errors;

    public RuleFileException(List<RuleError> errors) {
        super(errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
