package vn.plancheck.model;

/** One line of "Nơi nhận". */
public class Recipient {
    private String text;
    private int line;
    private boolean forInformation;
    private boolean storage;

    public Recipient() {
    }

    public Recipient(String text, int line, boolean forInformation, boolean storage) {
        this.text = text;
        this.line = line;
        this.forInformation = forInformation;
        this.storage = storage;
    }

    /** The line as written, without the leading dash ("Bộ Lao động – TBXH (b/c);"). */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    /** Marked "(b/c)": sent to report to a superior. */
    public boolean isForInformation() { return forInformation; }
    public void setForInformation(boolean forInformation) { this.forInformation = forInformation; }
    /** The filing line ("Lưu: VT, VX3." or "Lưu Văn phòng Huyện ủy."). */
    public boolean isStorage() { return storage; }
    public void setStorage(boolean storage) { this.storage = storage; }
}
