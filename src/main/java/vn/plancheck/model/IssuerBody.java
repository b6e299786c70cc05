package vn.plancheck.model;

/**
 * Reference row (rules/data/issuer-bodies.csv): a kind of issuing body, whether it is a party body (its documents follow
 * the party's form) and whether it is collective (its head signs on its behalf: "TM." / "T/M").
 */
public record IssuerBody(String body, boolean party, boolean collective) {
}
