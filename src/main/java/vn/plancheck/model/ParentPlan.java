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
    private final String citationProblem;
    private final int citationLine;
    private final String citationText;
    private final boolean themeSame;

    public ParentPlan(String file, String numberSymbol, LocalDate issueDate, String issuer, String theme, LocalDate firstDeadline,
                      boolean cited, String citationProblem, int citationLine, String citationText, boolean themeSame) {
        this.file = file;
        this.numberSymbol = numberSymbol;
        this.issueDate = issueDate;
        this.issuer = issuer;
        this.theme = theme;
        this.firstDeadline = firstDeadline;
        this.cited = cited;
        this.citationProblem = citationProblem;
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
    /** What the citation of the parent gets wrong (number, date, issuer), in Vietnamese; null when right. */
    public String getCitationProblem() { return citationProblem; }
    public int getCitationLine() { return citationLine; }
    public String getCitationText() { return citationText; }
    /** Both plans state a theme and it is the same (punctuation, case, diacritics ignored); true when either has none. */
    public boolean isThemeSame() { return themeSame; }
    /** A short Vietnamese name of the parent for messages ("Kế hoạch 26/KH-UBND ngày 11/4/2024 của …"). */
    public String getLabel() {
        return "kế hoạch cấp trên " + (numberSymbol == null ? "(chưa có số)" : numberSymbol)
                + (issueDate == null ? "" : " ngày " + Dates.vi(issueDate)) + (issuer == null ? "" : " của " + issuer);
    }
}
