package vn.plancheck.decide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.plancheck.model.Decision;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;

/** The decisions of a decisions file, put on the findings they are about ({@code check --decisions}). */
public final class Decisions {
    private final FindingIndex<Decision> index = new FindingIndex<>();
    private final int size;

    private Decisions(List<DecisionRow> rows) {
        int n = 0;
        for (DecisionRow r : rows) {
            if (r.decision() != null) {
                index.add(r.ruleId(), r.quote(), r.message(), r.document(), r.decision());
                n++;
            }
        }
        size = n;
    }

    /**
     * Reads a decisions file.
     *
     * @throws DecisionsException when the file is missing or a row cannot be used (each problem as "file:line: …")
     */
    public static Decisions read(Path file) throws IOException, DecisionsException {
        if (!Files.isRegularFile(file)) {
            throw new DecisionsException("--decisions: không tìm thấy tệp " + file + ".");
        }
        return new Decisions(DecisionsFile.read(file).rows());
    }

    /** Rows that decide something (rows set back to "Mới" do not). */
    public int size() {
        return size;
    }

    /** The document with each finding that a row matches carrying that row's decision. */
    public DocumentResult apply(DocumentResult doc) {
        if (index.isEmpty() || doc.getFindings().isEmpty()) {
            return doc;
        }
        List<Decision> found = index.findAll(doc);
        List<Finding> out = new ArrayList<>(found.size());
        boolean any = false;
        for (int i = 0; i < found.size(); i++) {
            Finding f = doc.getFindings().get(i);
            any |= found.get(i) != null;
            out.add(found.get(i) == null ? f : f.decided(found.get(i)));
        }
        return any ? doc.withFindings(out) : doc;
    }
}
