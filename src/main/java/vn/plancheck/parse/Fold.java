package vn.plancheck.parse;


/**
 * Folding that keeps every character in place (one output char per input char), so that a regex match on
 * the folded line gives offsets into the original, e.g. to cut the symbol "KH-LĐTBXH" with its Đ intact.
 */
final class Fold {
    private Fold() {
    }

    static String keepLength(String s) {
        return vn.plancheck.text.VietText.foldKeepLength(s);
    }
}
