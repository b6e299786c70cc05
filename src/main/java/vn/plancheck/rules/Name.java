package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.text.VietText;

/**
 * A registered name (alias of a dissolved unit, old province, words of task-subjects.csv) found as whole words
 * in a text. Text with
 * diacritics is compared with its diacritics ({@link VietText#toneKey}): folded, "Cơ quan Ủy ban" would contain
 * "Quận ủy" and "Huyện ủy" would not be told from a "huyên uy" that no plan writes. Text without diacritics, or
 * read by OCR (which garbles them), and aliases written without them, are compared folded.
 */
final class Name {
    // compiled on first use: a name of task-subjects.csv is only ever asked whether it opens a text, a dissolved
    // unit's whether a text names it, and a check of a single draft should not compile hundreds of patterns it never runs
    private final Lazy folded;
    private final Lazy toned;
    private final Lazy foldedWhole;
    private final Lazy tonedWhole;
    private final boolean accented;

    private final Lazy foldedOpening;
    private final Lazy tonedOpening;
    private final boolean oneWord;
    /** The first word of the folded and of the toned alias: a text without it cannot contain the name. */
    private final String foldedFirst;
    private final String tonedFirst;

    Name(String alias) {
        this(alias, List.of());
    }

    /** {@code before}: words that may come before the name when it opens a text ("các"). */
    Name(String alias, List<String> before) {
        accented = VietText.hasDiacritics(alias); // an alias written without diacritics is always compared folded
        oneWord = !alias.strip().contains(" ");
        String f = VietText.fold(alias);
        String t = VietText.toneKey(alias);
        List<String> fb = before.stream().map(VietText::fold).toList();
        List<String> tb = before.stream().map(VietText::toneKey).toList();
        folded = new Lazy(() -> wordPattern(f, "A-Z0-9", null));
        toned = new Lazy(() -> wordPattern(t, "\\p{L}0-9", null));
        foldedWhole = new Lazy(() -> Pattern.compile("^" + Pattern.quote(f) + "$"));
        tonedWhole = new Lazy(() -> Pattern.compile("^" + Pattern.quote(t) + "$"));
        foldedOpening = new Lazy(() -> wordPattern(f, "A-Z0-9", fb));
        tonedOpening = new Lazy(() -> wordPattern(t, "\\p{L}0-9", tb));
        foldedFirst = firstWord(f);
        tonedFirst = firstWord(t);
    }

    /** A pattern compiled on first use; thread-safe (two threads may both compile it, to the same pattern). */
    private static final class Lazy {
        private final java.util.function.Supplier<Pattern> make;
        private volatile Pattern pattern;

        Lazy(java.util.function.Supplier<Pattern> make) {
            this.make = make;
        }

        java.util.regex.Matcher matcher(String s) {
            Pattern p = pattern;
            if (p == null) {
                p = make.get();
                pattern = p;
            }
            return p.matcher(s);
        }
    }

    /**
     * A text names are looked for in, with its folded and toned forms computed once however many names are tried
     * on it. Not thread-safe: one per text of one plan.
     */
    static final class Text {
        private final String text;
        private String folded;
        private String toned;
        private int diacritics = -1;

        Text(String text) {
            this.text = text;
        }

        String folded() {
            if (folded == null) {
                folded = VietText.fold(text);
            }
            return folded;
        }

        String toned() {
            if (toned == null) {
                toned = VietText.toneKey(text);
            }
            return toned;
        }

        boolean hasDiacritics() {
            if (diacritics < 0) {
                diacritics = VietText.hasDiacritics(text) ? 1 : 0;
            }
            return diacritics == 1;
        }
    }

    /** The name occurs in the text as whole words. */
    boolean in(Text text, boolean ocr) {
        if (accented && !ocr && text.hasDiacritics()) {
            String t = text.toned();
            return (tonedFirst == null || t.contains(tonedFirst)) && toned.matcher(t).find();
        }
        String f = text.folded();
        return (foldedFirst == null || f.contains(foldedFirst)) && folded.matcher(f).find();
    }

    /** The first word of an alias as {@link #wordPattern} quotes it, or null. */
    private static String firstWord(String alias) {
        for (String w : Regex.split(alias, "[\\s\\-–]+")) {
            if (!w.isEmpty()) {
                return w;
            }
        }
        return null;
    }

    /**
     * The text begins with the name, possibly after one of the words given as {@code before}. A name of one
     * word that has diacritics is only compared with them: folded, "phó" is "Phổ biến", "báo" is "Bảo vệ",
     * "quỹ" is "Quy định", so text without them needs the longer names ("phó chủ tịch"); "VNPT" needs none.
     */
    boolean opens(Text text, boolean ocr) {
        if (accented && !ocr && text.hasDiacritics()) {
            String t = text.toned();
            return (tonedFirst == null || t.contains(tonedFirst)) && tonedOpening.matcher(t).find();
        }
        if (oneWord && accented) {
            return false;
        }
        String f = text.folded();
        return (foldedFirst == null || f.contains(foldedFirst)) && foldedOpening.matcher(f).find();
    }

    /** The text is the name and nothing else. */
    boolean is(String text, boolean ocr) {
        return toned(text, ocr) ? tonedWhole.matcher(VietText.toneKey(text)).find()
                : foldedWhole.matcher(VietText.fold(text)).find();
    }

    private boolean toned(String text, boolean ocr) {
        return accented && !ocr && VietText.hasDiacritics(text);
    }

    /**
     * The alias as whole words, tolerant of "-", "–" and spacing ("Lao động - TB&XH"); {@code word}: letters of a
     * word. With {@code opening} (possibly empty) the alias must open the text, after at most one of those words.
     */
    private static Pattern wordPattern(String alias, String word, List<String> opening) {
        StringBuilder re = new StringBuilder();
        if (opening == null) {
            re.append("(?<![" + word + "])");
        } else {
            re.append("^[^" + word + "]*");
            if (!opening.isEmpty()) {
                re.append("(?:(?:").append(String.join("|", opening.stream().map(Pattern::quote).toList())).append(")\\s+)?");
            }
        }
        boolean first = true;
        for (String w : Regex.split(alias, "[\\s\\-–]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!first) {
                re.append("[\\s\\-–,]*");
            }
            re.append(Pattern.quote(w));
            first = false;
        }
        return Pattern.compile(re.append("(?![" + word + "])").toString());
    }
}
