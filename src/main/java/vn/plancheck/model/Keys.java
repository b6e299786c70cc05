package vn.plancheck.model;

import java.text.Normalizer;

/**
 * Comparison keys for document numbers and symbols: "982/BLĐTBXH-CTE", "982/BLDTBXH - CTE" and OCR's
 * "982/BLDTBXHCTE" meet at "982/BLDTBXHCTE". Diacritics, case, spaces and hyphens do not count; slashes do.
 */
public final class Keys {
    private Keys() {
    }

    public static String of(String numberSymbol) {
        if (numberSymbol == null) {
            return null;
        }
        String d = Normalizer.normalize(numberSymbol, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                b.append('D');
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(Character.toUpperCase(c));
            } else if (c == '/') {
                b.append('/');
            }
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d+)");

    /** The number before the first separator ("982" of "982/BLĐTBXH-CTE", "28" of "28-CT/TW"), or null. */
    public static String numberOf(String numberSymbol) {
        if (numberSymbol == null) {
            return null;
        }
        java.util.regex.Matcher m = LEADING_NUMBER.matcher(numberSymbol);
        return m.find() ? String.valueOf(Integer.parseInt(m.group(1))) : null;
    }
}
