package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.plancheck.model.SectionTitle;
import vn.plancheck.text.OcrMatcher;

/**
 * The kinds of a top-level section from its heading, by the titles of rules/data/section-titles.csv. The longest title
 * a heading begins with decides ("CHỦ ĐỀ, THỜI GIAN" before "CHỦ ĐỀ"); a heading that joins two parts with "và" or a
 * comma ("THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", "KINH PHÍ, TỔ CHỨC THỰC HIỆN") is each of the parts it names.
 */
final class SectionTitles {
    private record Entry(String section, TitlePhrase title) {
    }

    private final List<Entry> entries;
    /** The titles' phrases, in the order of {@link #entries}, for the OCR-tolerant search. */
    private final OcrMatcher.Openings openings;

    SectionTitles(List<SectionTitle> rows) {
        List<Entry> list = new ArrayList<>();
        for (SectionTitle r : rows) {
            list.add(new Entry(r.section(), new TitlePhrase(r.title())));
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.title().letters()).reversed());
        this.entries = List.copyOf(list);
        this.openings = OcrMatcher.Openings.of(entries.stream().map(e -> e.title().phrase()).toList());
    }

    /** The kinds the heading names, the one it opens with first; empty when the data names none. */
    List<String> kindsOf(String heading) {
        List<String> kinds = new ArrayList<>();
        if (heading == null) {
            return kinds;
        }
        String first = opening(heading);
        if (first != null) {
            kinds.add(first);
        }
        // the later parts: after each "và" or comma between words ("VÀ" in capitals too: (?u) for the accented letter)
        String[] parts = Regex.split(heading, "(?iu)\\s*,\\s*|\\s+(và|va)\\s+");
        for (int i = 1; i < parts.length; i++) {
            String k = opening(parts[i]);
            if (k != null && !kinds.contains(k)) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    /**
     * Whether the text is nothing but sections' titles of the data, word for word ("Tổ chức thực hiện", "Kinh phí và tổ
     * chức thực hiện"): a heading written in sentence case is told from a list item by that.
     */
    boolean namesOnly(String text) {
        String[] parts = Regex.split(text, "(?iu)\\s*,\\s*|\\s+(và|va)\\s+");
        for (String part : parts) {
            String words = TitlePhrase.words(part);
            if (entries.stream().noneMatch(e -> e.title().is(words))) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /**
     * The section of the longest title the text opens with word for word; failing that, of the longest it opens with
     * allowing a few misread letters (headings are short capitals that OCR often damages: "NOr DUNG").
     */
    private String opening(String text) {
        String words = TitlePhrase.words(text);
        for (Entry e : entries) {
            if (e.title().opens(text, words, false)) {
                return e.section();
            }
        }
        // OcrMatcher.startsWithFuzzy(text, title) for each title in turn, with the text OCR-normalised once, not once
        // a title (most headings reach here: an item promoted to the top level is seldom a title of the data)
        int k = OcrMatcher.prepare(text).firstOpening(openings);
        return k < 0 ? null : entries.get(k).section();
    }
}
