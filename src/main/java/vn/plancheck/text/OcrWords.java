package vn.plancheck.text;

/**
 * The words every extractor looks for, as regex fragments over text folded by {@link VietText#fold} or
 * {@link VietText#foldKeepLength}, tolerant of what OCR does to them ("ngay", "ngáy", "nqày" all fold to a form
 * these match). One place, so that an OCR variant learned for one extractor is learned by all.
 */
public final class OcrWords {
    /** "ngày": NG, one or two letters OCR may have mangled, Y. */
    public static final String NGAY = "NG[^\\s\\d]{1,2}Y";
    /** "tháng". */
    public static final String THANG = "TH[^\\s\\d]{1,2}NG";
    /** "năm". */
    public static final String NAM = "N[^\\s\\d]{1,2}M";
    /** "Số" of a number line: OCR reads the O as 0 or 6, and may add an apostrophe. */
    public static final String SO = "S[O06Ơ]['`’]?";
    /** A day or month as OCR leaves its digits: 5 as S, 0 as O, 1 as I or L. */
    public static final String OCR_DIGITS_1_2 = "[0-9OSIL]{1,2}";

    private OcrWords() {
    }
}
