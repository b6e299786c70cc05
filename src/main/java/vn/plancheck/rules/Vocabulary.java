package vn.plancheck.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.plancheck.model.Abbreviation;
import vn.plancheck.model.YearlyEvent;
import vn.plancheck.model.TemplateWord;
import vn.plancheck.model.RegisteredDocument;
import vn.plancheck.model.MergedProvince;
import vn.plancheck.model.DissolvedUnit;
import vn.plancheck.model.YearlyTheme;
import vn.plancheck.model.TaskSubjectWord;
import vn.plancheck.model.Setting;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * The word tables of rules/data (task-subjects.csv, abbreviations.csv), compiled once when the data is loaded:
 * the derived facts of every plan are computed with them.
 */
final class Vocabulary {
    /** A row of task-subjects.csv with its matcher. */
    record Subject(TaskSubjectWord word, Name name) {
    }

    /** "Các", "Tất cả" … before the words of task-subjects.csv ("Các doanh nghiệp viễn thông", "Tất cả lực lượng"). */
    private static final List<String> PLURALS = List.of("các", "tất cả", "mỗi", "từng", "những", "toàn thể");

    /** A dissolved unit with the matchers of its names. */
    record Dissolved(DissolvedUnit unit, List<Name> names) {
    }

    /** A merged province with the matchers of "tỉnh <old name>" and of the bare old name. */
    record Merged(MergedProvince province, Name named, Name bare) {
    }

    private final List<Subject> subjects;
    private final ReportRecipients recipients;
    private final List<Dissolved> dissolved;
    private final List<Merged> merged;
    private final List<Theme> themeKeys;
    private final List<TemplateWord> templateWords;
    private final List<YearlyEvent> yearlyEvents;
    private final double themeSimilarity;
    private final double themeSimilarityOcr;
    private final Set<String> registeredKeys = new HashSet<>();
    private final Set<String> registeredNumberDates = new HashSet<>();

    /**
     * Compiles the word tables and the matchers of the reference facts once, when the rules are loaded: every
     * document of a batch is matched against them, and a name's patterns cost more to build than to run.
     */
    Vocabulary(List<Object> words, List<Object> facts) {
        subjects = words.stream().filter(TaskSubjectWord.class::isInstance).map(TaskSubjectWord.class::cast)
                .map(w -> new Subject(w, new Name(w.getWords(), PLURALS))).toList();
        recipients = new ReportRecipients(words.stream().filter(Abbreviation.class::isInstance)
                .map(Abbreviation.class::cast).toList());
        dissolved = facts.stream().filter(DissolvedUnit.class::isInstance).map(DissolvedUnit.class::cast)
                .map(u -> new Dissolved(u, u.getAliases().stream().map(Name::new).toList())).toList();
        merged = facts.stream().filter(MergedProvince.class::isInstance).map(MergedProvince.class::cast)
                .map(m -> new Merged(m, new Name("tỉnh " + m.getOldName()), new Name(m.getOldName())))
                .toList();
        themeKeys = facts.stream().filter(YearlyTheme.class::isInstance).map(YearlyTheme.class::cast).filter(t -> t.getTheme() != null)
                .map(t -> Theme.of(t, t.getTheme())).toList();
        templateWords = facts.stream().filter(TemplateWord.class::isInstance).map(TemplateWord.class::cast).toList();
        themeSimilarity = setting(words, "theme_similarity", 0.9);
        themeSimilarityOcr = setting(words, "theme_similarity_ocr", 0.7);
        yearlyEvents = facts.stream().filter(YearlyEvent.class::isInstance).map(YearlyEvent.class::cast).toList();
        for (Object f : facts) {
            if (f instanceof RegisteredDocument d) {
                registeredKeys.add(d.getKey());
                registeredNumberDates.add(d.getNumber() + "|" + d.getIssueDate());
            }
        }
    }

    /** A threshold of settings.csv; {@code fallback} only for a rules folder without that table (tests' partial copies). */
    private static double setting(List<Object> words, String name, double fallback) {
        return words.stream().filter(Setting.class::isInstance).map(Setting.class::cast).filter(s -> s.name().equals(name))
                .mapToDouble(Setting::value).findFirst().orElse(fallback);
    }

    /** Least similarity for a written theme to be the official one (settings.csv), on typed and on OCR'd text. */
    double themeSimilarity(boolean ocr) {
        return ocr ? themeSimilarityOcr : themeSimilarity;
    }

    List<Dissolved> dissolved() {
        return dissolved;
    }

    List<Merged> merged() {
        return merged;
    }

    /** The official themes of every event and year that has one, normalised for comparison once. */
    List<Theme> themeKeys() {
        return themeKeys;
    }

    /**
     * A theme as it is compared: {@code words}, its OCR-normalised letters and digits between single spaces; {@code key},
     * those words normalised again as {@link OcrMatcher#similarity} normalises each side.
     */
    record Theme(YearlyTheme theme, String words, String key) {
        static Theme of(YearlyTheme theme, String text) {
            String words = VietText.alnumWords(OcrMatcher.ocrNormalize(text));
            return new Theme(theme, words, OcrMatcher.ocrNormalize(words));
        }
    }

    List<TemplateWord> templateWords() {
        return templateWords;
    }

    List<YearlyEvent> yearlyEvents() {
        return yearlyEvents;
    }

    /** Whether the registry has the document by number and symbol, or by number and date. */
    boolean registered(String key, String number, java.time.LocalDate date) {
        return registeredKeys.contains(key) || registeredNumberDates.contains(number + "|" + date);
    }

    List<Subject> subjects() {
        return subjects;
    }

    ReportRecipients recipients() {
        return recipients;
    }
}
