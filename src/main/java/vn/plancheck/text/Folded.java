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
    /** Where each folded char comes from in the original; both null when the map is one to one. */
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
        if (!collapse) {
            Folded same = charForChar(src);
            if (same != null) {
                return same;
            }
        }
        return fold(src, collapse, new Builder(src.length())).build(src.length());
    }

    /**
     * {@link #of}{@code (src, false)} when every char folds to one char in its place (a letter of the table, white
     * space; no diacritic standing alone, nothing to decompose), as typed Vietnamese does: the folded text then maps
     * to the original one to one, and no map is built. Null otherwise.
     */
    private static Folded charForChar(String src) {
        char[] cs = src.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (isSpaceOrNbsp(c)) {
                cs[i] = ' ';
                continue;
            }
            char t = VietText.tableFold(c);
            if (t == 0 || t == 1) {
                return null;
            }
            cs[i] = t;
        }
        return new Folded(new String(cs), null, null, src.length());
    }

    /** {@link #of} into {@code b} (empty), for a caller that transforms the folded text further. */
    static Builder fold(String src, boolean collapse, Builder b) {
        boolean pendingSpace = false;
        int pendingStart = 0;
        int i = 0;
        // Read from an array: String.charAt of a Vietnamese (UTF-16) string checks its index on every call, and this
        // loop runs over every char of every plan, several times.
        char[] cs = src.toCharArray();
        while (i < cs.length) {
            char single = cs[i];
            char t = VietText.tableFold(single);
            if (t != 1 && !isSpaceOrNbsp(single)) {
                // a letter of the table: its decomposition is the base letter and diacritics, folded once for all
                if (t == 0) {
                    b.extendLast(i + 1);
                } else {
                    if (pendingSpace) {
                        b.append(' ', pendingStart, pendingStart + 1);
                        pendingSpace = false;
                    }
                    b.append(t, i, i + 1);
                }
                i++;
                continue;
            }
            int n = Character.isHighSurrogate(cs[i]) && i + 1 < cs.length
                    && Character.isLowSurrogate(cs[i + 1]) ? 2 : 1;
            // ASCII has no decomposition (d null: the char itself); skipping the Normalizer keeps long plans cheap.
            String d = n == 1 && cs[i] < 0x80 ? null : Normalizer.normalize(src.substring(i, i + n), Normalizer.Form.NFD);
            int length = d == null ? 1 : d.length();
            for (int k = 0; k < length; k++) {
                char c = d == null ? cs[i] : d.charAt(k);
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
        return b;
    }

    /**
     * {@code Character.isWhitespace(c) || c == '\u00A0'}, without the call for the printable ASCII chars (none of
     * which is white space), which most of a plan's chars are.
     */
    private static boolean isSpaceOrNbsp(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0';
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
        if (start == null) {
            if (i < 0) {
                throw new ArrayIndexOutOfBoundsException(i);    // as the map would
            }
            return Math.min(i, originalLength);                 // one to one
        }
        return i >= start.length ? originalLength : start[i];
    }

    /** Original offset just after folded char {@code i}. */
    int originalEnd(int i) {
        if (end == null) {
            if (i < 0 || i >= originalLength) {
                throw new ArrayIndexOutOfBoundsException(i);    // as the map would
            }
            return i + 1;                                       // one to one
        }
        return end[i];
    }

    /** The original substring behind folded chars [from, to). */
    String originalSpan(String original, int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(originalStart(from), originalEnd(to - 1));
    }

    /**
     * Builds mapped text; the OCR repairs ({@link OcrNormalizer}) pass it from one builder to another, reading one
     * while writing the other, and only the last becomes a {@link Folded}.
     */
    static final class Builder {
        private char[] chars;
        private int[] st;
        private int[] en;
        private int n;

        Builder(int capacity) {
            int cap = Math.max(16, capacity);
            chars = new char[cap];
            st = new int[cap];
            en = new int[cap];
        }

        int length() {
            return n;
        }

        char charAt(int i) {
            return chars[i];
        }

        char last() {
            return chars[n - 1];
        }

        void append(char c, int from, int to) {
            if (n == chars.length) {
                chars = Arrays.copyOf(chars, n * 2);
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
            }
            chars[n] = c;
            st[n] = from;
            en[n] = to;
            n++;
        }

        void extendLast(int to) {
            if (n > 0 && en[n - 1] < to) {
                en[n - 1] = to;
            }
        }

        void removeLast() {
            n--;
        }

        /** Empties the builder for the next pass, keeping its arrays. */
        Builder clear() {
            n = 0;
            return this;
        }

        /** Appends char {@code i} of {@code from} as {@code c}, keeping its origin. */
        void copy(Builder from, int i, char c) {
            append(c, from.st[i], from.en[i]);
        }

        /** Appends chars [i, j) of {@code from} as one char {@code c} (an OCR digraph read as one letter). */
        void merge(Builder from, int i, int j, char c) {
            append(c, from.st[i], from.en[j - 1]);
        }

        Folded build(int originalLength) {
            return new Folded(new String(chars, 0, n), Arrays.copyOf(st, n), Arrays.copyOf(en, n), originalLength);
        }
    }
}
