package vn.plancheck.model;

/**
 * Why a written date cannot exist, as observed (the rule words the message): a month past 12, day 0, a day past the
 * month's end (with the month's length, and the year when it is February), a first day after the last, quarter 5, quarters in the wrong order, a
 * school year whose years are not consecutive, a period whose first year is after its last.
 */
public record DateProblem(Kind kind, int value, int limit, Integer year) {
    public enum Kind { MONTH, DAY, MONTH_LENGTH, DAY_ORDER, QUARTER, QUARTER_ORDER, SCHOOL_YEAR, YEAR_RANGE }

    public static DateProblem of(Kind kind, int value) {
        return new DateProblem(kind, value, 0, null);
    }

    /** For tests and logs: "MONTH_LENGTH 2/2023 28", "MONTH 13". */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH_LENGTH -> kind + " " + value + (year == null ? "" : "/" + year) + " " + limit;
            case SCHOOL_YEAR, YEAR_RANGE, DAY_ORDER -> kind + " " + value + "-" + limit;
            case QUARTER_ORDER -> kind.name();
            default -> kind + " " + value;
        };
    }
}
