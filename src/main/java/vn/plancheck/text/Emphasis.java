package vn.plancheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown emphasis as converters and web crawlers leave it in a plan's text: {@code **bold**}, {@code *italic*},
 * {@code ***“both”***}, {@code __bold__}. The reader strips the pairs on each line; the layout stage, once it has
 * joined the lines a span crossed, also drops the marks left without a partner.
 */
public final class Emphasis {
    /** {@code **x**}, {@code ***“x”***}, {@code __x__}: opening and closing marks touch the text. */
    private static final Pattern BOLD = Pattern.compile("(\\*{2,3}|__)(?=\\S)(.+?)(?<=\\S)\\1");
    /** {@code *x*}. */
    private static final Pattern ITALIC = Pattern.compile("(\\*)(?=[^\\s*])(.+?)(?<=[^\\s*])\\*");
    /**
     * A single mark left over at a word's edge, opening or closing, or standing alone. A footnote's "(*)" and a
     * product "5 * 3" stay (the latter is only stripped by {@link #strip}, which is for joined lines).
     */
    private static final Pattern STRAY = Pattern.compile("(?<=^|\\s)\\*(?=\\S)|(?<=\\S)\\*(?=\\s|$|[.,;:])|(?<=^|\\s)\\*(?=\\s|$)");

    private Emphasis() {
    }

    /** The text without its pairs of emphasis marks, keeping what they enclose; unpaired marks stay. */
    public static String stripPairs(String s) {
        if (s.indexOf('*') < 0 && !s.contains("__")) {
            return s;
        }
        // bold first: a "**" pair must not be read as two italic marks around its own text
        return pairs(ITALIC, pairs(BOLD, s));
    }

    /**
     * The text without any emphasis mark: pairs, then bold marks left alone ("**1. **100%"), then italic pairs,
     * then single marks at a word's edge.
     */
    public static String strip(String s) {
        if (s.indexOf('*') < 0 && !s.contains("__")) {
            return s;
        }
        String current = Regex.replaceAll(pairs(BOLD, s), "\\*{2,}", "");
        current = pairs(ITALIC, current);
        return STRAY.matcher(current).replaceAll("");
    }

    private static String pairs(Pattern p, String s) {
        String current = s;
        for (int pass = 0; pass < 3; pass++) {
            String next = p.matcher(current).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }
}
