package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;

/** Helpers over the list of source lines that every part of the parser walks. */
final class Lines {
    private Lines() {
    }

    /** The lines with index in [from, to). */
    static List<SourceLine> slice(List<SourceLine> lines, int from, int to) {
        return new ArrayList<>(lines.subList(Math.max(0, from), Math.min(lines.size(), Math.max(from, to))));
    }

    /** The lines of {@code a}, then those of {@code b}. */
    static List<SourceLine> concat(List<SourceLine> a, List<SourceLine> b) {
        List<SourceLine> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    static boolean blank(SourceLine l) {
        return l.text().isBlank();
    }

    /** Share of letters that are upper case; 0 for a line without letters. */
    static double upperRatio(String s) {
        return vn.plancheck.text.VietText.upperShare(s);
    }

    static int letterCount(String s) {
        return vn.plancheck.text.VietText.letterCount(s);
    }
}
