package vn.plancheck.model;

/**
 * The right value a rule knows for words of the document, so that a reviewer's copy can offer the correction
 * (a tracked change in Word, a note in a PDF): replace {@code found} with {@code replacement}. Only rules that
 * read the right value from data give one (the registry's symbol or date of a cited document, the year's theme).
 *
 * @param found       the words to replace, as the document writes them ("982/LĐTBXH-CTE")
 * @param replacement the right words ("982/BLĐTBXH-CTE")
 */
public record Suggestion(String found, String replacement) {
    /** A suggestion, or null when either side is missing or they are the same words. */
    public static Suggestion of(String found, String replacement) {
        if (found == null || replacement == null) {
            return null;
        }
        String f = found.strip();
        String r = replacement.strip();
        return f.isEmpty() || r.isEmpty() || f.equals(r) ? null : new Suggestion(f, r);
    }
}
