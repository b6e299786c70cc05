package vn.plancheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;

/**
 * Where each finding stands in the text the page shows: the document's logical lines (as the parser read them) and,
 * in its line, the words it quotes. A finding names its logical line by number; its quote is looked for in that line
 * with any spacing, markup or line break between the words; a finding about the whole document is put on the line
 * its location names (the title). When the words are not in the line, the whole line is marked.
 */
final class DocumentView {
    /** The words of finding {@code finding} (its index in the list given) on line {@code line}, [start, end). */
    record Mark(int finding, int line, int start, int end) {
    }

    private static final String GAP = "[\\s*_|\\u00A0\\u00AD\\u200B\\uFEFF]+";

    private DocumentView() {
    }

    /** One mark per finding that could be placed, in the order of {@code findings}. */
    static List<Mark> place(List<SourceLine> lines, List<Finding> findings) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Mark m = place(lines, findings.get(i), i);
            if (m != null) {
                marks.add(m);
            }
        }
        return marks;
    }

    private static Mark place(List<SourceLine> lines, Finding f, int index) {
        List<Integer> candidates = new ArrayList<>();
        if (f.getLine() > 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).number() == f.getLine()) {
                    candidates.add(i);
                }
            }
        }
        if (candidates.isEmpty() && f.getLocation() != null && !f.getLocation().isNone()) {
            for (int i = 0; i < lines.size(); i++) {
                if (at(lines.get(i), f.getLocation())) {
                    candidates.add(i);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        for (String words : new String[] {f.getQuote(), f.getEvidence()}) {
            Pattern p = pattern(words);
            if (p == null) {
                continue;
            }
            for (int i : candidates) {
                Matcher m = p.matcher(lines.get(i).text());
                if (m.find() && m.end() > m.start()) {
                    return new Mark(index, i, m.start(), m.end());
                }
            }
        }
        int first = candidates.get(0);
        return new Mark(index, first, 0, lines.get(first).text().length());
    }

    /** Whether {@code where} is the place of the line or of one of the physical lines it was made of. */
    private static boolean at(SourceLine line, Location where) {
        for (SourceLine part : line.parts()) {
            if (Objects.equals(part.location(), where)) {
                return true;
            }
        }
        return false;
    }

    /** The words in order, with any gap between them, case-insensitive; null when there is no word. */
    static Pattern pattern(String words) {
        if (words == null) {
            return null;
        }
        String w = words.strip();
        if (w.endsWith("…")) {
            w = w.substring(0, w.length() - 1); // a quote clipped by the report
        }
        StringBuilder b = new StringBuilder();
        for (String word : w.split("[\\s\\u00A0]+")) {
            String clean = word.replace("*", "");
            if (clean.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(GAP);
            }
            b.append(Pattern.quote(clean));
        }
        return b.length() == 0 ? null : Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
