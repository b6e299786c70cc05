package vn.plancheck.decide;

import java.util.List;

/** A decisions file, a workbook or a baseline that cannot be used; each problem in Vietnamese, with its place. */
public final class DecisionsException extends Exception {
    private final List<String> problems;

    DecisionsException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    DecisionsException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem ("quyet-dinh.csv:5: …"). */
    public List<String> problems() {
        return problems;
    }
}
