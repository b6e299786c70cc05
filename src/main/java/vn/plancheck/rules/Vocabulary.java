package vn.plancheck.rules;

import java.util.List;

import vn.plancheck.model.Abbreviation;
import vn.plancheck.model.TaskSubjectWord;

/**
 * The word tables of rules/data (task-subjects.csv, abbreviations.csv), compiled once when the data is loaded:
 * the derived facts of every plan are computed with them.
 */
final class Vocabulary {
    /** A row of task-subjects.csv with its matcher. */
    record Subject(TaskSubjectWord word, DerivedFacts.Name name) {
    }

    /** "Các", "Tất cả" … before the words of task-subjects.csv ("Các doanh nghiệp viễn thông", "Tất cả lực lượng"). */
    private static final List<String> PLURALS = List.of("các", "tất cả", "mỗi", "từng", "những", "toàn thể");

    private final List<Subject> subjects;
    private final ReportRecipients recipients;

    Vocabulary(List<Object> words) {
        subjects = words.stream().filter(TaskSubjectWord.class::isInstance).map(TaskSubjectWord.class::cast)
                .map(w -> new Subject(w, new DerivedFacts.Name(w.getWords(), PLURALS))).toList();
        recipients = new ReportRecipients(words.stream().filter(Abbreviation.class::isInstance)
                .map(Abbreviation.class::cast).toList());
    }

    List<Subject> subjects() {
        return subjects;
    }

    ReportRecipients recipients() {
        return recipients;
    }
}
