package vn.plancheck.model;

import java.util.List;

/**
 * The documents a plan cites (first mentions) that the registry does not know, in document order: one fact a
 * plan, so that REF-UNKNOWN reports them once with their list instead of once each.
 */
public final class UnknownCitations {
    private final List<Citation> citations;

    public UnknownCitations(List<Citation> citations) {
        this.citations = List.copyOf(citations);
    }

    public List<Citation> getCitations() { return citations; }

    /** The same without the documents of the batch; null when none is left. */
    public UnknownCitations without(BatchDocuments batch) {
        List<Citation> left = citations.stream().filter(c -> !batch.contains(c.getKey())).toList();
        return left.isEmpty() ? null : left.size() == citations.size() ? this : new UnknownCitations(left);
    }
    public int getCount() { return citations.size(); }
    /** The line of the first one. */
    public int getLine() { return citations.isEmpty() ? 0 : citations.get(0).getLine(); }
    /** The text of the first one, as written. */
    public String getText() { return citations.isEmpty() ? null : citations.get(0).getText(); }

    /** "Quyết định 1050/QĐ-SCT, Nghị định 217/2025/NĐ-CP": each one's kind and number, in order. */
    public String getLabels() {
        StringBuilder b = new StringBuilder();
        for (Citation c : citations) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(c.getDocTypeLabel()).append(' ').append(c.getNumberSymbol());
        }
        return b.toString();
    }
}
