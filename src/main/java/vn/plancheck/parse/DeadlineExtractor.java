package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Deadline;

/** Finds reporting obligations (dated and periodic) in the lines of a plan. */
public final class DeadlineExtractor {
    public List<Deadline> extract(List<SourceLine> lines, Integer planYear) {
        return new ArrayList<>();
    }
}
