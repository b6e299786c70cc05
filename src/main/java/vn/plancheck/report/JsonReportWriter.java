package vn.plancheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Decision;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.Section;
import vn.plancheck.model.Signature;
import vn.plancheck.model.UnitRef;

/**
 * Writes a {@link CheckRun} in the JSON shape of DESIGN.md ("JSON report (contract)").
 *
 * <p>The output is streamed with a {@link JsonGenerator}, one document at a time, so memory does
 * not grow with the batch. Field names are written by hand rather than by data binding because
 * the contract, not the Java model, decides them. A value the document does not give is written
 * as {@code null}; so is a line number of 0, which the model uses for "no particular line".
 */
public final class JsonReportWriter {
    static final String TOOL_NAME = "plancheck";
    /** The keys of a finding's {@code location}, in the order of {@link Location}'s components. */
    static final List<String> LOCATION_KEYS = List.of("page", "paragraph", "table", "row", "cell", "line");

    // Built per writer (not a static) to keep the package free of shared state; JsonFactory
    // is thread-safe once configured, so one writer may be reused.
    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // write(run, System.out) must not close it
            // If writing fails midway, do not let close() append the missing brackets: a report
            // cut short must not parse as a complete, smaller one.
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    /** Writes the report to {@code out} as UTF-8, flushes it, and leaves it open. */
    public void write(CheckRun run, OutputStream out) throws IOException {
        try (ReportSink sink = open(out, run.getToolVersion())) {
            for (DocumentResult doc : nonNull(run.getDocuments())) {
                sink.add(doc);
            }
            sink.finish(new ReportSink.RunTotals(run.getSkippedFiles()));
        }
    }

