package vn.plancheck.layout;

import vn.plancheck.text.Regex;

/**
 * Which of the chars the layout stage asks about a line has, found in one pass over its chars: emphasis and heading
 * marks, pipes, tabs, runs of white space, chars {@link Invisibles#clean} changes. Each later test of a line
 * ({@code indexOf('*')}, {@code contains("__")}, a run to collapse, …) was a pass of its own over every line, some
 * of them twice; a mark that is absent answers it. A line whose marks are not known has {@link #UNKNOWN}: every
 * test is then made as before.
 */
final class Marks {
    static final int STAR = 1;
    static final int HASH = 1 << 1;
    static final int UNDERSCORE = 1 << 2;
    static final int PIPE = 1 << 3;
    static final int TAB = 1 << 4;
    /** A char of the regex class {@code \\s}; in a line's marks only with {@link #RUN}. */
    private static final int SPACE = 1 << 5;
    /** A char {@link Invisibles#clean} drops or replaces. */
    static final int INVISIBLE = 1 << 6;
    /** Two chars of the regex class {@code \\s} in a row: what {@code Wraps.collapseRuns} collapses, and a column gap needs. */
    static final int RUN = 1 << 7;
    /** The chars {@link Markup#stripEmphasis} removes or looks for: without them it returns the text as it is. */
    static final int EMPHASIS = STAR | HASH | UNDERSCORE;
    /** Marks not known: every mark may be there. */
    static final int UNKNOWN = -1;

    /** The flags of the chars below this; above it only {@link #INVISIBLE} is possible. */
    private static final byte[] FLAGS = new byte[0x2065];

    static {
        for (char c = 0; c < FLAGS.length; c++) {
            int f = Invisibles.changed(c) ? INVISIBLE : 0;
            f |= Regex.isSpace(c) ? SPACE : 0;
            f |= c == '*' ? STAR : c == '#' ? HASH : c == '_' ? UNDERSCORE : c == '|' ? PIPE : c == '\t' ? TAB : 0;
            FLAGS[c] = (byte) f;
        }
    }

    private Marks() {
    }

    /** The marks of the first {@code length} chars of {@code chars}. */
    static int of(char[] chars, int length) {
        byte[] flags = FLAGS;
        int marks = 0;
        int pairs = 0;
        int previous = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            int f = c < flags.length ? flags[c] : Invisibles.changed(c) ? INVISIBLE : 0;
            marks |= f;
            pairs |= f & previous;
            previous = f;
        }
        return (marks & ~SPACE) | ((pairs & SPACE) != 0 ? RUN : 0);
    }

    /** The marks of {@code s}, read through {@code scratch}. */
    static int of(String s, Scratch scratch) {
        return of(scratch.load(s), s.length());
    }

    /** The marks of each line's text (a missing text has none). */
    static int[] ofLines(java.util.List<vn.plancheck.ingest.SourceLine> lines, Scratch scratch) {
        int[] marks = new int[lines.size()];
        for (int i = 0; i < marks.length; i++) {
            String t = lines.get(i).text();
            marks[i] = t == null ? 0 : of(t, scratch);
        }
        return marks;
    }

    /** Whether {@code marks} may include {@code mark} (always, for {@link #UNKNOWN}). */
    static boolean has(int marks, int mark) {
        return (marks & mark) != 0;
    }
}
