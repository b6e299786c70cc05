package vn.plancheck.layout;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;

/**
 * Cuts a logical line longer than {@link #MAX_CHARS} into pieces at sentence ends (". ", "; ", "! ", "? "), else at
 * a space, else anywhere. A plan's longest paragraph has some 3,000 chars; a line of a megabyte is a file whose line
 * breaks were lost (a converted web page, a text saved without them) or garbage, and every stage that reads a line
 * as a whole (the header's fuzzy matching, a unit's line quoted with it, a sentence's subject) would cost as much
 * as the line for each thing found on it. Each piece keeps the line's number and place, so findings still point
 * at the line of the file; its original is the piece itself, so a quote is looked for in a bounded text.
 */
final class LongLines {
    /** Longer than any line of the 117 fixture documents (the longest has 3,144 chars). */
    static final int MAX_CHARS = 4_000;
    /** A sentence end is looked for in the last part of a piece only, so that pieces do not get short. */
    private static final int MIN_CHARS = MAX_CHARS / 2;

    private LongLines() {
    }

    static List<SourceLine> split(List<SourceLine> lines) {
        List<SourceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            String t = l.text();
            if (t == null || t.length() <= MAX_CHARS) {
                if (out != null) {
                    out.add(l);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            int from = 0;
            while (from < t.length()) {
                int to = t.length() - from <= MAX_CHARS ? t.length() : cut(t, from);
                String piece = t.substring(from, to).strip();
                if (!piece.isEmpty()) {
                    out.add(new SourceLine(l.number(), piece, l.location(), piece));
                }
                from = to;
            }
        }
        return out == null ? lines : out;
    }

    /** Where the piece starting at {@code from} ends: after the last sentence end, else space, in its window. */
    static int cut(String t, int from) {
        int max = from + MAX_CHARS;
        for (int i = max - 1; i >= from + MIN_CHARS; i--) {
            char c = t.charAt(i);
            if ((c == '.' || c == ';' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = max - 1; i >= from + MIN_CHARS; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i + 1;
            }
        }
        // no space in 2,000 chars: not words; a cut between two surrogates would leave half a character
        return Character.isLowSurrogate(t.charAt(max)) ? max - 1 : max;
    }
}
