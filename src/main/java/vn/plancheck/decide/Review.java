package vn.plancheck.decide;

import java.util.function.UnaryOperator;

import vn.plancheck.model.DocumentResult;

/**
 * What a run remembers of earlier ones, put on each result before it is counted and reported: the decisions of a
 * decisions file, and which findings are new since a baseline run. Either may be absent.
 */
public final class Review implements UnaryOperator<DocumentResult> {
    private final Decisions decisions;
    private final Baseline baseline;

    /** @param decisions may be null; @param baseline may be null */
    public Review(Decisions decisions, Baseline baseline) {
        this.decisions = decisions;
        this.baseline = baseline;
    }

    public boolean hasBaseline() {
        return baseline != null;
    }

    @Override
    public DocumentResult apply(DocumentResult doc) {
        DocumentResult out = decisions == null ? doc : decisions.apply(doc);
        return baseline == null ? out : baseline.apply(out);
    }
}
