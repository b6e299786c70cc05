package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.plancheck.model.Citation;
import vn.plancheck.model.CitationConflict;
import vn.plancheck.model.Dates;
import vn.plancheck.model.Keys;
import vn.plancheck.text.OcrMatcher;

/**
 * Finds documents a plan cites in two ways: "Quyết định số 1050/QĐ-SCT ngày 06/3/2026" and further on "ngày
 * 06/3/2025"; "Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024" in the body and "Chỉ thị số 27/CTTg ngày 15/7/2024" in
 * a footnote.
 *
 * <p>Two mentions are of one document when they have the same type and number and the same or a near-same symbol
 * (equal once separators and doubled letters are ignored, "CT-TTg" and "CTTg"; or the same parts in another order,
 * "KH-MTTQ-BTT" and "KH-BTT-MTTQ"), and nothing says they are two documents: numbers restart every year, so two dates
 * of different years are two documents unless they share day and month (a year copied from an old plan) or the
 * symbol holds the year ("56/2017/NĐ-CP"); two issuers that are clearly not the same body make two documents unless
 * number, symbol and date are all equal (on OCR'd text, issuers a few letters apart are one). Stateless.
 */
final class CitationConsistency {
    /** Role words before the body that issued a document ("Giám đốc Sở …", "Ban Thường vụ Tỉnh ủy"). */
    private static final String[] ROLES = {"PHO CHU TICH", "CHU TICH", "PHO GIAM DOC", "GIAM DOC", "BO TRUONG",
        "THU TRUONG", "BAN THUONG VU", "THUONG TRUC", "BAN THUONG TRUC", "BAN CHAP HANH", "TM", "KT"};
    private static final Set<String> FILLER = Set.of("CUA", "VA", "THE", "CAC", "VE");
    /** On OCR'd text, issuers this similar are one body read twice. */
    private static final double OCR_SAME_ISSUER = 0.75;

    private CitationConsistency() {
    }

    private record Mention(Citation c, boolean note) {
    }

    /**
     * The conflicts among the citations of the body and of the notes; {@code ocr}: the text is OCR'd, so issuers
     * that differ by a few letters ("Bo Chinh trj", "Bo Chinh tri") are one.
     */
    static List<CitationConflict> conflicts(List<Citation> body, List<Citation> notes, boolean ocr) {
        List<List<Mention>> groups = new ArrayList<>();
        for (Citation c : body) {
            place(groups, new Mention(c, false), ocr);
        }
        for (Citation c : notes) {
            place(groups, new Mention(c, true), ocr);
        }
        List<CitationConflict> out = new ArrayList<>();
        for (List<Mention> g : groups) {
            if (g.size() > 1) {
                report(g, out, ocr);
            }
        }
        out.sort(java.util.Comparator.comparingInt(CitationConflict::getLine));
        return out;
    }

    private static void place(List<List<Mention>> groups, Mention m, boolean ocr) {
        Citation c = m.c();
        if (c.getNumberSymbol() == null || c.getDocType() == null || c.getNumber() == null || c.getSymbol() == null) {
            return;
        }
        for (List<Mention> g : groups) {
            if (sameDocument(g.get(0).c(), c, ocr)) {
                g.add(m);
                return;
            }
        }
        List<Mention> g = new ArrayList<>();
        g.add(m);
        groups.add(g);
    }

    static boolean sameDocument(Citation a, Citation b, boolean ocr) {
        if (!a.getDocType().equals(b.getDocType()) || !sameNumber(a.getNumber(), b.getNumber())
                || !nearSymbol(a.getSymbol(), b.getSymbol())) {
            return false;
        }
        LocalDate da = a.getDate();
        LocalDate db = b.getDate();
        if (issuersDiffer(a.getIssuer(), b.getIssuer(), ocr)) {
            return da != null && da.equals(db) && compact(a.getSymbol()).equals(compact(b.getSymbol()));
        }
        if (da == null || db == null || da.equals(db) || da.getYear() == db.getYear()) {
            return true;
        }
        boolean sameDayMonth = da.getDayOfMonth() == db.getDayOfMonth() && da.getMonthValue() == db.getMonthValue();
        return sameDayMonth || a.getSymbolYear() != null || b.getSymbolYear() != null;
    }

    private static boolean sameNumber(String a, String b) {
        return Regex.replaceFirst(a, "^0+(?=\\d)", "").equals(Regex.replaceFirst(b, "^0+(?=\\d)", ""));
    }

    /** Upper case, no diacritics, letters and digits only: "CT-TTg" → "CTTTG". */
    static String compact(String symbol) {
        return Keys.of(symbol).replace("/", "");
    }

