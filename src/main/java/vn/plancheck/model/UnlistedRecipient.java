package vn.plancheck.model;

/** Derived fact: a report goes to a body that "Nơi nhận" does not list (and that is not the issuer itself). */
public class UnlistedRecipient {
    private final String recipient;
    private final int line;
    private final String text;

    public UnlistedRecipient(String recipient, int line, String text) {
        this.recipient = recipient;
        this.line = line;
        this.text = text;
    }

    /** The body, as written in the reporting sentence ("Ban Dân vận Tỉnh ủy"). */
    public String getRecipient() { return recipient; }
    /** Line of the reporting sentence. */
    public int getLine() { return line; }
    /** The reporting sentence. */
    public String getText() { return text; }
}
