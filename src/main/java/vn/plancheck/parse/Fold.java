package vn.plancheck.parse;


/**
 * Folding that keeps every character in place (one output char per input char), so that a regex match on
 * the folded line gives offsets into the original, e.g. to cut the symbol "KH-LĐTBXH" with its Đ intact.
 */
final class Fold {
    private Fold() {
    }

    static String keepLength(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                b.append(Character.toUpperCase(c));
            } else if (c == 'đ' || c == 'Đ') {
                b.append('D');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                b.append(' '); // a stray combining mark (non-NFC input): keep the position
            } else {
                char f = vn.plancheck.text.VietText.foldChar(c);
                b.append(f == 0 ? ' ' : f);
            }
        }
        return b.toString();
    }
}
