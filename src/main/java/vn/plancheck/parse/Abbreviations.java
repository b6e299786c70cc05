package vn.plancheck.parse;

import java.util.regex.Pattern;

import vn.plancheck.text.OcrMatcher;

/** Expands the abbreviations of unit names so that "UBND tỉnh" meets "ỦY BAN NHÂN DÂN TỈNH …" (on folded text). */
final class Abbreviations {
    private static final String[][] TABLE = {
        {"\\bUBND\\b", "UY BAN NHAN DAN"},
        {"\\bHDND\\b", "HOI DONG NHAN DAN"},
        {"\\bMTTQ\\b", "MAT TRAN TO QUOC"},
        {"\\bLD\\s*-?\\s*TB\\s*&?\\s*XH\\b|\\bLDTBXH\\b|\\bBLDTBXH\\b", "LAO DONG THUONG BINH VA XA HOI"},
        {"\\bLAO DONG\\s*[-–]?\\s*TB\\s*&?\\s*XH\\b", "LAO DONG THUONG BINH VA XA HOI"},
        {"\\bTT\\.?\\s", "THUONG TRUC "},
        {"\\bKH\\s*&\\s*CN\\b|\\bKHCN\\b", "KHOA HOC VA CONG NGHE"},
        {"\\bGD\\s*&?\\s*DT\\b|\\bGDDT\\b", "GIAO DUC VA DAO TAO"},
        {"\\bVHTTDL\\b|\\bVH\\s*,?\\s*TT\\s*&?\\s*DL\\b", "VAN HOA THE THAO VA DU LICH"},
    };
    private static final Pattern[] PATTERNS = new Pattern[TABLE.length];

    static {
        for (int i = 0; i < TABLE.length; i++) {
            PATTERNS[i] = Pattern.compile(TABLE[i][0]);
        }
    }

    private Abbreviations() {
    }

    /** Folded, OCR-repaired, abbreviations expanded, punctuation removed. */
    static String expand(String s) {
        String f = OcrMatcher.ocrNormalize(s == null ? "" : s);
        for (int i = 0; i < TABLE.length; i++) {
            f = PATTERNS[i].matcher(f).replaceAll(TABLE[i][1]);
        }
        return f.replaceAll("\\(.*?\\)", " ").replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }
}