    /** Writes the report to {@code file} atomically (see {@link AtomicFiles}). */
    public void write(CheckRun run, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(run, out));
    }

    /** Starts a report on {@code out} (left open), to be fed document by document. */
    public ReportSink open(OutputStream out, String toolVersion) throws IOException {
        return open(out, toolVersion, false);
    }

    /** The same; {@code baseline}: the run is compared with an earlier one, so the summary counts the new findings. */
    public ReportSink open(OutputStream out, String toolVersion, boolean baseline) throws IOException {
        return new Session(out, null, toolVersion, baseline);
    }

    /** Starts a report written to a temporary file next to {@code file}, moved into place by {@code finish}. */
    public ReportSink open(Path file, String toolVersion) throws IOException {
        return open(file, toolVersion, false);
    }

    /** The same, for a run compared with an earlier one ({@code --baseline}). */
    public ReportSink open(Path file, String toolVersion, boolean baseline) throws IOException {
        AtomicFiles.Pending pending = AtomicFiles.open(file);
        try {
            return new Session(pending.stream(), pending, toolVersion, baseline);
        } catch (IOException | RuntimeException e) {
            pending.abort(e);
            throw e;
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // "\n" rather than the platform separator, so the file is byte-identical everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** One report in progress: the opening is written at once, each document as it comes, the summary last. */
    private final class Session implements ReportSink {
        private final OutputStream out;
        private final AtomicFiles.Pending pending;
        private final JsonGenerator g;
        private final Tally tally = new Tally();
        private final boolean baseline;
        private final BatchIndex index = new BatchIndex();
        private boolean finished;

        Session(OutputStream out, AtomicFiles.Pending pending, String toolVersion, boolean baseline) throws IOException {
            this.out = out;
            this.pending = pending;
            this.baseline = baseline;
            this.g = factory.createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", TOOL_NAME);
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            g.writeArrayFieldStart("documents");
        }

        @Override
        public void add(DocumentResult doc) throws IOException {
            try {
                writeDocument(doc, g);
                tally.add(doc);
                index.add(doc);
                if (pending == null) {
                    g.flush(); // hand each document to a stream (standard output) as soon as it is complete
                }
                // a temporary file is read by no one before it is moved into place: it is written as buffers fill
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** A write that failed: the temporary file is removed and the message says why, in Vietnamese. */
        private IOException failed(IOException e) {
            if (pending == null) {
                return e;
            }
            pending.abort(e);
            return WriteErrors.describe(pending.target(), e);
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            try {
                writeSummary(totals);
            } catch (IOException e) {
                throw failed(e);
            }
            if (pending != null) {
                pending.commit();
            }
            finished = true;
        }

        private void writeSummary(RunTotals totals) throws IOException {
            g.writeEndArray();
            // Last, so that it can be counted during the single pass over the documents.
            g.writeObjectFieldStart("summary");
            g.writeNumberField("documents", tally.documents());
            g.writeNumberField("checked", tally.checked());
            g.writeNumberField("unreadable", tally.unreadable());
            g.writeNumberField("errors", tally.errors());
            g.writeNumberField("warnings", tally.warnings());
            g.writeNumberField("infos", tally.infos());
            g.writeNumberField("dismissed", tally.dismissed());
            if (baseline) {
                g.writeNumberField("new", tally.newFindings());
            } else {
                g.writeNullField("new");
            }
            g.writeNumberField("skippedFiles", totals.skippedFiles());
            // a plan sent as .docx, .pdf and .txt is one plan: counted once, its files listed
            g.writeNumberField("plans", index.distinctPlans());
            g.writeArrayFieldStart("sameDocumentFiles");
            for (List<BatchIndex.Entry> copies : index.copies()) {
                BatchIndex.Entry rep = BatchIndex.representative(copies);
                g.writeStartObject();
                g.writeStringField("issuer", rep.unit().name());
                g.writeStringField("numberSymbol", rep.numberSymbol());
                writeDate(g, "issueDate", rep.date());
                g.writeArrayFieldStart("files");
                for (BatchIndex.Entry e : copies) {
                    g.writeString(e.file());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (totals.roster() != null) {
                g.writeNumberField("rosterUnits", totals.roster().size());
                g.writeNumberField("notSubmitted", totals.notSubmitted().size());
            }
            g.writeArrayFieldStart("skipped");
            for (vn.plancheck.model.SkippedFile f : totals.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanField("interrupted", totals.interrupted());
            g.writeEndObject();
            if (!totals.links().isEmpty()) {
                g.writeArrayFieldStart("links");
                for (vn.plancheck.model.PlanLink l : totals.links()) {
                    g.writeStartObject();
                    g.writeStringField("parent", l.getParentFile());
                    g.writeStringField("child", l.getChildFile());
                    g.writeStringField("how", l.getHow());
                    writeParent(g, "parentPlan", l.getParent());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (totals.roster() != null) {
                g.writeObjectFieldStart("roster");
                writeParent(g, "parentPlan", totals.parent());
                g.writeArrayFieldStart("notSubmitted");
                for (vn.plancheck.model.RosterUnit u : totals.notSubmitted()) {
                    g.writeStartObject();
                    g.writeStringField("name", u.name());
                    g.writeStringField("province", u.province());
                    g.writeNumberField("line", u.line());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!finished && pending != null) {
                pending.abort(null);
            }
        }
    }

    private static void writeDocument(DocumentResult doc, JsonGenerator g) throws IOException {
        Plan plan = doc.getPlan();
        g.writeStartObject();
        g.writeStringField("file", doc.getFile());
        writeEnum(g, "status", doc.getStatus());
        writeEnum(g, "verdict", doc.getVerdict());
        g.writeStringField("error", doc.getError());
        if (plan == null) {
            g.writeNullField("plan");
        } else {
            writePlan(plan, g);
        }

        g.writeArrayFieldStart("sections");
        for (Section s : plan == null ? List.<Section>of() : nonNull(plan.getSections())) {
            g.writeStartObject();
            g.writeStringField("number", s.getNumber());
            g.writeStringField("title", s.getTitle());
            g.writeStringField("kind", s.getKind());
            writeLine(g, s.getLine());
            g.writeNumberField("level", s.getLevel());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("citations");
        for (Citation c : plan == null ? List.<Citation>of() : nonNull(plan.getCitations())) {
            g.writeStartObject();
            g.writeStringField("docType", c.getDocType());
            g.writeStringField("numberSymbol", c.getNumberSymbol());
            writeDate(g, "date", c.getDate());
            g.writeStringField("issuer", c.getIssuer());
            writeLine(g, c.getLine());
            g.writeStringField("text", c.getText());
            g.writeBooleanField("basis", c.isBasis());
            g.writeStringField("dateText", c.getDateText());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("deadlines");
        for (Deadline d : plan == null ? List.<Deadline>of() : nonNull(plan.getDeadlines())) {
            g.writeStartObject();
            writeDate(g, "date", d.getDate());
            writeEnum(g, "kind", d.getKind());
            g.writeStringField("recipient", d.getRecipient());
            writeLine(g, d.getLine());
            g.writeStringField("text", d.getText());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("units");
        for (UnitRef u : plan == null ? List.<UnitRef>of() : nonNull(plan.getUnits())) {
            g.writeStartObject();
            g.writeStringField("name", u.getName());
            writeEnum(g, "role", u.getRole());
            writeLine(g, u.getLine());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("recipients");
        for (Recipient r : plan == null ? List.<Recipient>of() : nonNull(plan.getRecipients())) {
            g.writeString(r.getText());
        }
        g.writeEndArray();

        Signature sig = plan == null ? null : plan.getSignature();
        if (sig == null) {
            g.writeNullField("signature");
        } else {
            g.writeObjectFieldStart("signature");
            g.writeStringField("authority", sig.getAuthority());
            g.writeStringField("position", sig.getPosition());
            g.writeStringField("name", sig.getName());
            g.writeEndObject();
        }

        // Findings are written as given, also for an unreadable file (an INPUT finding, if any).
        g.writeArrayFieldStart("findings");
        for (Finding f : nonNull(doc.getFindings())) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.getRuleId());
            writeEnum(g, "category", f.getCategory());
            writeEnum(g, "severity", f.getSeverity());
            g.writeStringField("message", f.getMessage());
            writeLine(g, f.getLine());
            g.writeStringField("evidence", f.getEvidence());
            g.writeStringField("basis", f.getBasis());
            writeLocation(g, f.getLocation());
            g.writeStringField("quote", f.getQuote());
            writeDecision(g, f.getDecision());
            if (f.getNewSinceBaseline() == null) {
                g.writeNullField("new");
            } else {
                g.writeBooleanField("new", f.getNewSinceBaseline());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code {status, reason, by, date}} (status FIXED, IGNORED or ACCEPTED), or null when no decision matched. */
    private static void writeDecision(JsonGenerator g, Decision d) throws IOException {
        if (d == null) {
            g.writeNullField("decision");
            return;
        }
        g.writeObjectFieldStart("decision");
        writeEnum(g, "status", d.status());
        g.writeStringField("reason", d.reason());
        g.writeStringField("by", d.by());
        writeDate(g, "date", d.date());
        g.writeEndObject();
    }

    private static void writePlan(Plan p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("plan");
        g.writeStringField("type", p.getProfile());
        g.writeStringField("profileName", p.getProfileName());
        writeEnum(g, "system", p.getSystem());
        g.writeStringField("issuer", p.getIssuer());
        g.writeStringField("numberSymbol", p.getNumberSymbol());
        g.writeStringField("number", p.getNumber());
        g.writeStringField("symbol", p.getSymbol());
        g.writeStringField("place", p.getPlace());
        writeDate(g, "issueDate", p.getIssueDate());
        writeInteger(g, "year", p.getYear());
        g.writeBooleanField("draft", p.isDraft());
        g.writeStringField("title", p.getTitle());
        g.writeStringField("theme", p.getTheme());
        if (p.getPeriodStart() == null && p.getPeriodEnd() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            writeDate(g, "start", p.getPeriodStart());
            writeDate(g, "end", p.getPeriodEnd());
            g.writeEndObject();
        }
        // not in the contract's example; new fields may be added after the contract's own
        g.writeArrayFieldStart("slogans");
        for (String slogan : nonNull(p.getSlogans())) {
            g.writeString(slogan);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The parent as the auditor names it: number, date, issuer, and those words together ("name"); null when none. */
    private static void writeParent(JsonGenerator g, String field, vn.plancheck.model.PlanRef parent) throws IOException {
        if (parent == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", Labels.parentName(parent));
        g.writeStringField("numberSymbol", parent.numberSymbol());
        writeDate(g, "issueDate", parent.issueDate());
        g.writeStringField("issuer", parent.issuer());
        g.writeStringField("file", parent.file());
        g.writeEndObject();
    }

    private static void writeEnum(JsonGenerator g, String name, Enum<?> value) throws IOException {
        g.writeStringField(name, value == null ? null : value.name());
    }

    private static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeStringField(name, date == null ? null : date.toString()); // LocalDate.toString is ISO yyyy-MM-dd
    }

    private static void writeInteger(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void writeLine(JsonGenerator g, int line) throws IOException {
        if (line > 0) {
            g.writeNumberField("line", line);
        } else {
            g.writeNullField("line");
        }
    }

    /**
     * The place in the original file: always all six keys, so a consumer reads {@code location.page} without
     * checking for the key, and null for what does not apply to the format. A finding with no place (or one
     * naming no field, as 0 is not a 1-based position) gets {@code "location": null}.
     */
    private static void writeLocation(JsonGenerator g, Location where) throws IOException {
        List<Integer> values = where == null ? List.of() : Arrays.asList(where.page(), where.paragraph(),
                where.table(), where.row(), where.cell(), where.line());
        if (values.stream().noneMatch(JsonReportWriter::positive)) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        for (int i = 0; i < LOCATION_KEYS.size(); i++) {
            Integer value = values.get(i);
            writeInteger(g, LOCATION_KEYS.get(i), positive(value) ? value : null);
        }
        g.writeEndObject();
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
