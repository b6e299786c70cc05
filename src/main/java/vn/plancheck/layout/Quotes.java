package vn.plancheck.layout;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;

/**
 * Places findings in the original file. A finding names a logical line (its number is that of the line's first
 * physical line) and the evidence it is about; the evidence is looked for in the physical lines' original text,
 * tolerating the markup and line breaks the layout stage removed, and the words found there are the quote. A
 * finding whose evidence is not in the line (a computed value) quotes the line; a finding about the whole
 * document is placed at the title, where a reviewer would write a remark about it.
 */
public final class Quotes {
    /** Quotes longer than this are cut at a word boundary. */
    private static final int MAX_QUOTE = 200;
    /** Between two words of the evidence the original may have spaces, line breaks, markup and a cell's pipe. */
    private static final String GAP = "[\\s*_|\\u00A0\\u00AD\\u200B\\uFEFF]+";

    /** Findings up to this many look their line up by a walk over the lines, more through {@link #byNumber}. */
    private static final int WALKED_FINDINGS = 16;

    private final List<SourceLine> lines;
    /** The logical lines of each number, in their order; null while the lines are walked instead. */
    private Map<Integer, List<SourceLine>> byNumber;
    /**
     * Evidences' patterns, compiled once: compiling one (a case-insensitive pattern of a dozen words and their gaps)
     * costs more than looking for it, it was compiled again for every line it was looked for in, and the same words
     * are quoted by several findings and in many documents of a batch (a plan's basis, the plan it carries out).
     * Patterns are immutable and shared between threads; the cache is emptied when it is full.
     */
    private static final Answers<Pattern> PATTERNS = new Answers<>(1024, 400);
    private final SourceLine anchor;

    private Quotes(List<SourceLine> lines, int titleLine, int findings) {
        this.lines = lines;
        SourceLine first = null;
        SourceLine title = null;
        for (SourceLine l : lines) {
            if (first == null && !l.text().isBlank()) {
                first = l;
            }
            if (title == null && titleLine > 0 && l.number() == titleLine) {
                title = l;
            }
            if (first != null && (title != null || titleLine <= 0)) {
                break;                      // the anchor is known
            }
        }
        this.anchor = title != null ? title : first;
        if (findings > WALKED_FINDINGS) {
            // a plan has a few findings and a hundred lines: a map of every line costs more than a walk per finding
            byNumber = new HashMap<>();
            for (SourceLine l : lines) {
                byNumber.computeIfAbsent(l.number(), k -> new ArrayList<>(1)).add(l);
            }
        }
    }

    /** The logical lines numbered {@code number}, in their order, or null when there is none. */
    private List<SourceLine> candidates(int number) {
        if (byNumber != null) {
            return byNumber.get(number);
        }
        List<SourceLine> found = null;
        for (SourceLine l : lines) {
            if (l.number() == number) {
                if (found == null) {
                    found = new ArrayList<>(1);
                }
                found.add(l);
            }
        }
        return found;
    }

    /**
     * Every finding with its location and quote.
     *
     * @param lines     the logical lines the plan was parsed from
     * @param titleLine the line of the document's type and title ("KẾ HOẠCH"), 0 when there is none
     */
    public static List<Finding> locate(List<Finding> findings, List<SourceLine> lines, int titleLine) {
        Quotes q = new Quotes(lines, titleLine, findings.size());
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(q.locate(f));
        }
        return out;
    }

    private Finding locate(Finding f) {
        List<SourceLine> candidates = f.getLine() > 0 ? candidates(f.getLine()) : null;
        if (candidates == null || candidates.isEmpty()) {
            return anchor == null ? f.located(null, null) : f.located(anchor.location(), clip(anchor.text()));
        }
        String evidence = f.getEvidence();
        if (evidence != null && !evidence.isBlank()) {
            Pattern p = cachedPattern(evidence);
            for (SourceLine l : candidates) {
                Finding found = p == null ? null : find(f, l, p);
                if (found != null) {
                    return found;
                }
            }
        }
        SourceLine l = candidates.get(0);
        return f.located(l.location(), clip(l.text()));
    }

    /** The evidence in one logical line's physical lines, or null. */
    private static Finding find(Finding f, SourceLine line, Pattern p) {
        List<SourceLine> parts = line.parts();
        int length = parts.size();
        for (SourceLine part : parts) {
            length += part.original().length();
        }
        StringBuilder joined = new StringBuilder(length);
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = joined.length();
            joined.append(parts.get(i).original()).append('\n');
        }
        Matcher m = p.matcher(joined);
        if (!m.find()) {
            return null;
        }
        int part = 0;
        while (part + 1 < starts.length && starts[part + 1] <= m.start()) {
            part++;
        }
        String quote = Regex.replaceAll(joined.substring(m.start(), m.end()), "\\s+", " ").strip();
        Location where = parts.get(part).location();
        return f.located(where, clip(quote));
    }

    /** {@link #pattern} of {@code evidence}, from {@link #PATTERNS} when it was compiled before. */
    private static Pattern cachedPattern(String evidence) {
        return PATTERNS.get(evidence, Quotes::pattern);
    }

    /** The evidence's words, in order, with any gap between them; case-insensitive. Null when it has no word. */
    private static Pattern pattern(String evidence) {
        String[] words = Regex.split(evidence.strip(), "[\\s\\u00A0]+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String clean = w.replace("*", "");
            if (clean.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(GAP);
            }
            // a symbol cut after its hyphen at a line's end ("NĐ-" / "CP") is one word in the evidence
            String[] pieces = clean.split("-", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    b.append("-[\\s*_|]*");
                }
                if (!pieces[i].isEmpty()) {
                    b.append(Pattern.quote(pieces[i]));
                }
            }
        }
        return b.length() == 0 ? null : Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.length() <= MAX_QUOTE) {
            return t.isEmpty() ? null : t;
        }
        int cut = t.lastIndexOf(' ', MAX_QUOTE);
        return t.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + "…";
    }
}
