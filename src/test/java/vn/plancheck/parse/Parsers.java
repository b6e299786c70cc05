package vn.plancheck.parse;

import java.nio.file.Path;

import vn.plancheck.rules.ReferenceData;
import vn.plancheck.rules.RuleFileException;

/** Parsers for tests, reading the project's own rule data (rules/data): the profiles and section titles users get. */
public final class Parsers {
    private static ParseVocabulary vocabulary;

    private Parsers() {
    }

    /** The vocabulary of the project's rules/data, loaded once. */
    public static synchronized ParseVocabulary vocabulary() {
        if (vocabulary == null) {
            try {
                vocabulary = ReferenceData.loadData(Path.of("rules"), "rules").parseVocabulary();
            } catch (RuleFileException e) {
                throw new IllegalStateException(e.errors().toString(), e);
            }
        }
        return vocabulary;
    }

    /** A parser with the project's rule data. */
    public static PlanParser standard() {
        return new PlanParser(vocabulary());
    }
}
