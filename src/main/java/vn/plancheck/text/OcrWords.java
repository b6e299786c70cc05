package vn.plancheck.text;

/**
 * The words every extractor looks for, as regex fragments over text folded by {@link VietText#fold} or
 * {@link VietText#foldKeepLength}, tolerant of what OCR does to them ("ngay", "ngáy", "nqày" all fold to a form
 * these match). One place, so that an OCR variant learned for one extractor is learned by all.
 */
public final class OcrWords {
    /** "ngày": NG, one or two letters OCR may have mangled, Y. */
    public static final String NGAY = "NG[^\\s\\d]{1,2}Y";
    /** "tháng": TH, up to three chars OCR may have mangled ("thang", "thảng", "th4ng"), NG. */
    public static final String THANG = "TH\\S{1,3}?NG";
    /** "năm": N, up to three mangled chars ("n3m"), M; OCR also reads the M as "rn" ("narn"). */
    public static final String NAM = "N\\S{1,3}?(?:M|RN)";
    /** "Số" of a number line: OCR reads the O as 0 or 6, and may add an apostrophe. */
    public static final String SO = "S[O06Ơ]['`’]?";
    /** A day or month as OCR leaves its digits: 5 as S, 0 as O, 1 as I or L. */
    public static final String OCR_DIGITS_1_2 = "[0-9OSIL]{1,2}";

    private OcrWords() {
    }
}
