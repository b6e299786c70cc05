package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;

/** Finds citations of legal and administrative documents in the lines of a plan. */
public final class CitationExtractor {
    public List<Citation> extract(List<SourceLine> lines, int basisEndLine) {
        return new ArrayList<>();
    }
}
