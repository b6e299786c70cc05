package vn.plancheck.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#replaceAll}, {@link String#replaceFirst}, {@link String#matches} and {@link String#split} with the
 * pattern compiled once per regular expression instead of on every call (the String methods compile it each time,
 * which on the parser's per-line paths cost several per cent of a batch). Same results as the String methods:
 * each is defined by them as {@code Pattern.compile(regex)} followed by the same {@link java.util.regex.Matcher} call.
 */
public final class Regex {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    private static Pattern compiled(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) {
            p = COMPILED.computeIfAbsent(regex, Pattern::compile);
        }
        return p;
    }

    /** Whether {@code c} is in the regex class {@code \\s} (space, tab, the line breaks, vertical tab, form feed). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(String s, String regex) {
        return compiled(regex).matcher(s).matches();
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return compiled(regex).split(s, 0);
    }

    /** {@code s.split(regex, limit)}. */
    public static String[] split(String s, String regex, int limit) {
        return compiled(regex).split(s, limit);
    }
}