    /** Equal once separators and doubled letters are ignored, or the same parts in another order. */
    static boolean nearSymbol(String a, String b) {
        String ca = compact(a);
        String cb = compact(b);
        if (ca.equals(cb) || Regex.replaceAll(ca, "(.)\\1+", "$1").equals(Regex.replaceAll(cb, "(.)\\1+", "$1"))) {
            return true;
        }
        String[] pa = Keys.of(a.replace('-', '/')).split("/");
        String[] pb = Keys.of(b.replace('-', '/')).split("/");
        Arrays.sort(pa);
        Arrays.sort(pb);
        return pa.length > 1 && Arrays.equals(pa, pb);
    }

    /**
     * Two issuers that cannot be one body: after abbreviations are expanded and role words dropped, neither contains
     * the other and neither's words are all among the other's ("Tỉnh ủy Hậu Giang", "Thành ủy Cần Thơ"). Missing
     * issuers never differ.
     */
    static boolean issuersDiffer(String a, String b, boolean ocr) {
        if (a == null || b == null) {
            return false;
        }
        String ca = core(a);
        String cb = core(b);
        if (ca.isEmpty() || cb.isEmpty() || ca.contains(cb) || cb.contains(ca)
                || ocr && OcrMatcher.similarity(ca, cb) >= OCR_SAME_ISSUER) {
            return false;
        }
        Set<String> wa = words(ca);
        Set<String> wb = words(cb);
        return !(wa.containsAll(wb) || wb.containsAll(wa));
    }

    private static String core(String issuer) {
        // footnote markers ("UBND tỉnh[1]") and other numbers are not part of a body's name
        String s = " " + expand(Regex.replaceAll(issuer, "\\[\\d+\\]|\\d+", " ")) + " ";
        for (String r : ROLES) {
            s = s.replace(" " + r + " ", " ");
        }
        return s.strip();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>(Arrays.asList(s.split(" ")));
        out.removeAll(FILLER);
        return out;
    }

    /** One finding for each way a mention departs from how the plan usually cites the document. */
    private static void report(List<Mention> g, List<CitationConflict> out, boolean ocr) {
        LocalDate refDate = mostFrequent(g.stream().map(m -> m.c().getDate()).toList());
        String refSymbol = mostFrequent(g.stream().map(m -> compact(m.c().getSymbol())).toList());
        Mention ref = g.stream().filter(m -> (refDate == null || refDate.equals(m.c().getDate()))
                && compact(m.c().getSymbol()).equals(refSymbol)).findFirst().orElse(g.get(0));
        Set<String> seen = new HashSet<>();
        for (Mention m : g) {
            Citation c = m.c();
            boolean date = c.getDate() != null && refDate != null && !c.getDate().equals(refDate);
            boolean symbol = !compact(c.getSymbol()).equals(refSymbol);
            boolean issuer = issuersDiffer(c.getIssuer(), ref.c().getIssuer(), ocr);
            if (!date && !symbol && !issuer) {
                continue;
            }
            // the same departure written twice is reported once
            String what = (date ? c.getDate() : "") + "|" + (symbol ? c.getNumberSymbol() : "") + "|" + (issuer ? c.getIssuer() : "");
            if (!seen.add(what)) {
                continue;
            }
            out.add(new CitationConflict(ref.c().getDocTypeLabel() + " " + ref.c().getNumberSymbol(), ref.c().getKey(),
                    date, symbol, issuer, new CitationConflict.Written(c.getDate(), c.getNumberSymbol(), c.getIssuer()),
                    new CitationConflict.Written(refDate, ref.c().getNumberSymbol(), ref.c().getIssuer()),
                    c.getLine(), c.getText(), ref.c().getLine(), ref.c().getText(), m.note()));
        }
    }

    /** The value given most often (nulls aside); on a tie, the one given first. */
    private static <T> T mostFrequent(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (T v : values) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /**
     * Folded, with the two abbreviations issuers are written with in citations ("UBND tỉnh", "HĐND tỉnh") spelled
     * out and punctuation removed, so that two spellings of one issuer compare equal. The full abbreviation table
     * (rules/data/abbreviations.csv) is read by the rules, which the parser may not depend on.
     */
    private static String expand(String s) {
        String f = vn.plancheck.text.OcrMatcher.ocrNormalize(s == null ? "" : s);
        f = Regex.replaceAll(Regex.replaceAll(f, "\\bUBND\\b", "UY BAN NHAN DAN"), "\\bHDND\\b", "HOI DONG NHAN DAN");
        return Regex.replaceAll(Regex.replaceAll(Regex.replaceAll(f, "\\(.*?\\)", " "), "[^A-Z0-9 ]", " "), "\\s+", " ").strip();
    }
}
