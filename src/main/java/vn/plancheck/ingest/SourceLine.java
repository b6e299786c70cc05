package vn.plancheck.ingest;

/** One line of a document in reading order, with where it came from. */
public final class SourceLine {
    private final int number;
    private final String text;
    private final String location;

    /**
     * @param number   1-based position reported to users: the line number of a .txt file, the paragraph
     *                 (or table cell) ordinal of a .docx/.doc, the extracted line ordinal of a .pdf
     * @param text     the text, NFC-normalised, without the line break
     * @param location human-readable origin in Vietnamese ("dòng 12", "đoạn 5", "bảng 1, ô 2", "trang 3")
     */
    public SourceLine(int number, String text, String location) {
        this.number = number;
        this.text = text;
        this.location = location;
    }

    public int number() { return number; }
    public String text() { return text; }
    public String location() { return location; }

    @Override
    public String toString() {
        return number + ": " + text;
    }
}
