package vn.plancheck.parse;

import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;

/**
 * Text plumbing shared by the three extractors: a fold that keeps character positions (so a regex run on the
 * folded text can cut the original text at the same offsets) and a stream of lines joined with single spaces
 * (so citations, dates and sentences that break across lines, even across an OCR blank line, match as one).
 * {@link vn.plancheck.text.VietText#fold} collapses spaces and therefore cannot be used for slicing.
 */
final class CiteText {
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern OPENER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}[.)]|[-+•–*]|[a-zđ]\\))");
    private static final int SOFT_LINE_WORDS = 8;

    private CiteText() {
    }

    /** Upper case, diacritics removed, đ/Đ to D, any white space to ' '; one char out for each char in. */
    static String foldKeep(String s) {
        return vn.plancheck.text.VietText.foldKeepLength(s);
    }

    /**
     * Collapses white space to single spaces and trims; the one-line form used for {@code text} fields. That is
     * {@code s.replaceAll("\\s+", " ").trim()}, with the regex run only when there is a run to collapse: most
     * slices are on one line already.
     */
    static String oneLine(String s) {
        return needsCollapse(s) ? WS.matcher(s).replaceAll(" ").trim() : s.trim();
    }

    /** Whether {@code s} has white space ({@code \s}) other than single spaces, which replacing would change. */
    private static boolean needsCollapse(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) {
                    return true;
                }
                space = true;
            } else if (vn.plancheck.text.Regex.isSpace(c)) {
                return true;
            } else {
                space = false;
            }
        }
        return false;
    }

    /** Removes markdown emphasis left by some readers ("**trước ngày 20/7/2024**"). */
    static String stripEmphasis(String s) {
        return s.replace("*", "");
    }

    /** Lines joined by single spaces (blank lines skipped), with a map from offsets back to line numbers. */
    static final class Joined {
        final String text;
        final String folded;
        private final int[] starts;
        private final int[] numbers;
        /** The chars of {@link #folded}, on first use (for {@link Starts}). */
        private char[] chars;
        /** hard[i]: the break before line i ends any name (heading or bullet line, or a short line); on first use. */
        private boolean[] hard;

        Joined(List<SourceLine> lines) {
            // String.join copies whole lines (array copies); a StringBuilder or a char[] copies a Vietnamese line
            // char by char under C1, and the text of a plan is copied twice here (as it is and folded)
            int count = lines.size();
            String[] texts = new String[count];
            String[] folds = new String[count];
            int[] lineStarts = new int[count];
            int[] lineNumbers = new int[count];
            int kept = 0;
            int at = 0;
            for (SourceLine l : lines) {
                String raw = l.text();
                if (raw == null) {
                    continue;
                }
                int from = 0;
                int to = raw.length();
                while (from < to && Character.isWhitespace(raw.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                    to--;
                }
                if (from == to) {
                    continue;
                }
                lineStarts[kept] = at;
                lineNumbers[kept] = l.number();
                texts[kept] = raw.substring(from, to);
                // the line's folded form is computed once and shared: folding keeps every char in its place
                folds[kept] = l.folded().substring(from, to);
                at += to - from + 1;
                kept++;
            }
            text = String.join(" ", java.util.Arrays.copyOf(texts, kept));
            folded = String.join(" ", java.util.Arrays.copyOf(folds, kept));
            starts = java.util.Arrays.copyOf(lineStarts, kept);
            numbers = java.util.Arrays.copyOf(lineNumbers, kept);
        }

        private static boolean[] hardBreaks(String text, int[] starts) {
            boolean[] hard = new boolean[starts.length];
            for (int i = 1; i < starts.length; i++) {
                String prev = text.substring(starts[i - 1], starts[i] - 1);
                String next = text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : text.length());
                // a joined line is trimmed: its words are its spaces plus one (as prev.split(" ").length counts them)
                hard[i] = closed(prev) || spaces(prev) + 1 < SOFT_LINE_WORDS
                        || OPENER.matcher(next).find();
            }
            return hard;
        }

        /**
         * Whether {@code s} ends a sentence: {@code Pattern.compile("[.;:!?][*\\s]*$").matcher(s).find()}, read
         * from the end instead of tried at every char of every line. The pattern's "$" also matches before a line
         * terminator that ends the text; of those, only U+0085, U+2028 and U+2029 are not in "\\s".
         */
        static boolean closed(String s) {
            int i = s.length();
            if (i > 0 && (s.charAt(i - 1) == '\u0085' || s.charAt(i - 1) == '\u2028' || s.charAt(i - 1) == '\u2029')) {
                i--;
            }
            while (i > 0 && (s.charAt(i - 1) == '*' || vn.plancheck.text.Regex.isSpace(s.charAt(i - 1)))) {
                i--;
            }
            return i > 0 && ".;:!?".indexOf(s.charAt(i - 1)) >= 0;
        }

        private static int spaces(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ' ') {
                    n++;
                }
            }
            return n;
        }

        char[] foldedChars() {
            if (chars == null) {
                chars = folded.toCharArray();
            }
            return chars;
        }

        /**
         * True when {@code offset} starts a line that cannot continue a name from the line before: wrapped lines
         * of a paragraph are long and run on; a heading ("3. Sở Y tế"), a bullet or a short line do not.
         */
        boolean hardBreakAt(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            if (i > 0 && hard == null) {
                hard = hardBreaks(text, starts);
            }
            return i > 0 && hard[i];
        }

        /** Line number of the character at {@code offset} (the last line starting at or before it). */
        int lineAt(int offset) {
            if (starts.length == 0) {
                return 0;
            }
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return numbers[lo];
        }

        /** The whole source line that holds the character at {@code offset}, as joined (trimmed). */
        String lineTextAt(int offset) {
            if (starts.length == 0) {
                return "";
            }
            int i = java.util.Arrays.binarySearch(starts, offset);
            if (i < 0) {
                i = Math.max(0, -i - 2);
            }
            int to = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
            return text.substring(starts[i], Math.max(starts[i], to));
        }

        /** The original text between two offsets, on one line. */
        String slice(int from, int to) {
            int a = Math.max(0, Math.min(from, text.length()));
            int z = Math.max(a, Math.min(to, text.length()));
            return oneLine(text.substring(a, z));
        }
    }
}
