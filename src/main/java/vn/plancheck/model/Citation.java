package vn.plancheck.model;

import java.time.LocalDate;

/** A legal or administrative document the plan cites: "Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang". */
public class Citation {
    private String docType;
    private String docTypeName;
    private String numberSymbol;
    /** {@link Keys#of} of {@link #numberSymbol}, once asked for (null: not yet, or no number and symbol). */
    private transient String key;
    private static final java.util.regex.Pattern SYMBOL_YEAR = java.util.regex.Pattern.compile("^\\d+/((?:19|20)\\d{2})/");
    private String number;
    private String symbol;
    private LocalDate date;
    private String dateText;
    private boolean dateValid = true;
    private String issuer;
    private String lawName;
    private Integer lawYear;
    private boolean basis;
    private boolean firstMention = true;
    private int line;
    private String text;

    /** Type code: LUAT, BO_LUAT, NGHI_QUYET, NGHI_DINH, QUYET_DINH, CHI_THI, THONG_TU, CONG_VAN, KE_HOACH,
     *  HUONG_DAN, THONG_BAO, CHUONG_TRINH, DE_AN, QUY_DINH. */
    public String getDocType() { return docType; }
    public void setDocType(String docType) { this.docType = docType; }

    /** The type in proper Vietnamese ("Kế hoạch"), whatever OCR made of it; for messages. */
    public String getDocTypeLabel() {
        if (docType == null) {
            return docTypeName;
        }
        return switch (docType) {
            case "LUAT" -> "Luật";
            case "BO_LUAT" -> "Bộ luật";
            case "NGHI_QUYET" -> "Nghị quyết";
            case "NGHI_DINH" -> "Nghị định";
            case "QUYET_DINH" -> "Quyết định";
            case "CHI_THI" -> "Chỉ thị";
            case "THONG_TU" -> "Thông tư";
            case "CONG_VAN" -> "Công văn";
            case "KE_HOACH" -> "Kế hoạch";
            case "HUONG_DAN" -> "Hướng dẫn";
            case "THONG_BAO" -> "Thông báo";
            case "CHUONG_TRINH" -> "Chương trình";
            case "DE_AN" -> "Đề án";
            case "QUY_DINH" -> "Quy định";
            default -> docTypeName;
        };
    }

    /** Type as written in the plan ("Kế hoạch", "Công văn"). */
    public String getDocTypeName() { return docTypeName; }
    public void setDocTypeName(String docTypeName) { this.docTypeName = docTypeName; }

    /** Normalised number and symbol ("982/LĐTBXH-CTE"), or null when the citation has none. */
    public String getNumberSymbol() { return numberSymbol; }
    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
        this.key = null;
    }

    /** The number part ("982"). */
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }

    /** The symbol part ("LĐTBXH-CTE", "2017/NĐ-CP"). */
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }

    /** Issue date, or null when none is given or it is impossible. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }

    /** The date as written. */
    public String getDateText() { return dateText; }
    public void setDateText(String dateText) { this.dateText = dateText; }

    /** False when the date as written is impossible (31/6/2024). */
    public boolean isDateValid() { return dateValid; }
    public void setDateValid(boolean dateValid) { this.dateValid = dateValid; }

    /** Issuing body as written ("UBND tỉnh Bắc Giang"), or null. */
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }

    /** For a law cited by name: "Luật Trẻ em". */
    public String getLawName() { return lawName; }
    public void setLawName(String lawName) { this.lawName = lawName; }

    /** For a law cited by name: the year ("năm 2016"). */
    public Integer getLawYear() { return lawYear; }
    public void setLawYear(Integer lawYear) { this.lawYear = lawYear; }

    /** True when cited in the basis paragraph ("Thực hiện…", "Căn cứ…"). */
    public boolean isBasis() { return basis; }
    public void setBasis(boolean basis) { this.basis = basis; }

    /** True for the first citation of this document in the plan (later ones may give only type and number). */
    public boolean isFirstMention() { return firstMention; }
    public void setFirstMention(boolean firstMention) { this.firstMention = firstMention; }

    /** Comparison key of the number and symbol (see {@link Keys}), or null. */
    public String getKey() {
        // the rules join on it many times per plan: computed once, until the number and symbol change
        String k = key;
        if (k == null && numberSymbol != null) {
            k = Keys.of(numberSymbol);
            key = k;
        }
        return k;
    }

    /** The year written inside a normative document's symbol ("2017" in "56/2017/NĐ-CP"), or null. */
    public Integer getSymbolYear() {
        if (numberSymbol == null) {
            return null;
        }
        java.util.regex.Matcher m = SYMBOL_YEAR.matcher(numberSymbol.trim());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }

    /** The citation as written. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    @Override
    public String toString() {
        return docType + " " + numberSymbol + " " + date + " " + issuer + " (line " + line + ")";
    }

}
