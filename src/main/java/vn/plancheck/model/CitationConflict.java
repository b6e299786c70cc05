package vn.plancheck.model;

/**
 * One document cited in two ways within a plan (footnotes and annexes included): another date, a symbol written
 * otherwise, another issuer. The mention reported is the one that differs from how the plan cites the document
 * most often (the first mention when there is no majority).
 */
public final class CitationConflict {
    private final String label;
    private final String key;
    private final boolean dateDiffers;
    private final boolean symbolDiffers;
    private final boolean issuerDiffers;
    private final java.time.LocalDate date;
    private final java.time.LocalDate usualDate;
    private final String numberSymbol;
    private final String usualNumberSymbol;
    private final String issuer;
    private final String usualIssuer;
    private final int line;
    private final String text;
    private final int referenceLine;
    private final String referenceText;
    private final boolean inNotes;

    /** One way a mention is written: its date, number and symbol, issuer. */
    public record Written(java.time.LocalDate date, String numberSymbol, String issuer) {
    }

    public CitationConflict(String label, String key, boolean dateDiffers, boolean symbolDiffers, boolean issuerDiffers,
            Written mention, Written usual, int line, String text, int referenceLine, String referenceText, boolean inNotes) {
        this.label = label;
        this.key = key;
        this.dateDiffers = dateDiffers;
        this.symbolDiffers = symbolDiffers;
        this.issuerDiffers = issuerDiffers;
        this.date = mention.date();
        this.usualDate = usual.date();
        this.numberSymbol = mention.numberSymbol();
        this.usualNumberSymbol = usual.numberSymbol();
        this.issuer = mention.issuer();
        this.usualIssuer = usual.issuer();
        this.line = line;
        this.text = text;
        this.referenceLine = referenceLine;
        this.referenceText = referenceText;
        this.inNotes = inNotes;
    }

    /** The document as the plan usually cites it: "Chỉ thị 27/CT-TTg". */
    public String getLabel() { return label; }
    /** Comparison key of its usual number and symbol (see {@link Keys}). */
    public String getKey() { return key; }
    public boolean isDateDiffers() { return dateDiffers; }
    public boolean isSymbolDiffers() { return symbolDiffers; }
    public boolean isIssuerDiffers() { return issuerDiffers; }
    /** Only the date differs (the registry, when it knows the document, says which date is right). */
    public boolean isOnlyDate() { return dateDiffers && !symbolDiffers && !issuerDiffers; }
    /** The differing mention's date, and the date the plan gives most often. */
    public java.time.LocalDate getDate() { return date; }
    public java.time.LocalDate getUsualDate() { return usualDate; }
    /** The differing mention's number and symbol as written ("27/CTTg"), and the usual one ("27/CT-TTg"). */
    public String getNumberSymbol() { return numberSymbol; }
    public String getUsualNumberSymbol() { return usualNumberSymbol; }
    /** The differing mention's issuer as written, and the usual mention's. */
    public String getIssuer() { return issuer; }
    public String getUsualIssuer() { return usualIssuer; }
    /** Line of the differing mention. */
    public int getLine() { return line; }
    /** The differing mention as written. */
    public String getText() { return text; }
    /** Line of the usual mention. */
    public int getReferenceLine() { return referenceLine; }
    /** The usual mention as written. */
    public String getReferenceText() { return referenceText; }
    /** The differing mention is in a footnote or an annex (after the signature). */
    public boolean isInNotes() { return inNotes; }
}
