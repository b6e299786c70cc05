package vn.plancheck.layout;

/**
 * A char array reused for the lines of one document. Under C1 (the batch's JIT) {@code String.charAt} keeps its
 * index and coder checks on every char, and most lines of a plan are UTF-16; copying a line's chars once and walking
 * the array is cheaper for the loops that read every char of every line. One per call of {@link Layout#apply}: not
 * shared between threads.
 */
final class Scratch {
    private char[] chars = new char[256];

    /** The chars of {@code s} at the start of the array (valid up to {@code s.length()}); the next call overwrites them. */
    char[] load(String s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        return chars;
    }
}
