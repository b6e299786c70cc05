package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.TaskItem;
import vn.plancheck.model.UnitRef;

/** Finds the task items of "Tổ chức thực hiện" and the units a plan names, with their roles. */
public final class UnitExtractor {
    /** Units (de-duplicated by folded name) and task items in document order. */
    public record Result(List<UnitRef> units, List<TaskItem> tasks) {
    }

    public Result extract(List<SourceLine> orgLines, List<SourceLine> allLines) {
        return new Result(new ArrayList<>(), new ArrayList<>());
    }
}
