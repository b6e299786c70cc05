package vn.plancheck.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them, for messages: 05/3/2024 (day with zero, month without). */
public final class Dates {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/M/yyyy");

    private Dates() {
    }

    public static String vi(LocalDate d) {
        return d == null ? "(không rõ)" : VI.format(d);
    }
}
