package vn.plancheck.text;

import java.text.Normalizer;

/** Folding of Vietnamese text so that "TỔ CHỨC THỰC HIỆN" and "to chuc thuc hien" meet. */
public final class VietText {
    private VietText() {
    }

    /**
     * Upper case, no diacritics, đ/Đ to D, runs of white space to one space, trimmed.
     * Punctuation and digits are kept.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'D';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toUpperCase(c));
        }
        return b.toString();
    }
}
