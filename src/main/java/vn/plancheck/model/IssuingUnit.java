package vn.plancheck.model;

import vn.plancheck.text.Regex;

import java.text.Normalizer;

/**
 * The unit that issued a document, as an auditor groups documents: its name and its place. Two "Sở Y tế" of two
 * provinces are two units; "UBND xã Đông Sơn" and "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN" are one.
 *
 * @param name        the issuer as written in the header, on one line, or null when the header names none
 * @param province    the province the unit belongs to (as rules/data/provinces.csv names it: "Quảng Ninh"), from the
 *                    issuer ("… TỈNH HÀ TĨNH"), the body above it ("UBND TỈNH QUẢNG NINH") or the place line; null
 *                    when none of them names a province
 * @param locality    what the auditor reads as the unit's place: the province, else the place line ("Đông Sơn"); null
 * @param nameKey     the name folded, abbreviations written out, punctuation dropped ("UY BAN NHAN DAN XA DONG SON");
 *                    "" when there is no name
 * @param provinceKey the province folded, or "" when unknown
 * @param localityKey the locality folded, or ""
 */
public record IssuingUnit(String name, String province, String locality, String nameKey, String provinceKey, String localityKey) {
    /** No issuer and no place: the documents whose header could not be read. */
    public static final IssuingUnit UNKNOWN = new IssuingUnit(null, null, null, "", "", "");

    /** The unit of a plan with nothing but folding: for results made without the reference data (tests, tools). */
    public static IssuingUnit plain(Plan plan) {
        if (plan == null) {
            return UNKNOWN;
        }
        String name = oneLine(plan.getIssuer());
        String place = oneLine(plan.getPlace());
        return new IssuingUnit(name, null, place, key(name), "", key(place));
    }

    /** Grouping key: the name and the locality. */
    public String key() {
        return nameKey + "|" + localityKey;
    }

    public boolean isKnown() {
        return !nameKey.isEmpty();
    }

    /** "SỞ Y TẾ (Quảng Ninh)" for messages; "(không rõ đơn vị)" when the header names no issuer. */
    public String label() {
        if (name == null) {
            return "(không rõ đơn vị)";
        }
        return province == null || nameKey.endsWith(provinceKey) ? name : name + " (" + province + ")";
    }

    /** Runs of white space (a header written on two lines) as one space; null for blank. */
    public static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = Regex.replaceAll(s, "\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Upper case without diacritics, đ as D, anything but letters and digits a space (the model folds on its own). */
    private static String key(String s) {
        if (s == null) {
            return "";
        }
        String d = Regex.replaceAll(Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD), "\\p{M}", "");
        return vn.plancheck.text.VietText.alnumWords(d.toUpperCase(java.util.Locale.ROOT));
    }
}
