package vn.plancheck.model;

import java.time.LocalDate;

/**
 * A plan as an auditor names it: by its number, date and issuer, not by where its file lies.
 *
 * @param file         the file it was read from
 * @param numberSymbol "45/KH-UBND", or null (a draft)
 * @param issueDate    the issue date, or null
 * @param issuer       the issuer as written in the header, on one line, or null
 */
public record PlanRef(String file, String numberSymbol, LocalDate issueDate, String issuer) {
}
