package vn.plancheck.parse;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private CiteText() {
    }

    /** Upper case, diacritics removed, đ/Đ to D, any white space to ' '; one char out for each char in. */
    static String foldKeep(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.isWhitespace(c) ? ' ' : Character.toUpperCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'D';
        }
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.isEmpty() ? c : d.charAt(0);
        return Character.toUpperCase(base);
    }

    /** Collapses white space to single spaces and trims; the one-line form used for {@code text} fields. */
    static String oneLine(String s) {
        return WS.matcher(s).replaceAll(" ").trim();
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

        Joined(List<SourceLine> lines) {
            StringBuilder b = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            for (SourceLine l : lines) {
                String t = l.text() == null ? "" : l.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                marks.add(new int[] {b.length(), l.number()});
                b.append(t);
            }
            text = b.toString();
            folded = foldKeep(text);
            starts = new int[marks.size()];
            numbers = new int[marks.size()];
            for (int i = 0; i < marks.size(); i++) {
                starts[i] = marks.get(i)[0];
                numbers[i] = marks.get(i)[1];
            }
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

        /** The original text between two offsets, on one line. */
        String slice(int from, int to) {
            int a = Math.max(0, Math.min(from, text.length()));
            int z = Math.max(a, Math.min(to, text.length()));
            return oneLine(text.substring(a, z));
        }
    }
}
