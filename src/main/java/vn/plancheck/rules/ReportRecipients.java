package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.model.Abbreviation;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.TaskItem;
import vn.plancheck.model.UnitRef;
import vn.plancheck.model.UnitRole;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Whether the body a report goes to is among the plan's "Nơi nhận", however either is written: abbreviations
 * (rules/data/abbreviations.csv: "UBND" = "Ủy ban nhân dân", "BTT" = "Ban Thường trực", "BCHPTDS" …) are written
 * out on both sides; the standing bodies of one committee meet ("Ban Thường vụ Tỉnh ủy" and "Thường trực Tỉnh
 * ủy"); a collective entry covers the bodies it names ("Các sở, ban, ngành" covers "Sở Nội vụ", "Các phòng trực
 * thuộc Sở" covers "Phòng Kế hoạch - Tổng hợp", "Các cơ quan, đơn vị liên quan" covers agencies but not a People's
 * Committee, a ministry or a Party committee, "các Ban Thành ủy" covers the Thành ủy's Ban Tuyên giáo but "các sở,
 * ban, ngành" does not); "Như trên" covers the units the plan assigns tasks to; and a plan may report to its own
 * issuer. Immutable and thread-safe.
 */
final class ReportRecipients {
    private record Form(Pattern pattern, String expansion) {
    }

    /** "Ban Thường vụ", "Thường trực": the standing bodies of a committee, which receive its mail. */
    private static final Pattern LEADERSHIP = Pattern.compile("^(?:BAN THUONG VU|BAN THUONG TRUC|THUONG TRUC|TM) ");
    /** A Party committee: never one of "các sở, ban, ngành" nor of "các cơ quan, đơn vị". */
    private static final Pattern PARTY = Pattern.compile("(?<![A-Z])(?:TINH|HUYEN|THANH|DANG|QUAN|THI|CAP) UY(?![A-Z])");
    /** The office of a body, which receives what is sent to the body and to its head. */
    private static final String OFFICE = "VAN PHONG ";
    /** Head nouns of bodies, two-word ones first. */
    private static final List<String> HEADS = List.of("BO CHI HUY", "CHI CUC", "TRUNG TAM", "VAN PHONG", "CONG AN",
            "CO QUAN", "DON VI", "DOAN THE", "TO CHUC", "DIA PHUONG", "UY BAN", "HOI DONG", "CHINH PHU", "QUOC HOI",
            "MAT TRAN", "BENH VIEN", "CONG TY", "DOANH NGHIEP", "SO", "BAN", "NGANH", "PHONG", "CUC", "BO", "HOI",
            "DOAN", "TRUONG", "TRAM", "DAI", "BAO", "XA", "PHUONG", "THON");
    /** Words of a collective entry that stand for any agency ("Các cơ quan, đơn vị liên quan"). */
    private static final Set<String> ANY_AGENCY = Set.of("CO QUAN", "DON VI");
    /** Agencies such words cover: not People's Committees, councils, ministries, the government or the Front. */
    private static final Set<String> AGENCIES = Set.of("SO", "BAN", "NGANH", "PHONG", "CHI CUC", "CUC", "TRUNG TAM",
            "VAN PHONG", "CONG AN", "BO CHI HUY", "TRUONG", "TRAM", "BENH VIEN", "DAI", "BAO", "HOI", "DOAN", "DOAN THE");
    /** Where a collective entry starts: "Các …", also after "và" or a comma ("Văn phòng Thành ủy và các Ban Thành ủy"). */
    private static final Pattern PLURAL = Pattern.compile("(?:^|, | VA )CAC ");
    /** Administrative levels, so that bodies of two levels are never taken for one. */
    private static final Pattern LEVEL = Pattern.compile("(?<![A-Z])(?:TRUNG UONG|TINH|THANH PHO|THI XA|HUYEN|QUAN|THI TRAN"
            + "|XA|PHUONG|DAC KHU)(?![A-Z])");
    /** "Sở: Nội vụ, Y tế, KHCN" in "Nơi nhận": one head for several bodies. */
    private static final Pattern SHARED_HEAD = Pattern.compile("^\\s*([^:]{1,24}):\\s*(.+)$");

    private final List<Form> forms;
    /**
     * {@link #commas} of the texts seen so far: the same bodies ("UBND tỉnh", "Sở Y tế") are expanded for plan after
     * plan, each with a pattern per abbreviation. Bounded; past it, texts are expanded every time.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> expanded = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int EXPANDED_MAX = 50_000;

    ReportRecipients(List<Abbreviation> table) {
        List<String[]> pairs = new ArrayList<>();
        for (Abbreviation a : table) {
            for (String f : a.getForms()) {
                pairs.add(new String[] {OcrMatcher.ocrNormalize(f), OcrMatcher.ocrNormalize(a.getExpansion())});
            }
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        List<Form> out = new ArrayList<>();
        for (String[] p : pairs) {
            if (!p[0].isBlank()) {
                out.add(new Form(formPattern(p[0]), p[1]));
            }
        }
        this.forms = List.copyOf(out);
    }

    /** The form as whole words; ".", "-", "&", "và", a comma or spaces between its parts may vary ("LĐ - TB và XH"). */
    private static Pattern formPattern(String form) {
        StringBuilder re = new StringBuilder("(?<![A-Z0-9])");
        String[] parts = Regex.split(form, "\\s*(?:[.\\-–&,/]|(?<![A-Z])VA(?![A-Z]))\\s*|\\s+");
        boolean first = true;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!first) {
                re.append("\\s*(?:[.\\-–&,/]|VA(?![A-Z]))?\\s*");
            }
            re.append(Pattern.quote(p));
            first = false;
        }
        return Pattern.compile(re.append("(?![A-Z0-9])").toString());
    }

    /** Folded, OCR-repaired, bracketed remarks ("(b/c)", "(qua Cục A03)") dropped, abbreviations written out. */
    String expand(String s) {
        return Regex.replaceAll(commas(s).replace(",", " "), "\\s+", " ").strip();
    }

    /** {@link #expand}, but the commas kept (they separate the heads of a collective entry). */
    private String commas(String s) {
        if (s == null) {
            return expandCommas(null);
        }
        String known = expanded.get(s);
        if (known != null) {
            return known;
        }
        String out = expandCommas(s);
        if (expanded.size() < EXPANDED_MAX) {
            expanded.put(s, out);
        }
        return out;
    }

    private String expandCommas(String s) {
        String t = s == null ? "" : Regex.replaceAll(s, "\\([^)]*\\)?", " ");
        String f = OcrMatcher.ocrNormalize(t);
        for (Form x : forms) {
            f = x.pattern.matcher(f).replaceAll(Matcher.quoteReplacement(" " + x.expansion + " "));
        }
        return Regex.replaceAll(Regex.replaceAll(Regex.replaceAll(f, "[^A-Z0-9 ,]", " "), "\\s*,\\s*", ", "), "\\s+", " ").strip();
    }

    /** True when {@code recipient} (one body) is the issuer, its Party committee, or is covered by "Nơi nhận". */
    boolean listed(String recipient, Plan plan) {
        String r = expand(recipient);
        if (r.isEmpty()) {
            return true;
        }
        String rOwn = LEADERSHIP.matcher(r).replaceFirst("");
        String issuer = expand(plan.getIssuer());
        if (!issuer.isEmpty() && (issuer.startsWith(r) || !rOwn.isEmpty() && issuer.startsWith(rOwn)
                || similar(issuer, r, 0.8))) {
            return true; // "UBND tỉnh" in a plan of the UBND tỉnh; "Ban Thường vụ Đảng ủy" of the Đảng ủy
        }
        String committee = partyCommittee(plan);
        if (committee != null && OcrMatcher.containsFuzzy(r, committee)) {
            return true; // a party plan reporting to its own committee ("Ban Thường vụ Huyện ủy" of a "…-KH/HU")
        }
        double enough = plan.isOcrSuspected() ? 0.6 : 0.85;
        for (Recipient x : plan.getRecipients()) {
            if (x.isStorage()) {
                continue;
            }
            for (String entry : entries(x.getText())) {
                if (covers(entry, r, rOwn, enough, plan)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One line of "Nơi nhận" as the entries it holds: itself, its ";"-separated parts, "Sở: Nội vụ, Y tế" spelled out. */
    private List<String> entries(String line) {
        List<String> out = new ArrayList<>();
        for (String part : (line == null ? "" : line).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(commas(part));
            Matcher m = SHARED_HEAD.matcher(part);
            if (m.matches()) {
                String head = expand(m.group(1));
                if (HEADS.contains(head)) {
                    for (String body : m.group(2).split(",")) {
                        out.add(commas(m.group(1) + " " + body));
                    }
                }
            }
        }
        return out;
    }

    private boolean covers(String entryWithCommas, String r, String rOwn, double enough, Plan plan) {
        String e = Regex.replaceAll(entryWithCommas.replace(",", " "), "\\s+", " ").strip();
        if (e.isEmpty()) {
            return false;
        }
        if (contains(e, r) || contains(r, e) && e.length() > 6 || similar(e, r, enough)) {
            return true;
        }
        String eOwn = LEADERSHIP.matcher(e).replaceFirst("");
        if (!rOwn.equals(r) && rOwn.length() > 6 && contains(eOwn, rOwn)) {
            return true; // "Ban Thường vụ Tỉnh ủy" reaches the Tỉnh ủy through "Thường trực Tỉnh ủy"
        }
        if (e.equals("NHU TREN")) {
            return assigned(r, plan);
        }
        for (String piece : entryWithCommas.split(",")) {
            String o = piece.strip();
            if (o.startsWith(OFFICE) && o.length() > OFFICE.length() + 6 && r.endsWith(" " + o.substring(OFFICE.length()))) {
                return true; // "Văn phòng Chính phủ" receives for the Government and its head, the Prime Minister
            }
        }
        return collective(entryWithCommas, r);
    }

    /**
     * Spelled alike (OCR, typing slips), and not of two different levels: "Ủy ban MTTQ huyện Hải Hà" is not the
     * "Ủy ban MTTQ tỉnh" however alike the letters.
     */
    private static boolean similar(String e, String r, double enough) {
        Set<String> a = levels(e);
        Set<String> b = levels(r);
        if (!a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b)) {
            return false;
        }
        return OcrMatcher.similarity(e, r) >= enough;
    }

    private static Set<String> levels(String s) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = LEVEL.matcher(s);
        while (m.find()) {
            out.add(m.group().replace("THI XA", "HUYEN").replace("QUAN", "HUYEN").replace("THI TRAN", "XA")
                    .replace("PHUONG", "XA").replace("DAC KHU", "XA"));
        }
        return out;
    }

    /**
     * "Các sở, ban, ngành, đoàn thể Thành phố" covers "Sở Nội vụ", "Văn phòng Thành ủy và các Ban Thành ủy" covers
     * "Ban Tuyên giáo Thành ủy"; see the class comment.
     */
    private static boolean collective(String entry, String r) {
        if (LEADERSHIP.matcher(r + " ").lookingAt()) {
            return false; // a committee's standing body is named, never one of many
        }
        Matcher m = PLURAL.matcher(entry);
        while (m.find()) {
            if (collectiveFrom(entry.substring(m.end() - "CAC ".length()), r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean collectiveFrom(String entry, String r) {
        Matcher pr = PARTY.matcher(r);
        Matcher pe = PARTY.matcher(entry);
        boolean partyR = pr.find();
        boolean partyE = pe.find();
        if (partyR != partyE || partyR && !pr.group().equals(pe.group())) {
            return false; // a Party body is one of "các ban Tỉnh ủy", never of "các sở, ban, ngành"
        }
        List<String> heads = new ArrayList<>();
        for (String token : Regex.split(entry.substring(4), ",|\\sVA\\s")) {
            String h = head(token.strip());
            if (h != null) {
                heads.add(h);
            }
        }
        String rh = head(r);
        if (rh == null) {
            return false;
        }
        boolean inside = Regex.matches(entry, ".*(?<![A-Z])THUOC(?![A-Z]).*"); // "Các phòng, đơn vị trực thuộc Sở"
        return heads.contains(rh) || !inside && heads.stream().anyMatch(ANY_AGENCY::contains) && AGENCIES.contains(rh);
    }

    private static String head(String s) {
        for (String h : HEADS) {
            if (s.equals(h) || s.startsWith(h + " ")) {
                return h;
            }
        }
        return null;
    }

    /** The recipient is one of the units the plan gives tasks to ("Như trên" in "Nơi nhận"). */
    private boolean assigned(String r, Plan plan) {
        for (TaskItem t : plan.getTasks()) {
            if (t.getUnitName() != null && sameBody(expand(t.getUnitName()), r)) {
                return true;
            }
        }
        for (UnitRef u : plan.getUnits()) {
            if (u.getRole() != UnitRole.MENTIONED && sameBody(expand(u.getName()), r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameBody(String a, String b) {
        return !a.isEmpty() && (contains(a, b) || contains(b, a) && a.length() > 6);
    }

    /** {@code whole} contains {@code part} as whole words. */
    private static boolean contains(String whole, String part) {
        return !part.isEmpty() && (" " + whole + " ").contains(" " + part + " ");
    }

    /** The committee a party document's symbol names ("HU" in "225-KH/HU" is the Huyện ủy), or null. */
    private static String partyCommittee(Plan plan) {
        if (plan.getSymbol() == null || !plan.getSymbol().contains("/")) {
            return null;
        }
        String code = VietText.fold(plan.getSymbol().substring(plan.getSymbol().lastIndexOf('/') + 1));
        return switch (code) {
            case "HU" -> "HUYEN UY";
            case "TU" -> "TINH UY";
            case "DU" -> "DANG UY";
            case "QU" -> "QUAN UY";
            case "TXU", "THU" -> "THI UY";
            default -> null;
        };
    }
}
