package vn.plancheck.decide;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;

/**
 * The findings of an earlier run, read from its JSON ({@code check --baseline PREVIOUS.json}), to mark which findings
 * are new. A finding is the same as an earlier one by the key decisions use: rule, document and quote.
 */
public final class Baseline {
    private final FindingIndex<Boolean> index = new FindingIndex<>();
    private int documents;
    private int findings;

    private Baseline() {
    }

    /**
     * Reads the JSON a {@code check --json} wrote, document by document (a batch's JSON is not held whole).
     *
     * @throws DecisionsException when the file is missing, is not JSON, or is not plancheck's
     */
    public static Baseline read(Path file) throws IOException, DecisionsException {
        if (!Files.isRegularFile(file)) {
            throw new DecisionsException("--baseline: không tìm thấy tệp " + file + ".");
        }
        Baseline b = new Baseline();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT || !b.findDocuments(p)) {
                throw new DecisionsException(file + ": không phải tệp JSON kết quả của plancheck (không có “documents”).");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                b.add(mapper.readTree(p));
            }
        } catch (JsonParseException e) {
            throw new DecisionsException(file + ":" + e.getLocation().getLineNr()
                    + ": không đọc được JSON (tệp hỏng, hoặc không phải tệp do plancheck check --json ghi).");
        }
        return b;
    }

    /** Moves the parser to the start of the "documents" array; false when the object has none. */
    private boolean findDocuments(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("documents".equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private void add(JsonNode doc) {
        documents++;
        JsonNode plan = doc.path("plan");
        DocumentRef ref = DocumentRef.of(text(doc.path("file")), text(plan.path("issuer")),
                text(plan.path("numberSymbol")), date(text(plan.path("issueDate"))));
        for (JsonNode f : doc.path("findings")) {
            index.add(text(f.path("ruleId")), text(f.path("quote")), text(f.path("message")), ref, Boolean.TRUE);
            findings++;
        }
    }

    /** Documents in the earlier run. */
    public int documents() {
        return documents;
    }

    /** Findings in the earlier run. */
    public int findings() {
        return findings;
    }

    /** The document with every finding marked new, or not, since the earlier run. */
    public DocumentResult apply(DocumentResult doc) {
        List<Boolean> found = index.findAll(doc);
        List<Finding> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            out.add(doc.getFindings().get(i).comparedToBaseline(found.get(i) == null));
        }
        return doc.withFindings(out);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** An ISO date from the JSON, or null when absent or not a date. */
    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
