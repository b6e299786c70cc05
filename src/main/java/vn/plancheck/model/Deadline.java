package vn.plancheck.model;

import java.time.LocalDate;
import java.util.List;

/** A reporting obligation: "báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024". */
public class Deadline {
    /** REPORT: a dated report; PERIODIC: periodic reporting with no date ("định kỳ sơ kết, tổng kết, báo cáo"). */
    public enum Kind { REPORT, PERIODIC }

    private Kind kind = Kind.REPORT;
    private LocalDate date;
    private String recipient;
    private String reporter;
    private int line;
    private List<String> recipients = List.of();
    private String text;

    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    /** Due date; null for periodic reporting. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
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

    @Override
    public String toString() {
        return kind + " " + date + " to " + recipient + " by " + reporter + " (line " + line + ")";
    }
}
