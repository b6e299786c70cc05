package vn.plancheck.decide;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.plancheck.model.DecisionStatus;
import vn.plancheck.text.VietText;

/** Reads what a reviewer wrote: a decision's label ("Bỏ qua", "bo qua", "BỎ QUA") and a date. */
final class DecisionLabels {
    /** "Đã sửa, Bỏ qua hoặc Chấp nhận", for messages. */
    static final String CHOICES = Arrays.stream(DecisionStatus.values()).map(DecisionStatus::label)
            .collect(Collectors.collectingAndThen(Collectors.toList(),
                    l -> String.join(", ", l.subList(0, l.size() - 1)) + " hoặc " + l.get(l.size() - 1)));

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    private DecisionLabels() {
    }

    /**
     * The decision a label names; empty for "Mới" (not decided) and for a blank cell.
     *
     * @throws IllegalArgumentException for anything else
     */
    static Optional<DecisionStatus> status(String label) {
        String folded = VietText.fold(label);
        if (folded.isEmpty() || folded.equals(VietText.fold(DecisionStatus.UNDECIDED_LABEL))) {
            return Optional.empty();
        }
        for (DecisionStatus s : DecisionStatus.values()) {
            if (folded.equals(VietText.fold(s.label())) || folded.equals(s.name())) {
                return Optional.of(s);
            }
        }
        throw new IllegalArgumentException(label);
    }

    /**
     * A date written as 2024-06-15 or 15/06/2024 (15/6/2024); null for a blank cell.
     *
     * @throws IllegalArgumentException for anything else
     */
    static LocalDate date(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.contains("/") ? LocalDate.parse(t, DAY_MONTH_YEAR) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
