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
    /** {@link Keys#of} and {@link Keys#numberOf} of the number and symbol, computed once: the rules join on them. */
    private final String key;
    private final String number;

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
        this.key = Keys.of(numberSymbol);
        this.number = Keys.numberOf(numberSymbol);
    }

    public String getDocType() { return docType; }
    /** As registered ("982/BLĐTBXH-CTE"). */
    public String getNumberSymbol() { return numberSymbol; }
    /** Comparison key (see {@link Keys}). */
    public String getKey() { return key; }
    /** The number alone ("982"). */
    public String getNumber() { return number; }
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
