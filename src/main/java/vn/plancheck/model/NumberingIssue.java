package vn.plancheck.model;

/** A section number that repeats or skips its predecessor at the same level. */
public class NumberingIssue {
    /** DUPLICATE: same number as the previous sibling; SKIPPED: one or more numbers missing. */
    public enum Problem { DUPLICATE, SKIPPED }

    private final Problem problem;
    private final int level;
    private final String found;
    private final String expected;
    private final int line;
    private final String text;

    public NumberingIssue(Problem problem, int level, String found, String expected, int line, String text) {
        this.problem = problem;
        this.level = level;
        this.found = found;
        this.expected = expected;
        this.line = line;
        this.text = text;
    }

    public Problem getProblem() { return problem; }
    /** Section level where the problem is (1 = Roman numerals). */
    public int getLevel() { return level; }
    /** The label as found. */
    public String getFound() { return found; }
    /** The label that was expected at this position. */
    public String getExpected() { return expected; }
    public int getLine() { return line; }
    /** The heading line as written. */
    public String getText() { return text; }
}
