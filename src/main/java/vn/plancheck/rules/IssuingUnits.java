package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.model.IssuingUnit;
import vn.plancheck.model.MergedProvince;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RosterUnit;

/**
 * Who issued a document, as an auditor counts units: the issuer's name with its abbreviations written out
 * (rules/data/abbreviations.csv: "UBND" is "Ủy ban nhân dân") and its province (rules/data/provinces.csv), read from
 * the issuer ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), the body above it ("UBND TỈNH QUẢNG NINH" over "SỞ Y TẾ") or the place
 * line ("Quảng Ninh, ngày …"). And whether a unit of the roster ({@code --roster}) is the one that issued a document:
 * names are compared whole, after folding, so "xã Đông Sơn" is never "xã Đông Sơn Tây". Immutable and thread-safe.
 */
public final class IssuingUnits {
    /** The People's Committee: a roster may name a place ("Xã Đông Sơn") for its committee. */
    private static final String COMMITTEE = "UY BAN NHAN DAN";
    /** Administrative levels that open a place's name. */
    private static final Pattern LEVEL = Pattern.compile("^(?:TINH|THANH PHO|THI XA|THI TRAN|HUYEN|QUAN|XA|PHUONG|DAC KHU)(?: |$)");

    private record Province(String key, String name, String currentKey) {
    }

    /** A province of provinces.csv (its current name), a word of the reference data: no rule matches it. */
    record ProvinceName(String name) {
    }

    /** A unit split for comparison: its body without the province, and the province (current name's key, or null). */
    private record Named(String body, String province) {
    }

    private final ReportRecipients names;
    private final Map<String, Province> provinces = new HashMap<>();
    /** "TỈNH X" / "THÀNH PHỐ X" anywhere (group 1: X), X a province of the data, longest names first. */
    private final Pattern named;
    /** The same at the end of a name (group 1: what comes before, group 2: X). */
    private final Pattern namedAtEnd;

    /**
     * @param provinceNames the provinces of provinces.csv by their current names
     * @param facts         the reference facts, whose {@link MergedProvince} rows name the former provinces and tell
     *                      the current one of each
     */
    IssuingUnits(ReportRecipients names, List<String> provinceNames, List<Object> facts) {
        this.names = names;
        Map<String, String> current = new HashMap<>();
        List<String> all = new ArrayList<>(provinceNames);
        for (Object f : facts) {
            if (f instanceof MergedProvince m) {
                current.put(key(m.getOldName()), key(m.getNewName()));
                all.add(m.getNewName());
                all.add(m.getOldName());
            }
        }
        for (String p : all) {
            String key = key(p);
            if (!key.isEmpty()) {
                provinces.putIfAbsent(key, new Province(key, p.strip(), current.getOrDefault(key, key)));
            }
        }
        List<String> keys = new ArrayList<>(provinces.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = keys.isEmpty() ? "(?!)" : String.join("|", keys.stream().map(Pattern::quote).toList());
        named = Pattern.compile("(?<![A-Z0-9])(?:TINH|THANH PHO) (" + alternatives + ")(?![A-Z0-9])");
        namedAtEnd = Pattern.compile("^(.*?) ?(?<![A-Z0-9])(?:TINH|THANH PHO) (" + alternatives + ")$");
    }

    /** The unit that issued {@code plan}; {@link IssuingUnit#UNKNOWN} for no plan. */
    public IssuingUnit of(Plan plan) {
        if (plan == null) {
            return IssuingUnit.UNKNOWN;
        }
        String name = IssuingUnit.oneLine(plan.getIssuer());
        String place = IssuingUnit.oneLine(plan.getPlace());
        String nameKey = key(name);
        Province p = provinceIn(nameKey);
        if (p == null) {
            p = provinceIn(key(plan.getParentIssuer()));
        }
        if (p == null && place != null) {
            p = provinces.get(key(place));
        }
        String locality = p != null ? p.name() : place;
        return new IssuingUnit(name, p == null ? null : p.name(), locality, nameKey, p == null ? "" : p.key(), key(locality));
    }

    /**
     * Whether {@code unit} is the roster's {@code wanted}: the same name once abbreviations, case, accents and spaces
     * are set aside ("UBND xã Đông Sơn" is "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", not "… XÃ ĐÔNG SƠN TÂY"), a place standing for
     * its People's Committee ("Xã Đông Sơn"), and no two different provinces (the roster's column or "tỉnh X" in the
     * name, against the unit's province when it is known; a former province meets the one it was merged into).
     */
    public boolean isUnit(RosterUnit wanted, IssuingUnit unit) {
        return unit != null && unit.isKnown() && isUnit(wanted(wanted), split(unit));
    }

    /** A roster's units prepared once for {@link #tracker}. */
    public Tracker tracker(List<RosterUnit> roster) {
        return new Tracker(roster);
    }

    /** Collects which units of a roster issued a plan of the batch; documents are added as they are checked. */
    public final class Tracker {
        private final List<RosterUnit> roster;
        private final List<Named> wanted = new ArrayList<>();
        private final boolean[] found;

        private Tracker(List<RosterUnit> roster) {
            this.roster = List.copyOf(roster);
            for (RosterUnit r : roster) {
                wanted.add(wanted(r));
            }
            found = new boolean[roster.size()];
        }

        /** Marks the roster's units that {@code unit} is (normally one). */
        public synchronized void add(IssuingUnit unit) {
            if (unit == null || !unit.isKnown()) {
                return;
            }
            Named have = split(unit);
            for (int i = 0; i < found.length; i++) {
                if (!found[i] && isUnit(wanted.get(i), have)) {
                    found[i] = true;
                }
            }
        }

        /** The roster's units that issued no plan of those added, in roster order. */
        public synchronized List<RosterUnit> missing() {
            List<RosterUnit> out = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                if (!found[i]) {
                    out.add(roster.get(i));
                }
            }
            return out;
        }
    }

