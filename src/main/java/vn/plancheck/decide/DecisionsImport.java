package vn.plancheck.decide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.plancheck.model.Decision;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.report.AtomicFiles;
import vn.plancheck.report.ReviewedWorkbook;
import vn.plancheck.report.ReviewedWorkbook.Reviewed;
import vn.plancheck.text.VietText;

/**
 * {@code decisions import WORKBOOK.xlsx --into FILE.csv}: merges what a reviewer chose in the workbook's "Xử lý" (and
 * wrote in "Lý do") into a decisions file. A row of the file about the same finding is updated, other findings are
 * appended; findings left at "Mới" are skipped (a decision is withdrawn by deleting its row from the file). Nothing is
 * written unless something changed, and then atomically.
 */
public final class DecisionsImport {
    /** What the import did. */
    public record Result(int added, int updated, int unchanged, int undecided) {
        public boolean changed() {
            return added + updated > 0;
        }
    }

    /** A row of the decisions file, as it is or as this import makes it. */
    private static final class Slot {
        final Integer row; // index in the file, or null for a row this import appends
        final Map<String, String> cells = new LinkedHashMap<>();
        String status;
        String reason;

        Slot(Integer row, String status, String reason) {
            this.row = row;
            this.status = status;
            this.reason = reason;
        }
    }

    private DecisionsImport() {
    }

    /**
     * @param by    who decided (the file's {@code by} column), or null
     * @param today the date written on new and changed rows
     * @throws DecisionsException when the workbook is not plancheck's or holds a value that is not a decision, or the
     *                            decisions file has a bad row; nothing is written then
     */
    public static Result run(Path workbook, Path into, String by, LocalDate today) throws IOException, DecisionsException {
        if (!Files.isRegularFile(workbook)) {
            throw new DecisionsException("Không tìm thấy sổ kết quả " + workbook + ".");
        }
        List<Reviewed> reviewed;
        try {
            reviewed = ReviewedWorkbook.read(workbook);
        } catch (ReviewedWorkbook.NotAFindingsWorkbookException e) {
            throw new DecisionsException(e.getMessage());
        }
        List<Optional<DecisionStatus>> statuses = statuses(workbook, reviewed);
        DecisionsFile file = Files.exists(into) ? DecisionsFile.read(into) : DecisionsFile.empty();
        FindingIndex<Slot> index = new FindingIndex<>();
        for (DecisionRow r : file.rows()) {
            Decision d = r.decision();
            index.add(r.ruleId(), r.quote(), r.message(), r.document(),
                    new Slot(r.index(), d == null ? null : d.status().label(), d == null ? null : d.reason()));
        }
        Map<String, Integer> shared = new HashMap<>();
        for (Reviewed r : reviewed) {
            shared.merge(key(r), 1, Integer::sum);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int undecided = 0;
        Map<Integer, Map<String, String>> changed = new LinkedHashMap<>();
        List<Slot> appended = new ArrayList<>();
        for (int i = 0; i < reviewed.size(); i++) {
            Reviewed r = reviewed.get(i);
            if (statuses.get(i).isEmpty()) {
                undecided++;
                continue;
            }
            String status = statuses.get(i).get().label();
            String reason = r.reason().isBlank() ? null : r.reason();
            DocumentRef doc = DocumentRef.of(r.file(), r.issuer(), r.number(), r.issued());
            Slot slot = index.find(doc, r.ruleId(), r.quote(), r.message(), shared.get(key(r)) > 1);
            if (slot != null && status.equals(slot.status) && Objects.equals(reason, slot.reason)) {
                unchanged++;
                continue;
            }
            if (slot == null) {
                slot = new Slot(null, null, null);
                slot.cells.putAll(identity(r));
                index.add(r.ruleId(), r.quote(), r.message(), doc, slot);
                appended.add(slot);
                added++;
            } else {
                updated++;
            }
            slot.status = status;
            slot.reason = reason;
            slot.cells.put("decision", status);
            slot.cells.put("reason", reason);
            slot.cells.put("by", by);
            slot.cells.put("date", today.toString());
            slot.cells.put("message", r.message());
            if (slot.row != null) {
                changed.put(slot.row, slot.cells);
            }
        }
        Result result = new Result(added, updated, unchanged, undecided);
        if (result.changed()) {
            byte[] bytes = file.write(changed, appended.stream().map(s -> s.cells).toList());
            AtomicFiles.write(into, out -> out.write(bytes));
        }
        return result;
    }

    /** The decision chosen on each row; every value that is not one of the list is reported with its cell. */
    private static List<Optional<DecisionStatus>> statuses(Path workbook, List<Reviewed> reviewed) throws DecisionsException {
        List<Optional<DecisionStatus>> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Reviewed r : reviewed) {
            try {
                out.add(DecisionLabels.status(r.action()));
            } catch (IllegalArgumentException e) {
                problems.add(workbook + "!" + r.cell() + ": “" + r.action() + "” không phải một cách xử lý: chọn "
                        + DecisionStatus.UNDECIDED_LABEL + ", " + DecisionLabels.CHOICES + ".");
                out.add(Optional.empty());
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionsException(problems);
        }
        return out;
    }

    /** The cells that say which finding a new row is about. */
    private static Map<String, String> identity(Reviewed r) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("rule_id", r.ruleId());
        cells.put("file", r.file());
        cells.put("quote", r.quote());
        cells.put("issuer", r.issuer());
        cells.put("number", r.number());
        cells.put("issued", r.issued() == null ? null : r.issued().toString());
        return cells;
    }

    /** Rows of one file with the same rule and quote are told apart by their message. */
    private static String key(Reviewed r) {
        return VietText.fold(DocumentRef.fileName(r.file())) + '\n' + FindingIndex.key(r.ruleId(), r.quote());
    }
}
