package vn.plancheck.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A folded form of a string (as {@link VietText#fold}) that remembers, for every folded char,
 * which span of the original string it came from. Matching runs on the folded form; offsets and
 * evidence text are reported on the original, which may be NFC or carry combining marks.
 * Immutable.
 */
final class Folded {
    private final String text;
    private final int[] start;
    private final int[] end;
    private final int originalLength;

    private Folded(String text, int[] start, int[] end, int originalLength) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.originalLength = originalLength;
    }

    /**
     * Folds {@code s}. With {@code collapse} runs of white space become one space and the ends are
     * trimmed (exactly {@link VietText#fold}); without it every white-space char becomes one space,
     * which keeps line breaks countable for multi-line scans.
     */
    static Folded of(String s, boolean collapse) {
        String src = s == null ? "" : s;
        Builder b = new Builder(src.length());
        boolean pendingSpace = false;
        int pendingStart = 0;
        int i = 0;
        while (i < src.length()) {
            int n = Character.isHighSurrogate(src.charAt(i)) && i + 1 < src.length()
                    && Character.isLowSurrogate(src.charAt(i + 1)) ? 2 : 1;
            // ASCII has no decomposition; skipping the Normalizer keeps long plans cheap.
            String d = n == 1 && src.charAt(i) < 0x80
                    ? String.valueOf(src.charAt(i))
                    : Normalizer.normalize(src.substring(i, i + n), Normalizer.Form.NFD);
            for (int k = 0; k < d.length(); k++) {
                char c = d.charAt(k);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    b.extendLast(i + n); // a stray combining mark belongs to the char before it
                    continue;
                }
                if (c == 'đ' || c == 'Đ') {
                    c = 'D';
                }
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!collapse) {
                        b.append(' ', i, i + n);
                    } else if (!pendingSpace) {
                        pendingSpace = b.length() > 0;
                        pendingStart = i;
                    }
                    continue;
                }
                if (pendingSpace) {
                    b.append(' ', pendingStart, pendingStart + 1);
                    pendingSpace = false;
                }
                b.append(Character.toUpperCase(c), i, i + n);
            }
            i += n;
        }
        return b.build(src.length());
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Original offset where folded char {@code i} starts; {@code length()} maps to the original end. */
    int originalStart(int i) {
        return i >= start.length ? originalLength : start[i];
    }

    /** Original offset just after folded char {@code i}. */
    int originalEnd(int i) {
        return end[i];
    }

    /** The original substring behind folded chars [from, to). */
    String originalSpan(String original, int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(start[from], end[to - 1]);
    }

    /** Builds mapped text; {@link #drop}/{@link #map} style transforms use it as well. */
    static final class Builder {
        private final StringBuilder sb;
        private int[] st;
        private int[] en;

        Builder(int capacity) {
            int cap = Math.max(16, capacity);
            sb = new StringBuilder(cap);
            st = new int[cap];
            en = new int[cap];
        }

        int length() {
            return sb.length();
        }

        char last() {
            return sb.charAt(sb.length() - 1);
        }

        void append(char c, int from, int to) {
            int n = sb.length();
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            sb.append(c);
            st[n] = from;
            en[n] = to;
        }

        void extendLast(int to) {
            int n = sb.length();
            if (n > 0 && en[n - 1] < to) {
                en[n - 1] = to;
            }
        }

        void removeLast() {
            sb.setLength(sb.length() - 1);
        }

        Folded build(int originalLength) {
            int n = sb.length();
            return new Folded(sb.toString(), Arrays.copyOf(st, n), Arrays.copyOf(en, n), originalLength);
        }
    }

    /** Appends folded char {@code i} of this text to {@code b} as {@code c}, keeping its origin. */
    void copyTo(Builder b, int i, char c) {
        b.append(c, start[i], end[i]);
    }

    /** Appends folded chars [i, j) as one char {@code c} (an OCR digraph read as one letter). */
    void mergeTo(Builder b, int i, int j, char c) {
        b.append(c, start[i], end[j - 1]);
    }
}
