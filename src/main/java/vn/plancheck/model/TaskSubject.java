package vn.plancheck.model;

/**
 * Derived fact: a task item without a named unit opens with words of rules/data/task-subjects.csv, so it does
 * name who carries it out (OWNER) or is no task at all (NOT_A_TASK).
 */
public class TaskSubject {
    private final int line;
    private final String subject;
    private final String words;
    private final TaskSubjectWord.Meaning meaning;

    public TaskSubject(int line, String subject, String words, TaskSubjectWord.Meaning meaning) {
        this.line = line;
        this.subject = subject;
        this.words = words;
        this.meaning = meaning;
    }

    /** Line of the task item. */
    public int getLine() { return line; }
    /** The item's subject as written ({@link TaskItem#getSubject}). */
    public String getSubject() { return subject; }
    /** The table's words it begins with. */
    public String getWords() { return words; }
    public TaskSubjectWord.Meaning getMeaning() { return meaning; }
}
