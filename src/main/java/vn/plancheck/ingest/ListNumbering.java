package vn.plancheck.ingest;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word's numbering rules (ECMA-376 17.9), once for both readers: {@link ListLabels} turns POI's list definitions into
 * these records and {@link WordLists} reads them with StAX, so that the two paths cannot count or format differently.
 * Each reader still finds the num and abstractNum of a paragraph on its own model; from there on this class decides.
 *
 * <p>Counters live per abstractNum, so several nums of one list count on together; a {@code lvlOverride} with a
 * {@code startOverride} or a whole {@code w:lvl} restarts its level the first time that num is used ("Restart at 1").
 * Using a level advances it and resets the deeper levels unless their {@code lvlRestart} says otherwise. Must see
 * every numbered paragraph in document order; one instance per document.
 */
final class ListNumbering {
    static final int LEVELS = 9;

    /** One {@code w:lvl}; null fields where the element is absent. */
    record Level(Integer ilvl, BigInteger start, String numFmt, String lvlText, boolean legal, BigInteger restart,
                 String pStyle) {
        Level withStart(BigInteger s) {
            return new Level(ilvl, s, numFmt, lvlText, legal, restart, pStyle);
        }
    }

    /** One {@code w:lvlOverride} of a num: a start value, a whole level, or both. */
    record LevelOverride(int ilvl, boolean startSet, BigInteger start, Level lvl) {
    }

    private final Map<BigInteger, Counters> counters = new HashMap<>();
    private final Set<BigInteger> usedNums = new HashSet<>();

    /**
     * The label of a paragraph of num {@code numId} (an instance of {@code abstractId}), "" if the level is not
     * defined; bullets come out as "-". {@code ilvl} is the paragraph's own or inherited level, null when neither
     * sets one: then the level whose {@code w:pStyle} is the paragraph's {@code style} (style-linked headings).
     */
    String label(BigInteger numId, BigInteger abstractId, List<Level> levels, List<LevelOverride> overrides, Integer ilvl,
                 String style) {
        Level[] lvls = effectiveLevels(levels, overrides);
        int i = ilvl != null ? ilvl : levelForStyle(lvls, style);
        if (i < 0 || i >= LEVELS || lvls[i] == null) {
            return "";
        }
        Counters c = counters.computeIfAbsent(abstractId, k -> new Counters());
        if (usedNums.add(numId)) {
            for (LevelOverride o : overrides) {
                if (o.ilvl() >= 0 && o.ilvl() < LEVELS && (o.startSet() || o.lvl() != null)) {
                    c.started[o.ilvl()] = false;
                }
            }
        }
        c.advance(i, lvls);
        return format(i, lvls, c);
    }

    /** The abstractNum's levels with the num's overrides applied (a whole {@code w:lvl} or a start value). */
    private static Level[] effectiveLevels(List<Level> levels, List<LevelOverride> overrides) {
        Level[] lvls = new Level[LEVELS];
        for (Level l : levels) {
            int i = l.ilvl() != null ? l.ilvl() : -1;
            if (i >= 0 && i < LEVELS) {
                lvls[i] = l;
            }
        }
        for (LevelOverride o : overrides) {
            int i = o.ilvl();
            if (i < 0 || i >= LEVELS) {
                continue;
            }
            Level base = o.lvl() != null ? o.lvl() : lvls[i];
            if (base == null) {
                continue;
            }
            lvls[i] = o.startSet() ? base.withStart(o.start()) : base;
        }
        return lvls;
    }

    private static int levelForStyle(Level[] lvls, String styleId) {
        for (int i = 0; styleId != null && i < LEVELS; i++) {
            if (lvls[i] != null && styleId.equals(lvls[i].pStyle())) {
                return i;
            }
        }
        return 0;
    }

    /** Fills the {@code lvlText} template: %1..%9 stand for the counters of those levels, each in its own format. */
    private static String format(int ilvl, Level[] lvls, Counters c) {
        Level lvl = lvls[ilvl];
        if ("bullet".equals(numFmt(lvl))) {
            return "-";
        }
        String template = lvl.lvlText() != null ? lvl.lvlText() : "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int k = template.charAt(++i) - '1';
                if (lvls[k] != null) {
                    // Legal numbering (isLgl) shows every level of the label as a decimal: "1.1." under "I."
                    String kf = lvl.legal() ? "decimal" : numFmt(lvls[k]);
                    out.append(NumberFormats.format(c.valueOf(k, lvls), kf));
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString().strip();
    }

    private static String numFmt(Level lvl) {
        return lvl.numFmt() != null ? lvl.numFmt().toLowerCase(Locale.ROOT) : "decimal";
    }

    private static int start(Level lvl) {
        // ECMA-376 17.9.25: without w:start the list starts at 0.
        return lvl != null && lvl.start() != null ? lvl.start().intValue() : 0;
    }

    /** The running counters of one abstractNum. */
    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];

        void advance(int ilvl, Level[] lvls) {
            value[ilvl] = started[ilvl] ? value[ilvl] + 1 : start(lvls[ilvl]);
            started[ilvl] = true;
            for (int k = ilvl + 1; k < LEVELS; k++) {
                if (restarts(lvls[k], ilvl)) {
                    started[k] = false;
                }
            }
        }

        /** A level never used yet shows its start value ("1.1." under a heading typed by hand). */
        int valueOf(int k, Level[] lvls) {
            return started[k] ? value[k] : start(lvls[k]);
        }

        /** Default: any shallower level restarts it; {@code lvlRestart=0}: never; n: levels 0..n-1 do. */
        private static boolean restarts(Level lvl, int usedLevel) {
            if (lvl == null || lvl.restart() == null) {
                return true;
            }
            int r = lvl.restart().intValue();
            return r != 0 && usedLevel < r;
        }
    }
}
