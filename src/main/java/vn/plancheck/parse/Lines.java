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

    static boolean blank(SourceLine l) {
        return l.text().isBlank();
    }

    /** Share of letters that are upper case; 0 for a line without letters. */
    static double upperRatio(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
