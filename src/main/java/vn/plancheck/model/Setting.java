package vn.plancheck.model;

/** Reference row (rules/data/settings.csv): a named threshold the derived facts use. */
public record Setting(String name, double value) {
}
