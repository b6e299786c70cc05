package vn.plancheck.model;

import java.util.List;

/**
 * Derived fact: a reporting sentence sends its report to bodies that "Nơi nhận" does not list (and that are not the
 * issuer itself); one fact per sentence, however many bodies it names ("Chính phủ, Thủ tướng Chính phủ").
 */
public class UnlistedRecipient {
    private final List<String> recipients;
    private final int line;
    private final String text;

    public UnlistedRecipient(List<String> recipients, int line, String text) {
        this.recipients = List.copyOf(recipients);
        this.line = line;
        this.text = text;
    }

    /** The bodies as written in the reporting sentence, each quoted: “Ban Dân vận Tỉnh ủy”, “Quốc hội”. */
    public String getRecipient() { return "“" + String.join("”, “", recipients) + "”"; }
    /** Whether the sentence names more than one body missing from "Nơi nhận". */
    public boolean isSeveral() { return recipients.size() > 1; }
    /** The bodies as written. */
    public List<String> getRecipients() { return recipients; }
    /** Line of the reporting sentence. */
    public int getLine() { return line; }
    /** The reporting sentence. */
    public String getText() { return text; }
}
