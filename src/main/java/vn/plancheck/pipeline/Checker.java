package vn.plancheck.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.link.Linker;
import vn.plancheck.link.PlanProfile;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.layout.Layout;
import vn.plancheck.layout.Quotes;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.model.BatchDocuments;
import vn.plancheck.model.Category;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;
import vn.plancheck.parse.PlanParser;
import vn.plancheck.rules.RuleBase;

/** Checks files: read, parse, evaluate the rules; a file that cannot be read becomes an UNREADABLE result. */
public final class Checker {
    /** The rule that says a document is not a plan (rules/input.drl). */
    public static final String NOT_A_PLAN = "INPUT-NOT-A-PLAN";
    private final RuleBase rules;
    private final PlanParser parser;
    private final String version;

    public Checker(RuleBase rules, String version) {
        this.rules = rules;
        this.version = version;
        this.parser = new PlanParser(rules.referenceData().parseVocabulary());
    }

    public RuleBase rules() {
        return rules;
    }

    /** Checks one file; never throws for a bad file. */
    public DocumentResult check(Path file, String display) {
        return check(file, display, null);
    }

    /** Checks one file against the plan it implements ({@code parent} may be null); never throws for a bad file. */
    public DocumentResult check(Path file, String display, PlanProfile parent) {
        return check(file, display, parent, null);
    }

    /**
     * Checks one file of a batch: against its parent plan (may be null), knowing the other documents of the batch
     * ({@code batch} may be null); never throws for a bad file.
     */
    public DocumentResult check(Path file, String display, PlanProfile parent, BatchDocuments batch) {
        SourceText text;
        try {
            if (!Files.exists(file)) {
                throw new UnreadableDocumentException("INPUT-UNREADABLE", "Không tìm thấy tệp hoặc thư mục.");
            }
            text = DocumentReaders.read(file, display);
        } catch (UnreadableDocumentException e) {
            return unreadable(display, e.ruleId(), e.getMessage());
        } catch (RuntimeException e) {
            return unreadable(display, "INPUT-UNREADABLE", "Lỗi không mong đợi khi đọc tệp: " + e);
        }
        try {
            return checkText(text, parent, batch);
        } catch (RuntimeException e) {
            // a rule that throws must not cost the user the rest of the batch
            return unreadable(display, "INPUT-UNREADABLE", "Lỗi không mong đợi khi kiểm tra: " + e);
        }
    }

    /** Checks text already read (used by the rule self-tests and the benchmark). */
    public DocumentResult checkText(SourceText text) {
        return checkText(text, null);
    }

    /** Checks text already read against its parent plan (may be null). */
    public DocumentResult checkText(SourceText source, PlanProfile parent) {
        return checkText(source, parent, null);
    }

    private DocumentResult checkText(SourceText source, PlanProfile parent, BatchDocuments batch) {
        SourceText text = Layout.apply(source);
        Plan plan = parser.parse(text);
        List<Object> extra = new java.util.ArrayList<>();
        if (parent != null) {
            extra.addAll(Linker.facts(parent, plan, text));
        }
        if (batch != null) {
            extra.add(batch);
        }
        List<Finding> findings = extra.isEmpty() ? rules.evaluate(plan) : rules.evaluate(plan, extra);
        if (findings.stream().anyMatch(f -> NOT_A_PLAN.equals(f.getRuleId()))) {
            // A decree, a decision, an official letter… measured against what a plan owes gets only false alarms
            // ("Kế hoạch thiếu phần …", a report deadline, a signature of the plan's form): the user learns what the
            // document is and nothing else. What is said of the file itself (INPUT: not a plan, OCR) stays. Filtering
            // here keeps the plan rules free of a "but only on a plan" condition that each would have to repeat.
            findings = findings.stream().filter(f -> f.getCategory() == Category.INPUT).toList();
        }
        findings = Quotes.locate(findings, text.lines(), plan.getDocTypeLine());
        return new DocumentResult(text.file(), DocumentStatus.CHECKED, null, plan, findings,
                rules.referenceData().issuingUnits().of(plan));
    }

    /**
     * Whether the document is a plan, as the rule INPUT-NOT-A-PLAN judges it from the facts of {@code plan} (the
     * header is enough: a header-only parse from {@link #parseHeaderAndCitations} will do). Only plans are linked.
     */
    public boolean isPlan(Plan plan) {
        return notAPlan(plan) == null;
    }

    /** The INPUT-NOT-A-PLAN finding for {@code plan} (its message names what the document is), or null for a plan. */
    public Finding notAPlan(Plan plan) {
        List<Finding> f = rules.evaluate(plan, NOT_A_PLAN::equals);
        return f.isEmpty() ? null : f.get(0);
    }

    /** Header and citations only, for linking the plans of a batch. */
    public Plan parseHeaderAndCitations(SourceText text) {
        return parser.parseHeaderAndCitations(text);
    }

    /** The parsed plan only, without rules (for {@code plancheck facts}). */
    public Plan parse(SourceText text) {
        return parser.parse(text);
    }

    private DocumentResult unreadable(String display, String ruleId, String message) {
        RuleInfo info = rules.catalog().stream().filter(r -> r.getId().equals(ruleId)).findFirst().orElse(null);
        String basis = info == null ? null : info.getBasis();
        Finding f = new Finding(ruleId, Category.INPUT, Severity.ERROR, message, 0, display, basis);
        return new DocumentResult(display, DocumentStatus.UNREADABLE, message, null, List.of(f));
    }

    /**
     * Checks every file on {@code threads} threads with the one shared rule base; results keep the input order.
     *
     * @param progress called with the number of finished files (may be null)
     */
    public CheckRun checkAll(List<Path> paths, int threads, IntConsumer progress) {
        InputCollector.Inputs inputs = InputCollector.collect(paths);
        List<DocumentResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "plancheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Path p : inputs.files()) {
                futures.add(pool.submit(() -> check(p, p.toString())));
            }
            int done = 0;
            for (int i = 0; i < futures.size(); i++) {
                results.add(get(futures.get(i), inputs.files().get(i)));
                if (progress != null) {
                    progress.accept(++done);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new CheckRun(version, results, rules.catalog(), inputs.skipped());
    }

    private DocumentResult get(Future<DocumentResult> f, Path p) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreadable(p.toString(), "INPUT-UNREADABLE", "Bị ngắt khi đang kiểm tra.");
        } catch (ExecutionException e) {
            return unreadable(p.toString(), "INPUT-UNREADABLE", "Lỗi không mong đợi khi kiểm tra: " + e.getCause());
        }
    }
}
