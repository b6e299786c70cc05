package vn.plancheck.ingest;

import java.util.List;

import vn.plancheck.model.Location;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * One line of a document in reading order, with where it came from. A reader emits physical lines (a line of a
 * .txt, a paragraph or cell paragraph of a Word file, a line of a PDF page); the layout stage joins them into
 * logical lines, each of which keeps the physical lines it was made of ({@link #parts()}), so that a finding on a
 * logical line can still be placed and quoted in the original.
 */
public final class SourceLine {
    private final int number;
    private final String text;
    private final Location location;
    private final String original;
    private final List<SourceLine> parts;
    /** The folded text, computed on first use: every extractor reads it, none folds the line again. */
    private volatile String folded;
    /** The text prepared for fuzzy searches, computed on first use (see {@link #fuzzy()}). */
    private volatile OcrMatcher.Prepared fuzzy;

    /**
     * @param number   1-based position: the line number of a .txt file, the ordinal of the emitted line of a
     *                 .docx/.doc/.pdf; for a logical line, the number of its first physical line
     * @param text     the text, NFC-normalised, without the line break
     * @param location where it is in the original file
     * @param original the text as it stands in the file (markup and invisible characters included)
     */
    public SourceLine(int number, String text, Location location, String original) {
        this(number, text, location, original, List.of());
    }

    private SourceLine(int number, String text, Location location, String original, List<SourceLine> parts) {
        this.number = number;
        this.text = text;
        this.location = location == null ? Location.NONE : location;
        this.original = original == null ? text : original;
        this.parts = parts;
    }

    /** A line whose text is also its original (tests, generated plans). */
    public SourceLine(int number, String text, Location location) {
        this(number, text, location, text);
    }

    /** A logical line made of the physical lines {@code parts} (at least one), with its cleaned, joined text. */
    public static SourceLine logical(String text, List<SourceLine> parts) {
        SourceLine first = parts.get(0);
        if (parts.size() == 1) {
            return new SourceLine(first.number(), text, first.location(), first.original(), List.copyOf(parts));
        }
        StringBuilder original = new StringBuilder();
        for (SourceLine p : parts) {
            if (original.length() > 0) {
                original.append('\n');
            }
            original.append(p.original());
        }
        return new SourceLine(first.number(), text, first.location(), original.toString(), List.copyOf(parts));
    }

    /** The same line with other text (the original and the parts are kept). */
    public SourceLine withText(String newText) {
        return new SourceLine(number, newText, location, original, parts);
    }

    /**
     * The text folded with one char per char ({@link VietText#foldKeepLength}): upper case, no diacritics, đ as D,
     * white space as one space each. Computed once per line and shared by every extractor.
     */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = VietText.foldKeepLength(text == null ? "" : text);
            folded = f;
        }
        return f;
    }

    /**
     * The text OCR-normalised and prepared for {@link OcrMatcher}'s fuzzy searches, computed once per line however
     * many phrases are looked for in it.
     */
    public OcrMatcher.Prepared fuzzy() {
        OcrMatcher.Prepared f = fuzzy;
        if (f == null) {
            f = OcrMatcher.prepare(text);
            fuzzy = f;
        }
        return f;
    }

    public int number() { return number; }
    public String text() { return text; }
    /** Where the line (for a logical line: its first physical line) is in the original file. */
    public Location location() { return location; }
    /** The text as it stands in the file; for a logical line, its physical lines joined by '\n'. */
    public String original() { return original; }
    /** The physical lines of a logical line, in order; just this line for a physical one. */
    public List<SourceLine> parts() { return parts.isEmpty() ? List.of(this) : parts; }

    @Override
    public String toString() {
        return number + ": " + text;
    }
}
