package vn.plancheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Derived fact for cross-document rules: the plan that the checked plan implements (its parent), as found in
 * the batch or named with {@code --parent}, and how the checked plan cites it.
 */
public class ParentPlan {
    private final String file;
    private final String numberSymbol;
    private final LocalDate issueDate;
    private final String issuer;
    private final String theme;
    private final LocalDate firstDeadline;
    private final boolean cited;
    private final boolean citedNumberDiffers;
    private final boolean citedDateDiffers;
    private final boolean citedIssuerDiffers;
    private final LocalDate citedDate;
    private final String citedIssuer;
    private final int citationLine;
    private final String citationText;
    private final boolean themeSame;

    /**
     * How the child cites the parent: what it wrote (date, issuer) and which parts differ from the parent's own
     * (the issuer compared as a body, tolerant of abbreviations: "UBND tỉnh" is the "ỦY BAN NHÂN DÂN TỈNH …").
     */
    public record Citing(boolean numberDiffers, boolean dateDiffers, boolean issuerDiffers, LocalDate date, String issuer) {
        public static final Citing RIGHT = new Citing(false, false, false, null, null);
    }

    public ParentPlan(String file, String numberSymbol, LocalDate issueDate, String issuer, String theme, LocalDate firstDeadline,
                      boolean cited, Citing citing, int citationLine, String citationText, boolean themeSame) {
        this.file = file;
        this.numberSymbol = numberSymbol;
        this.issueDate = issueDate;
        this.issuer = issuer;
        this.theme = theme;
        this.firstDeadline = firstDeadline;
        this.cited = cited;
        this.citedNumberDiffers = citing.numberDiffers();
        this.citedDateDiffers = citing.dateDiffers();
        this.citedIssuerDiffers = citing.issuerDiffers();
        this.citedDate = citing.date();
        this.citedIssuer = citing.issuer();
        this.citationLine = citationLine;
        this.citationText = citationText;
        this.themeSame = themeSame;
    }

    /** The parent's file. */
    public String getFile() { return file; }
    /** The parent's number and symbol ("26/KH-UBND"), or null for a draft. */
    public String getNumberSymbol() { return numberSymbol; }
    public LocalDate getIssueDate() { return issueDate; }
    public String getIssuer() { return issuer; }
    /** The parent's theme, or null. */
    public String getTheme() { return theme; }
    /** The earliest report deadline the parent sets, or null. */
    public LocalDate getFirstDeadline() { return firstDeadline; }
    /** The checked plan cites the parent at all. */
    public boolean isCited() { return cited; }
    /** The citation's number and symbol are not the parent's. */
    public boolean isCitedNumberDiffers() { return citedNumberDiffers; }
    /** The citation's date is not the parent's date of issue. */
    public boolean isCitedDateDiffers() { return citedDateDiffers; }
    /** The citation names another issuer than the parent's. */
    public boolean isCitedIssuerDiffers() { return citedIssuerDiffers; }
    /** Any of the three differs. */
    public boolean isCitationWrong() { return citedNumberDiffers || citedDateDiffers || citedIssuerDiffers; }
    /** The date the citation gives, or null. */
    public LocalDate getCitedDate() { return citedDate; }
    /** The issuer the citation names, as written, or null. */
    public String getCitedIssuer() { return citedIssuer; }
    public int getCitationLine() { return citationLine; }
    public String getCitationText() { return citationText; }
    /** Both plans state a theme and it is the same (punctuation, case, diacritics ignored); true when either has none. */
    public boolean isThemeSame() { return themeSame; }
}
