package vn.plancheck.ingest;

/** A file that cannot be turned into text; the message is Vietnamese and meant for the user. */
public class UnreadableDocumentException extends Exception {
    private final String ruleId;

    /**
     * @param ruleId  INPUT-UNREADABLE, INPUT-NO-TEXT-LAYER or INPUT-LEGACY-ENCODING
     * @param message Vietnamese message saying what is wrong with the file
     */
    public UnreadableDocumentException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    public UnreadableDocumentException(String ruleId, String message) {
        this(ruleId, message, null);
    }

    public String ruleId() {
        return ruleId;
    }
}
