package vn.plancheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.plancheck.annotate.ReviewerCopies;
import vn.plancheck.decide.Review;
import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.layout.Layout;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.PlanLink;
import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.report.JsonReportWriter;
import vn.plancheck.report.ReportSink;
import vn.plancheck.report.XlsxReportWriter;

/**
 * Checks the files of one request exactly as {@code plancheck check} does (the same {@link BatchRunner}, linking
 * and options), on the server's pool of one worker per core that every request shares: a request keeps only a few
 * checks queued there at a time, so a long batch and a single draft take turns. Results name each file as the user
 * sent it, never by the temporary path it was checked at.
 */
final class CheckService {
    /** A request that cannot be checked as sent (a parent that is not a plan); the message is for the user. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The rules have errors: nothing is checked. */
    static final class RulesBroken extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RulesHolder.State state;

        RulesBroken(RulesHolder.State state) {
            super("rules have errors");
            this.state = state;
        }

        RulesHolder.State state() {
            return state;
        }
    }

    private final RulesHolder rules;
    private final ExecutorService pool;
    private final int threads;
    private final String version;

    CheckService(RulesHolder rules, ExecutorService pool, int threads, String version) {
        this.rules = rules;
        this.pool = pool;
        this.threads = threads;
        this.version = version;
    }

    String version() {
        return version;
    }

    RulesHolder rulesHolder() {
        return rules;
    }

    /** The rules in force, or RulesBroken with their errors. */
    RulesHolder.State rules() throws RulesBroken {
        RulesHolder.State s = rules.current();
        if (!s.ok()) {
            throw new RulesBroken(s);
        }
        return s;
    }

    /** The JSON of {@code check --json} for the upload. */
    byte[] json(Upload upload) throws IOException, Refused, RulesBroken {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(upload, rules(), List.of(new JsonReportWriter().open(out, version)));
        return out.toByteArray();
    }

    /** The workbook of {@code check -o} for the upload, written into the upload's folder. */
    Path workbook(Upload upload) throws IOException, Refused, RulesBroken {
        RulesHolder.State s = rules();
        Path xlsx = upload.dir().resolve("plancheck-ket-qua.xlsx");
        run(upload, s, List.of(new XlsxReportWriter().open(xlsx, s.base().catalog())));
        return xlsx;
    }

    /**
     * The reviewer's copies of the upload (Word with comments, PDF with highlights, else the HTML report), in the
     * upload's folder: one file, or a zip when several were sent.
     */
    Path copies(Upload upload) throws IOException, Refused, RulesBroken {
        RulesHolder.State s = rules();
        Path dir = Files.createDirectory(upload.dir().resolve("ban-soat"));
        ReviewerCopies copies = new ReviewerCopies(dir, version);
        // each copy is made from the uploaded bytes, named after the file as sent, on the pool like a check
        List<DocumentResult> results = new ArrayList<>();
        run(upload, s, List.of(ReportSink.into(results)));
        int i = 0;
        for (DocumentResult doc : results) {
            Upload.File f = upload.files().get(i++);
            onPool(() -> {
                copies.add(doc, f.path());
                return null;
            });
        }
        List<ReviewerCopies.Written> written = copies.written();
        if (written.size() == 1) {
            return written.get(0).copy();
        }
        Path zip = upload.dir().resolve("ban-cho-nguoi-soat.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (ReviewerCopies.Written w : written) {
                z.putNextEntry(new ZipEntry(w.copy().getFileName().toString()));
                Files.copy(w.copy(), z);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** What the page shows: each document's result, and its text when there are few enough to show. */
    record Checked(List<DocumentResult> documents, List<SourceText> texts, List<PlanLink> links, String parent,
                   RulesHolder.State rules, long skipped) {
    }

    /**
     * The results for the page, with each document's logical lines (read again, after the check) for at most
     * {@code maxTexts} documents; null texts beyond, or for a file that cannot be read.
     */
    Checked page(Upload upload, int maxTexts) throws IOException, Refused, RulesBroken {
        RulesHolder.State s = rules();
        List<DocumentResult> results = new ArrayList<>();
        List<PlanLink> links = new ArrayList<>();
        BatchRunner.Outcome outcome = run(upload, s, List.of(ReportSink.into(results)));
        links.addAll(outcome.links());
        List<Future<SourceText>> reading = new ArrayList<>();
        boolean show = results.size() <= maxTexts;
        for (int i = 0; i < results.size(); i++) {
            Upload.File f = upload.files().get(i);
            reading.add(show && results.get(i).getStatus() != DocumentStatus.UNREADABLE ? pool.submit(() -> text(f)) : null);
        }
        List<SourceText> texts = new ArrayList<>();
        for (Future<SourceText> f : reading) {
            texts.add(f == null ? null : await(f));
        }
        return new Checked(results, texts, links, upload.parent() == null ? null : upload.parent().name(), s,
                outcome.skipped());
    }

    /** The logical lines of an uploaded file, as the parser read them; null when it cannot be read. */
    private static SourceText text(Upload.File f) {
        try {
            return Layout.apply(DocumentReaders.read(f.path(), f.name()));
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /** Runs {@code task} on the pool (its turn with the checks) and waits for it. */
    private <T> T onPool(Callable<T> task) throws IOException {
        return await(pool.submit(task));
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The batch as {@code check} runs it, each result renamed to the file as sent before the sinks see it. */
    private BatchRunner.Outcome run(Upload upload, RulesHolder.State s, List<ReportSink> sinks) throws IOException, Refused {
        Map<String, String> names = new HashMap<>();
        List<Path> paths = new ArrayList<>();
        for (Upload.File f : upload.files()) {
            names.put(f.path().toString(), f.name());
            paths.add(f.path());
        }
        Path parent = null;
        if (upload.parent() != null) {
            parent = upload.parent().path();
            names.put(parent.toString(), upload.parent().name());
        }
        List<ReportSink> renamed = new ArrayList<>();
        for (ReportSink sink : sinks) {
            renamed.add(new Renaming(sink, names));
        }
        try {
            BatchRunner runner = new BatchRunner(s.checker(), new Review(null, null), pool);
            BatchRunner.Outcome outcome = runner.run(BatchRunner.inputs(paths),
                    new BatchRunner.Options(threads, parent, true, null), renamed);
            List<PlanLink> links = new ArrayList<>();
            for (PlanLink l : outcome.links()) {
                links.add(renamed(l, names));
            }
            return new BatchRunner.Outcome(outcome.documents(), outcome.unreadable(), outcome.counts(), outcome.skipped(), links,
                    outcome.ruleFaults(), outcome.interrupted());
        } catch (IOException e) {
            if (parent != null && e.getMessage() != null && e.getMessage().contains(parent.toString())) {
                // the parent plan refused (unreadable, not a plan): the user's mistake, said in the user's words
                throw new Refused(e.getMessage().replace(parent.toString(), upload.parent().name()));
            }
            throw e;
        } finally {
            for (ReportSink sink : sinks) {
                sink.close();
            }
        }
    }

    static String rename(String file, Map<String, String> names) {
        if (file == null) {
            return null;
        }
        String name = names.get(file);
        if (name != null) {
            return name;
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            file = file.replace(e.getKey(), e.getValue());
        }
        return file;
    }

    /** A sink fed with the results named after the files as sent. */
    /** The link with its files under the names they were sent with; the parent keeps its number, date and issuer. */
    private static PlanLink renamed(PlanLink l, Map<String, String> names) {
        return new PlanLink(renamed(l.getParent(), names), rename(l.getChildFile(), names), l.getHow());
    }

    private static vn.plancheck.model.PlanRef renamed(vn.plancheck.model.PlanRef p, Map<String, String> names) {
        return p == null ? null : new vn.plancheck.model.PlanRef(rename(p.file(), names), p.numberSymbol(), p.issueDate(), p.issuer());
    }

    private record Renaming(ReportSink inner, Map<String, String> names) implements ReportSink {
        @Override
        public void add(DocumentResult doc) throws IOException {
            inner.add(new DocumentResult(rename(doc.getFile(), names), doc.getStatus(), rename(doc.getError(), names),
                    doc.getPlan(), doc.getFindings(), doc.getUnit()));
        }

        @Override
        public void finish(RunTotals totals) throws IOException {
            List<PlanLink> links = new ArrayList<>();
            for (PlanLink l : totals.links()) {
                links.add(renamed(l, names));
            }
            inner.finish(new RunTotals(totals.skippedFiles(), links, renamed(totals.parent(), names), totals.roster(),
                    totals.notSubmitted()));
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
