package vn.plancheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A due date the plan sets: a reporting obligation ("báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024", "báo cáo
 * … trước ngày 18 hằng tháng") or, in {@link Plan#getTaskDeadlines()}, the deadline of a task ("hoàn thành trong
 * quý III năm 2025").
 *
 * <p>A deadline that comes back every day, month, quarter or year ({@link #getRecurrence()} other than ONCE) has no
 * single {@link #getDate() date}: its day is in {@link #getDueDay()} and {@link #getDueMonth()}, its hours in
 * {@link #getDueTimes()}. It is still a REPORT when that day or hour is written ("trước ngày 18 hằng tháng",
 * "02 lần/ngày (trước 9h00’ và 16h00’)"); without one ("định kỳ hằng quý") it is PERIODIC.
 */
public class Deadline {
    /**
     * REPORT: a report with a due day (once, or a day that recurs); PERIODIC: reporting asked for periodically or
     * "theo quy định" with no day ("định kỳ sơ kết, tổng kết, báo cáo"); TASK: the deadline of a task (only in
     * {@link Plan#getTaskDeadlines()}).
     */
    public enum Kind { REPORT, PERIODIC, TASK }

    /** How often the deadline comes back: ONCE for a single date; UNSTATED for periodic reporting that names no period. */
    public enum Recurrence { ONCE, DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, UNSTATED }

    private Kind kind = Kind.REPORT;
    private Recurrence recurrence = Recurrence.ONCE;
    private LocalDate date;
    private boolean yearWritten;
    private Integer dueDay;
    private Integer dueMonth;
    private List<String> dueTimes = new ArrayList<>();
    private String dueText;
    private String recipient;
    private String reporter;
    private int line;
    private List<String> recipients = List.of();
    private String text;

    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public Recurrence getRecurrence() { return recurrence; }
    public void setRecurrence(Recurrence recurrence) { this.recurrence = recurrence; }
    /** True when the deadline comes back (every day, month, quarter, year …). */
    public boolean isRecurring() { return recurrence != Recurrence.ONCE; }
    /**
     * The last day allowed, for a deadline that happens once ("trước ngày 20/7/2024"; "trong quý III năm 2025" is
     * 30/9/2025); null for periodic and recurring deadlines.
     */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** The year of {@link #getDate()} is written in the plan (not taken from the plan's year, as for "trước ngày 20/7"). */
    public boolean isYearWritten() { return yearWritten; }
    public void setYearWritten(boolean yearWritten) { this.yearWritten = yearWritten; }
    /** For a recurring deadline: the day of the month it falls on ("18" of "trước ngày 18 hằng tháng"), or null. */
    public Integer getDueDay() { return dueDay; }
    public void setDueDay(Integer dueDay) { this.dueDay = dueDay; }
    /** For a yearly deadline: its month ("12" of "trước ngày 15/12 hằng năm"), or null. */
    public Integer getDueMonth() { return dueMonth; }
    public void setDueMonth(Integer dueMonth) { this.dueMonth = dueMonth; }
    /** Hours of the day a report is due ("09:00", "16:00" of "trước 9h00’ và 16h00’"), in order; empty when none. */
    public List<String> getDueTimes() { return dueTimes; }
    public void setDueTimes(List<String> dueTimes) { this.dueTimes = dueTimes; }
    /** The words that set the deadline, as written ("trước ngày 18 hằng tháng", "trong quý III năm 2025"), or null. */
    public String getDueText() { return dueText; }
    public void setDueText(String dueText) { this.dueText = dueText; }
    /** Who receives the report, as written ("UBND tỉnh"), or null. */
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    /** Who must report, as written, or null. */
    public String getReporter() { return reporter; }
    public void setReporter(String reporter) { this.reporter = reporter; }
    /** The bodies the recipient names, one by one: "Bộ Công an, UBND tỉnh" is two; empty when there is no recipient. */
    public List<String> getRecipients() { return recipients; }
    public void setRecipients(List<String> recipients) { this.recipients = List.copyOf(recipients); }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    /** The sentence as written. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    /**
     * For a yearly deadline with its day ("trước ngày 15/12 hằng năm"): its occurrence in {@code year} (29/2 is 28/2 in
     * a common year), so that rules can compare it with a date of that year; null for any other deadline.
     */
    public LocalDate inYear(int year) {
        if (recurrence != Recurrence.YEARLY || dueDay == null || dueMonth == null) {
            return null;
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, dueMonth);
        return ym.atDay(Math.min(dueDay, ym.lengthOfMonth()));
    }

    /** The due day in words, for messages: "20/7/2024", "ngày 18 hằng tháng", "ngày 15/12 hằng năm", "9h00, 16h00 hằng ngày". */
    public String getDueLabel() {
        if (date != null) {
            return Dates.vi(date);
        }
        String times = String.join(", ", dueTimes.stream().map(t -> t.replace(":", "h")).toList());
        String day = dueDay == null ? "" : "ngày " + dueDay + (dueMonth == null ? "" : "/" + dueMonth);
        String when = (times + (times.isEmpty() || day.isEmpty() ? "" : " ") + day).strip();
        String every = switch (recurrence) {
            case DAILY -> "hằng ngày";
            case WEEKLY -> "hằng tuần";
            case MONTHLY -> "hằng tháng";
            case QUARTERLY -> "hằng quý";
            case HALF_YEARLY -> "6 tháng một lần";
            case YEARLY -> "hằng năm";
            default -> "";
        };
        return (when + (when.isEmpty() || every.isEmpty() ? "" : " ") + every).strip();
    }

    @Override
    public String toString() {
        return kind + (recurrence == Recurrence.ONCE ? "" : " " + recurrence) + " " + (date != null ? date : getDueLabel())
                + " to " + recipient + " by " + reporter + " (line " + line + ")";
    }
}
