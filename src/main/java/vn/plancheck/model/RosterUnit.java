package vn.plancheck.model;

/**
 * A unit expected to submit a plan, as the auditor listed it ({@code --roster FILE.csv}).
 *
 * @param name     the unit as written in the roster ("UBND xã Đông Sơn")
 * @param province its province as written, or null when the roster does not say
 * @param line     the line of the roster it was read from (1-based)
 */
public record RosterUnit(String name, String province, int line) {
    /** "UBND xã Đông Sơn (Thanh Hóa)". */
    public String label() {
        return province == null ? name : name + " (" + province + ")";
    }
}
