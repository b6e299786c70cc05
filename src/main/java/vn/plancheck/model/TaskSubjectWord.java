package vn.plancheck.model;

/**
 * Reference word (rules/data/task-subjects.csv): words that open an item of "Tổ chức thực hiện" and say who acts
 * although they name no body ("Đồng chí …", "Phó Chủ tịch …", "Doanh nghiệp", "Báo …"), or that the item gives no
 * task ("Kinh phí …", "Trong quá trình thực hiện, nếu có khó khăn …").
 */
public class TaskSubjectWord {
    /** OWNER: the words name who carries out the item; NOT_A_TASK: the item assigns nothing. */
    public enum Meaning { OWNER, NOT_A_TASK }

    private final String words;
    private final Meaning meaning;

    public TaskSubjectWord(String words, Meaning meaning) {
        this.words = words;
        this.meaning = meaning;
    }

    /** The words as written in the table ("phó", "doanh nghiệp"). */
    public String getWords() { return words; }
    public Meaning getMeaning() { return meaning; }
}
