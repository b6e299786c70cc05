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

    private final Map<Integer, List<SourceLine>> byNumber = new HashMap<>();
    private final SourceLine anchor;

    private Quotes(List<SourceLine> lines, int titleLine) {
        SourceLine first = null;
        SourceLine title = null;
        for (SourceLine l : lines) {
            byNumber.computeIfAbsent(l.number(), k -> new ArrayList<>(1)).add(l);
            if (first == null && !l.text().isBlank()) {
                first = l;
            }
            if (title == null && titleLine > 0 && l.number() == titleLine) {
                title = l;
            }
        }
        this.anchor = title != null ? title : first;
    }

    /**
     * Every finding with its location and quote.
     *
     * @param lines     the logical lines the plan was parsed from
     * @param titleLine the line of the document's type and title ("KẾ HOẠCH"), 0 when there is none
     */
    public static List<Finding> locate(List<Finding> findings, List<SourceLine> lines, int titleLine) {
        Quotes q = new Quotes(lines, titleLine);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(q.locate(f));
        }
        return out;
    }

    private Finding locate(Finding f) {
        List<SourceLine> candidates = f.getLine() > 0 ? byNumber.get(f.getLine()) : null;
        if (candidates == null || candidates.isEmpty()) {
            return anchor == null ? f.located(null, null) : f.located(anchor.location(), clip(anchor.text()));
        }
        String evidence = f.getEvidence();
        if (evidence != null && !evidence.isBlank()) {
            for (SourceLine l : candidates) {
                Finding found = find(f, l, evidence);
                if (found != null) {
                    return found;
                }
            }
        }
        SourceLine l = candidates.get(0);
        return f.located(l.location(), clip(l.text()));
    }

    /** The evidence in one logical line's physical lines, or null. */
    private static Finding find(Finding f, SourceLine line, String evidence) {
        Pattern p = pattern(evidence);
        if (p == null) {
            return null;
        }
        List<SourceLine> parts = line.parts();
        StringBuilder joined = new StringBuilder();
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
