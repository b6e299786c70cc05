package vn.plancheck.report;

import java.io.IOException;

import vn.plancheck.model.DocumentResult;

/**
 * A report being written document by document, so that a batch of thousands of plans never has to be
 * held in memory: {@link #add} each result in order, then {@link #finish}. Closing an unfinished sink
 * abandons it (a file target is left as it was).
 */
public interface ReportSink extends AutoCloseable {
    void add(DocumentResult doc) throws IOException;

    /** Completes the report. */
    void finish(RunTotals totals) throws IOException;

    @Override
    void close() throws IOException;

    /** A sink that only keeps each document's result, in order, in {@code into} (the web page's check and tests). */
    static ReportSink into(java.util.List<DocumentResult> into) {
        return new ReportSink() {
            @Override
            public void add(DocumentResult doc) {
                into.add(doc);
            }

            @Override
            public void finish(RunTotals totals) {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * What is only known once every document has been seen.
     *
     * @param parent       the plan named with --parent (its number, date and issuer), or null
     * @param roster       the units expected to submit (--roster), or null when no roster was given
     * @param notSubmitted the units of the roster that issued no plan of the batch, in roster order
     * @param skipped      the files found in the folders and not checked, with why (empty when only the count is known)
     * @param interrupted  the run was stopped (Ctrl-C) before every document was checked: the report holds those
     *                     checked so far
     */
    record RunTotals(long skippedFiles, java.util.List<vn.plancheck.model.PlanLink> links, vn.plancheck.model.PlanRef parent,
                     java.util.List<vn.plancheck.model.RosterUnit> roster, java.util.List<vn.plancheck.model.RosterUnit> notSubmitted,
                     java.util.List<vn.plancheck.model.SkippedFile> skipped, boolean interrupted) {
        public RunTotals(long skippedFiles) {
            this(skippedFiles, java.util.List.of());
        }

        public RunTotals(long skippedFiles, java.util.List<vn.plancheck.model.PlanLink> links) {
            this(skippedFiles, links, null, null, java.util.List.of());
        }

        public RunTotals(long skippedFiles, java.util.List<vn.plancheck.model.PlanLink> links, vn.plancheck.model.PlanRef parent,
                         java.util.List<vn.plancheck.model.RosterUnit> roster, java.util.List<vn.plancheck.model.RosterUnit> notSubmitted) {
            this(skippedFiles, links, parent, roster, notSubmitted, java.util.List.of(), false);
        }
    }
}