    /** A unit as a body and a province (current name's key, or null): "UY BAN NHAN DAN" of "… TỈNH HÀ TĨNH". */
    private Named split(IssuingUnit unit) {
        Matcher end = namedAtEnd.matcher(unit.nameKey());
        if (end.matches()) {
            return new Named(end.group(1).strip(), current(end.group(2)));
        }
        return new Named(unit.nameKey(), unit.provinceKey().isEmpty() ? null : current(unit.provinceKey()));
    }

    private static boolean isUnit(Named w, Named have) {
        if (w.body().isEmpty() && w.province() == null) {
            return false;
        }
        String body = have.body();
        String province = have.province();
        if (w.province() != null && province != null && !w.province().equals(province)) {
            return false;
        }
        String want = w.body().isEmpty() ? COMMITTEE : w.body();
        if (body.equals(want)) {
            return true;
        }
        // "Xã Đông Sơn" (or "Đông Sơn") on the roster for the UBND xã Đông Sơn
        if (body.startsWith(COMMITTEE + " ") && !want.startsWith(COMMITTEE)) {
            String place = body.substring(COMMITTEE.length() + 1);
            if (place.equals(want)) {
                return LEVEL.matcher(want).find();
            }
            Matcher level = LEVEL.matcher(place);
            return level.find() && place.substring(level.end()).equals(want);
        }
        return false;
    }

    private Named wanted(RosterUnit r) {
        String name = key(r.name());
        String province = null;
        Matcher end = namedAtEnd.matcher(name);
        if (end.matches()) {
            name = end.group(1).strip();
            province = current(end.group(2));
        }
        if (r.province() != null && !r.province().isBlank()) {
            String p = Regex.replaceFirst(key(r.province()), "^(?:TINH|THANH PHO|TP) ", "");
            province = current(p);
        }
        return new Named(name, province);
    }

    /** The key of a province's current name ("BAC NINH" for "BAC GIANG"); an unknown name stays as it is. */
    private String current(String key) {
        Province p = provinces.get(key);
        return p == null ? key : p.currentKey();
    }

    private Province provinceIn(String key) {
        if (key.isEmpty()) {
            return null;
        }
        Matcher m = named.matcher(key);
        return m.find() ? provinces.get(m.group(1)) : null;
    }

    /** A name folded with its abbreviations written out and punctuation dropped; "TP." is "THÀNH PHỐ"; "" for none. */
    String key(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        return Regex.replaceAll(Regex.replaceAll(names.expand(s), "(?<![A-Z0-9])TP(?![A-Z0-9])", "THANH PHO"), "\\s+", " ").strip();
    }
}
