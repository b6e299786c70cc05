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
import vn.plancheck.ingest.ScanProgress;
import vn.plancheck.link.Linker;
import vn.plancheck.link.PlanProfile;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.layout.Layout;
import vn.plancheck.layout.Quotes;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.model.BatchDocuments;
import vn.plancheck.model.Category;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.DocumentLimits;
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
    /** The program's finding on a document whose time ran out before it was checked. */
    public static final String TIME_LIMIT = "INPUT-TIME-LIMIT";
    private static final String LEGACY_CONVERTED = "Tệp dùng bảng mã TCVN3 (ABC, phông .VnTime) cũ; plancheck đã chuyển sang"
            + " Unicode để kiểm tra, vài chữ có thể chuyển chưa đúng. Văn bản ban hành phải dùng phông chữ Unicode"
            + " (TCVN 6909:2001): hãy chuyển tệp gốc sang Unicode (ví dụ bằng Unikey).";
    private final RuleBase rules;
    private final PlanParser parser;
    private final String version;
    private final DocumentLimits limits;

    public Checker(RuleBase rules, String version) {
        this(rules, version, DocumentLimits.DEFAULT);
    }

    /** @param limits what one document may cost (time, rule firings) */
    public Checker(RuleBase rules, String version, DocumentLimits limits) {
        this.rules = rules;
        this.version = version;
        this.limits = limits;
        this.parser = new PlanParser(rules.referenceData().parseVocabulary());
    }

    public DocumentLimits limits() {
        return limits;
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
        return check(file, display, parent, batch, ScanProgress.NONE);
    }

    /** The same, telling {@code pages} of each scanned page read (null: nobody), for a progress display. */
    public DocumentResult check(Path file, String display, PlanProfile parent, BatchDocuments batch, ScanProgress pages) {
        try (DocumentClock clock = DocumentClock.start(limits.time())) {
            SourceText text;
            try {
                if (!Files.exists(file)) {
                    throw new UnreadableDocumentException("INPUT-UNREADABLE", "Không tìm thấy tệp hoặc thư mục.");
                }
                text = DocumentReaders.read(file, display, pages);
                vn.plancheck.model.StartupTrace.mark("document read");
            } catch (UnreadableDocumentException e) {
                return unreadable(display, e.ruleId(), e.getMessage());
            } catch (DocumentClock.TimeLimitExceeded e) {
                return timedOut(display, e.limit(), e.stage(), e.step());
            } catch (RuntimeException e) {
                return unreadable(display, "INPUT-UNREADABLE", "Lỗi không mong đợi khi đọc tệp: " + e);
            }
            return checkRead(text, display, parent, batch);
        }
    }

    /**
     * Checks one document of a batch whose file an earlier pass has already read ({@code text}, as
     * {@link DocumentReaders#read} returned it for {@code display}); the same result as {@link #check(Path, String,
     * PlanProfile, BatchDocuments)} without reading the file again. Never throws for a bad document.
     */
    public DocumentResult check(SourceText text, String display, PlanProfile parent, BatchDocuments batch) {
        try (DocumentClock clock = DocumentClock.start(limits.time())) {
            return checkRead(text, display, parent, batch);
        }
    }

    private DocumentResult checkRead(SourceText text, String display, PlanProfile parent, BatchDocuments batch) {
        try {
            return checkText(text, parent, batch);
        } catch (DocumentClock.TimeLimitExceeded e) {
            return timedOut(display, e.limit(), e.stage(), e.step());
        } catch (RuntimeException e) {
            // a program fault on one document must not cost the user the rest of the batch (rule faults are findings)
            return unreadable(display, "INPUT-UNREADABLE", "Lỗi không mong đợi khi kiểm tra: " + e);
        }
    }

    /**
     * The result of a document whose time ran out before its rules ran ({@code stage} null: the batch stopped
     * waiting for it): no finding of the plan is reliable, so it gets only this one.
     */
    public DocumentResult timedOut(String display, java.time.Duration limit, DocumentClock.Stage stage, String step) {
        String where = stage == null ? "" : " ở bước " + stage.label() + (step == null ? "" : " (" + step + ")");
        String message = "Văn bản chưa được kiểm tra hết: quá giới hạn thời gian " + limit.toSeconds() + " giây cho mỗi văn bản"
                + where + ". Văn bản có thể quá dài hoặc có cấu trúc bất thường (ví dụ một dòng rất dài); các văn bản khác"
                + " vẫn được kiểm tra. Có thể tăng giới hạn bằng --time-limit.";
        return unreadable(display, TIME_LIMIT, message);
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
        vn.plancheck.model.StartupTrace.mark("parsed");
        List<Object> extra = new java.util.ArrayList<>();
        if (parent != null) {
            extra.addAll(Linker.facts(parent, plan, text));
        }
        if (batch != null) {
            extra.add(batch);
        }
        List<Finding> findings = rules.evaluate(plan, extra, limits.maxFirings());
        vn.plancheck.model.StartupTrace.mark("rules evaluated");
        if (findings.stream().anyMatch(f -> NOT_A_PLAN.equals(f.getRuleId()))) {
            // A decree, a decision, an official letter… measured against what a plan owes gets only false alarms
            // ("Kế hoạch thiếu phần …", a report deadline, a signature of the plan's form): the user learns what the
            // document is and nothing else. What is said of the file itself (INPUT: not a plan, OCR) stays, and so
            // does a rule's own fault. Filtering here keeps the plan rules free of a "but only on a plan" condition
            // that each would have to repeat.
            findings = findings.stream().filter(f -> f.getCategory() == Category.INPUT || f.getCategory() == Category.RULE).toList();
        }
        if (text.notes().contains(DocumentReaders.NOTE_TCVN3_CONVERTED)) {
            findings = new ArrayList<>(findings);
            findings.add(builtIn(DocumentReaders.RULE_LEGACY_CONVERTED, Severity.INFO, LEGACY_CONVERTED));
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
        List<Finding> f = rules.evaluateRule(plan, NOT_A_PLAN);
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
        Finding f = builtIn(ruleId, Severity.ERROR, message);
        return new DocumentResult(display, DocumentStatus.UNREADABLE, message, null,
                List.of(new Finding(f.getRuleId(), f.getCategory(), f.getSeverity(), message, 0, display, f.getBasis())));
    }

    /** A finding of one of the program's own INPUT checks, with the basis its catalog entry gives. */
    private Finding builtIn(String ruleId, Severity severity, String message) {
        RuleInfo info = rules.catalog().stream().filter(r -> r.getId().equals(ruleId)).findFirst().orElse(null);
        String basis = info == null ? null : info.getBasis();
        return new Finding(ruleId, Category.INPUT, severity, message, 0, null, basis);
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
