package vn.plancheck.model;

import java.time.LocalDate;

/** Reference fact (rules/data/legal-documents.csv): a document in the registry, with its status. */
public class RegisteredDocument {
    /** IN_FORCE, AMENDED, REPLACED, EXPIRED, SPENT (one-year guidance whose year is over). */
    public enum Status { IN_FORCE, AMENDED, REPLACED, EXPIRED, SPENT }

    private final String docType;
    private final String numberSymbol;
    private final LocalDate issueDate;
    private final String issuer;
    private final String title;
    private final Status status;
    private final LocalDate statusDate;
    private final String replacedBy;

    public RegisteredDocument(String docType, String numberSymbol, LocalDate issueDate, String issuer, String title,
                              Status status, LocalDate statusDate, String replacedBy) {
        this.docType = docType;
        this.numberSymbol = numberSymbol;
        this.issueDate = issueDate;
        this.issuer = issuer;
        this.title = title;
        this.status = status;
        this.statusDate = statusDate;
        this.replacedBy = replacedBy;
    }

    public String getDocType() { return docType; }
    /** As registered ("982/BLĐTBXH-CTE"). */
    public String getNumberSymbol() { return numberSymbol; }
    /** Comparison key (see {@link Keys}). */
    public String getKey() { return Keys.of(numberSymbol); }
    /** The number alone ("982"). */
    public String getNumber() { return Keys.numberOf(numberSymbol); }
    /** Issue date, or null when not verified. */
    public LocalDate getIssueDate() { return issueDate; }
    public String getIssuer() { return issuer; }
    public String getTitle() { return title; }
    public Status getStatus() { return status; }
    /** When the status began (replaced or expired on), or null when not known. */
    public LocalDate getStatusDate() { return statusDate; }
    /** Number and symbol of the successor, or null. */
    public String getReplacedBy() { return replacedBy; }
}
