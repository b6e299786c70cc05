package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * A phrase of the rule data (a profile's title phrase, a section title) compared with a title the way an official
 * reads it: case, diacritics and punctuation do not matter, words must be whole ("vì trẻ em" is not in "vì trẻ"); on
 * text OCR damaged, a phrase long enough to be told apart is also found with a few misread letters.
 */
final class TitlePhrase {
    /** Below this many letters a phrase is compared exactly even on OCR'd text: "chỉ thị" is one slip from too much. */
    private static final int FUZZY_MIN_LETTERS = 8;

    private final String phrase;
    private final String words;

    TitlePhrase(String phrase) {
        this.phrase = phrase;
        this.words = words(phrase);
    }

    String phrase() {
        return phrase;
    }

    /** Letter count of the phrase's words (spaces excluded). */
    int letters() {
        return words.replace(" ", "").length();
    }

    /** The phrase occurs in {@code text} as whole words. */
    boolean in(String text, String textWords, boolean ocr) {
        if (words.isEmpty()) {
            return false;
        }
        if ((" " + textWords + " ").contains(" " + words + " ")) {
            return true;
        }
        return ocr && letters() >= FUZZY_MIN_LETTERS && OcrMatcher.containsFuzzy(text, phrase);
    }

    /** The text's words ({@link #words}) are the phrase's, no more. */
    boolean is(String textWords) {
        return !words.isEmpty() && words.equals(textWords);
    }

    /** {@code text} begins with the phrase, which ends where a word ends. */
    boolean opens(String text, String textWords, boolean ocr) {
        if (words.isEmpty()) {
            return false;
        }
        if (textWords.equals(words) || textWords.startsWith(words + " ")) {
            return true;
        }
        return ocr && letters() >= FUZZY_MIN_LETTERS && OcrMatcher.startsWithFuzzy(text, phrase);
    }

    /** Text as capital words without diacritics, single-spaced, punctuation dropped: "28-CT/TW" → "28 CT TW". */
    static String words(String text) {
        return text == null ? "" : Regex.replaceAll(OcrMatcher.ocrNormalize(VietText.fold(text)), "[^A-Z0-9]+", " ").strip();
    }
}
