package vn.plancheck.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.ScanProgress;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.layout.Layout;
import vn.plancheck.link.Linker;
import vn.plancheck.link.PlanProfile;
import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.PlanLink;
import vn.plancheck.model.Severity;
import vn.plancheck.report.ReportSink;

/**
 * Checks a batch on all cores with the one shared rule base and streams each result, in input order, to the
 * report sinks; nothing of a document is kept once it is written. When plans are to be linked to the plan they
 * implement, a first pass reads every plan into a small {@link PlanProfile} and finds the parents; the second
 * pass checks each plan with its parent's facts.
 */
public final class BatchRunner {
    /** How much work may run ahead of the writer, per thread: bounds the results waiting in memory. */
    private static final int AHEAD_PER_THREAD = 4;
    /**
     * The share of the heap ({@code 1/KEPT_SHARE} of the maximum) that the documents read by the first pass may
     * take while they wait for the second: beyond it, a document is read again (10,000 plans stay within 512 MB).
     */
    private static final int KEPT_SHARE = 8;

    /**
     * @param parent   the plan the batch implements (--parent), or null
     * @param autoLink find parents inside the batch
     * @param progress told the number of documents written so far (may be null)
     * @param timer    told each document's checking time in nanoseconds (may be null)
     * @param pages    told of each scanned page read, in either pass (may be null): recognising a scan takes seconds
     *                 a page, so a progress display counts pages too
     */
    public record Options(int threads, Path parent, boolean autoLink, IntConsumer progress, java.util.function.LongConsumer timer,
                          ScanProgress pages) {
        public Options(int threads, Path parent, boolean autoLink, IntConsumer progress) {
            this(threads, parent, autoLink, progress, null, null);
        }

        public Options(int threads, Path parent, boolean autoLink, IntConsumer progress, java.util.function.LongConsumer timer) {
            this(threads, parent, autoLink, progress, timer, null);
        }

        /** These options, telling {@code listener} of each scanned page read. */
        public Options withPages(ScanProgress listener) {
            return new Options(threads, parent, autoLink, progress, timer, listener);
        }

        ScanProgress pagesOrNone() {
            return pages == null ? ScanProgress.NONE : pages;
        }
    }

    /**
     * What the run amounted to, for the exit code and the closing lines.
     *
     * @param ruleFaults  documents on which a rule failed (a finding of the category RULE)
     * @param interrupted the run was stopped before every document was checked
     */
    public record Outcome(long documents, long unreadable, Map<Severity, Long> counts, long skipped, List<PlanLink> links,
                          long ruleFaults, boolean interrupted) {
        public long count(Severity s) {
            return counts.getOrDefault(s, 0L);
        }
    }

    /** How often the writer looks whether the run was asked to stop while it waits for a document. */
    private static final long POLL_MILLIS = 200;
    /** Beyond the document's own time limit, how long the writer waits for it before giving it up. */
    private static final Duration STUCK_GRACE = Duration.ofSeconds(30);

    private final Checker checker;
    /** Put on each result before it is counted and written (decisions, baseline); identity when none. */
    private final UnaryOperator<DocumentResult> review;
    private Interruption interruption = new Interruption();
    /** The batch's documents by number and symbol, once the first pass has read them (null before, or without one). */
    private volatile vn.plancheck.model.BatchDocuments batchDocuments;
    /** The plan named with --parent, once read (null before, or without one). */
    private volatile PlanProfile namedParent;
    /** The units expected to submit (--roster), or null. */
    private List<vn.plancheck.model.RosterUnit> roster;
    /** A pool shared with other runs (a server's one check per core), or null: each run starts its own. */
    private final ExecutorService shared;
    /**
     * The documents the first pass has read, by file, for the second pass to check without reading them again;
     * each is taken out when it is checked. Bounded by {@link #keptBudget} (estimated bytes).
     */
    private final Map<String, SourceText> kept = new java.util.concurrent.ConcurrentHashMap<>();
    /** What is left of the memory the kept documents may take, in estimated bytes. */
    private final java.util.concurrent.atomic.AtomicLong keptBudget = new java.util.concurrent.atomic.AtomicLong(
            Runtime.getRuntime().maxMemory() / KEPT_SHARE);

    public BatchRunner(Checker checker) {
        this(checker, UnaryOperator.identity());
    }

    /**
     * @param review applied to each result before it is counted and reported (the reviewer's decisions, the
     *               comparison with an earlier run), so that dismissed findings count neither in the exit code nor
     *               in any report
     */
    public BatchRunner(Checker checker, UnaryOperator<DocumentResult> review) {
        this(checker, review, null);
    }

    /**
     * The same, running the checks on {@code shared}, a pool other runs use at the same time, which this run neither
     * owns nor shuts down. Each run keeps at most {@code threads * AHEAD_PER_THREAD} checks queued there, so on a
     * first-come pool a long batch cannot keep a later, short one waiting for more than that many checks.
     */
    public BatchRunner(Checker checker, UnaryOperator<DocumentResult> review, ExecutorService shared) {
        this.checker = checker;
        this.review = review;
        this.shared = shared;
    }

    /** The units expected to submit a plan (--roster): those that issued none are listed when the run finishes. */
    public BatchRunner roster(List<vn.plancheck.model.RosterUnit> units) {
        this.roster = units == null ? null : List.copyOf(units);
        return this;
    }

    /** Stops the run, keeping what was checked, when {@code stop} is requested (Ctrl-C). */
    public BatchRunner stopOn(Interruption stop) {
        this.interruption = stop;
        return this;
    }

    /** Files to check, after expanding folders; the parent itself is checked too when it is inside the batch. */
    public static InputCollector.Inputs inputs(List<Path> paths) {
        return InputCollector.collect(paths);
    }

    public Outcome run(InputCollector.Inputs inputs, Options options, List<ReportSink> sinks) throws IOException {
        int threads = Math.max(1, options.threads());
        ExecutorService pool = shared != null ? shared : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plancheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, PlanProfile> parents = findParents(inputs.files(), options, pool, threads);
            List<PlanLink> links = new ArrayList<>();
            parents.forEach((child, parent) -> links.add(new PlanLink(ref(parent), child,
                    options.parent() != null ? "chỉ định bằng --parent" : "viện dẫn số, ký hiệu của kế hoạch cấp trên")));
            vn.plancheck.rules.IssuingUnits.Tracker submitted = roster == null ? null
                    : checker.rules().referenceData().issuingUnits().tracker(roster);
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            long[] unreadable = {0};
            long[] done = {0};
            long[] ruleFaults = {0};
            java.util.function.LongConsumer timer = options.timer();
            Function<Path, DocumentResult> task = p -> {
                long t0 = System.nanoTime();
                SourceText read = kept.remove(p.toString());
                DocumentResult r = review.apply(read != null
                        ? checker.check(read, p.toString(), parents.get(p.toString()), batchDocuments)
                        : checker.check(p, p.toString(), parents.get(p.toString()), batchDocuments, options.pagesOrNone()));
                if (timer != null) {
                    timer.accept(System.nanoTime() - t0);
                }
                return r;
            };
            Function<Path, DocumentResult> stuck = p -> checker.timedOut(p.toString(), checker.limits().time(), null, null);
            boolean complete = !interruption.requested() && inOrder(inputs.files(), task, pool, threads, doc -> {
                for (Severity s : Severity.values()) {
                    counts.merge(s, doc.count(s), Long::sum);
                }
                if (doc.getStatus() == DocumentStatus.UNREADABLE) {
                    unreadable[0]++;
                }
                if (doc.hasRuleFault()) {
                    ruleFaults[0]++;
                }
                if (submitted != null && doc.getStatus() == DocumentStatus.CHECKED
                        && doc.getVerdict() != vn.plancheck.model.Verdict.NOT_A_PLAN) {
                    submitted.add(doc.getUnit());
                }
                for (ReportSink sink : sinks) {
                    sink.add(doc);
                }
                done[0]++;
                if (options.progress() != null) {
                    options.progress().accept((int) done[0]);
                }
            }, stuck);
            ReportSink.RunTotals totals = new ReportSink.RunTotals(inputs.skipped(), links,
                    namedParent == null ? null : ref(namedParent), roster, submitted == null ? List.of() : submitted.missing(),
                    inputs.skippedFiles(), !complete);
            for (ReportSink sink : sinks) {
                sink.finish(totals);
            }
            return new Outcome(done[0], unreadable[0], counts, inputs.skipped(), links, ruleFaults[0], !complete);
        } finally {
            kept.clear();
            if (pool != shared) {
                pool.shutdownNow();
            }
        }
    }

    /** Keeps what the first pass read of {@code p} for the second, while the budget allows. */
    private void keep(Path p, SourceText text) {
        long size = estimatedBytes(text);
        if (keptBudget.addAndGet(-size) >= 0) {
            kept.put(p.toString(), text);
        } else {
            keptBudget.addAndGet(size);
        }
    }

    /**
     * A generous estimate of the heap a document read takes until it is checked: its strings (UTF-16), the objects
     * of its lines, and room for what the first pass caches on them (folded text, fuzzy-search tables).
     */
    private static long estimatedBytes(SourceText text) {
        long bytes = 256;
        for (vn.plancheck.ingest.SourceLine l : text.lines()) {
            int chars = l.text() == null ? 0 : l.text().length();
            int original = l.original() == l.text() ? 0 : l.original().length();
            bytes += 160 + 2L * (chars + original) + 8L * chars;
        }
        return bytes;
    }

    /** Child file → parent profile: every other plan for --parent, else parents found by citation in the batch. */
    private Map<String, PlanProfile> findParents(List<Path> files, Options options, ExecutorService pool, int threads) throws IOException {
        Map<String, PlanProfile> out = new java.util.LinkedHashMap<>();
        if (options.parent() != null) {
            ScanProgress pages = options.pagesOrNone();
            PlanProfile parent = profile(options.parent(), pages);
            if (parent == null) {
                throw new IOException("Không đọc được kế hoạch cấp trên " + options.parent());
            }
            if (parent.key() != null) {
                batchDocuments = new vn.plancheck.model.BatchDocuments(java.util.Set.of(parent.key()));
            }
            namedParent = parent;
            if (!parent.plan()) {
                vn.plancheck.model.Finding why = notAPlan(options.parent(), pages);
                throw new IOException("Tệp chỉ định bằng --parent không phải kế hoạch: " + options.parent()
                        + (why == null ? "" : " (" + why.getMessage() + ")"));
            }
            // the documents of the batch that are not plans are not linked to it (their first lines tell)
            java.util.Set<String> notPlans = new java.util.HashSet<>();
            inOrder(files, f -> lightProfile(f, pages, true), pool, threads, p -> {
                if (p != null && !p.plan()) {
                    notPlans.add(p.file());
                }
            }, p -> null);
            for (Path f : files) {
                if (!sameFile(f, options.parent()) && !notPlans.contains(f.toString())) {
                    out.put(f.toString(), parent);
                }
            }
            return out;
        }
        if (!options.autoLink() || files.size() < 2) {
            return out;
        }
        // First pass: only header and citations (cheap); full profiles only for the plans that turn out to be parents.
        List<PlanProfile> light = new ArrayList<>();
        ScanProgress pages = options.pagesOrNone();
        Map<String, vn.plancheck.model.Plan> headers = new java.util.HashMap<>();
        inOrder(files, f -> unjudgedProfile(f, pages), pool, threads, h -> {
            if (h != null) {
                light.add(h.profile());
                if (headers.size() < KEPT_HEADERS) {
                    headers.put(h.profile().file(), h.plan());
                }
            }
        }, p -> null);
        judgeLinkCandidates(light, headers, pool, threads, pages);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (PlanProfile p : light) {
            if (p.key() != null) {
                keys.add(p.key());
            }
        }
        batchDocuments = new vn.plancheck.model.BatchDocuments(keys);
        Map<String, PlanProfile> full = new java.util.HashMap<>();
        for (Map.Entry<String, PlanProfile> e : Linker.autoLinks(light).entrySet()) {
            PlanProfile parent = full.computeIfAbsent(e.getValue().file(), f -> profile(Path.of(f), pages));
            if (parent != null) {
                out.put(e.getKey(), parent);
            }
        }
        return out;
    }

    /**
     * A plan cites the plan it implements in its opening ("Thực hiện Kế hoạch số …"): the first pass parses only the
     * first logical lines, which keeps it cheap. A citation further down still links with --parent.
     */
    private static final int LINK_LINES = 80;

    private PlanProfile lightProfile(Path p, ScanProgress pages) {
        return lightProfile(p, pages, false);
    }

    /** @param keep keep what was read for the second pass (the first pass over the batch's files) */
    private PlanProfile lightProfile(Path p, ScanProgress pages, boolean keep) {
        try (DocumentClock clock = DocumentClock.start(checker.limits().time())) {
            Opening o = opening(p, pages, keep);
            return PlanProfile.of(o.plan(), o.text(), checker.isPlan(o.plan()));
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /** A document's first {@link #LINK_LINES} lines, parsed for the header and the citations. */
    private record Opening(SourceText text, vn.plancheck.model.Plan plan) {
    }

    /**
     * @param keep keep the whole document read for the check (the first pass over the batch's files). The whole
     *             document is laid out here, once: the check takes it laid out, and the opening is its first logical
     *             lines whether the document was kept or not (laying out only the opening cost the batch 5 % of its
     *             CPU for layout done again by the check).
     */
    private Opening opening(Path p, ScanProgress pages, boolean keep) throws UnreadableDocumentException {
        SourceText all = Layout.apply(DocumentReaders.read(p, p.toString(), pages));
        if (keep) {
            keep(p, all);
        }
        SourceText text = all.lines().size() <= LINK_LINES ? all : all.withLines(all.lines().subList(0, LINK_LINES));
        return new Opening(text, checker.parseHeaderAndCitations(text));
    }

    /**
     * How many parsed headers the first pass keeps for the rules' verdict (a few kB each), so that the documents a link
     * could involve are not read twice; beyond it, such a document is read again.
     */
    private static final int KEPT_HEADERS = 4096;

    /** A document's profile from the first pass, and the header it was made from. */
    private record Header(PlanProfile profile, vn.plancheck.model.Plan plan) {
    }

    /**
     * {@link #lightProfile} without the rules' verdict on whether the document is a plan (taken as one): asking the
     * rules costs as much as reading the header, and only the documents a link could involve need it (see
     * {@link #judgeLinkCandidates}).
     */
    private Header unjudgedProfile(Path p, ScanProgress pages) {
        try (DocumentClock clock = DocumentClock.start(checker.limits().time())) {
            Opening o = opening(p, pages, true);
            return new Header(PlanProfile.of(o.plan(), o.text(), true), o.plan());
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Gives the rules' verdict, in {@code light}, to every document a link could involve (as {@link #lightProfile}
     * does; the document is removed when that fails): one whose number and symbol another document cites, or one
     * that cites the number and symbol of a document of the batch. For any other document the verdict changes
     * nothing: it is no parent and no child, and its number is cited by no one. {@code headers}: the first pass's
     * parsed headers, by file, where it kept them.
     */
    private void judgeLinkCandidates(List<PlanProfile> light, Map<String, vn.plancheck.model.Plan> headers,
                                     ExecutorService pool, int threads, ScanProgress pages) throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (PlanProfile p : light) {
            if (p.key() != null) {
                keys.add(p.key());
            }
            for (PlanProfile.Cited c : p.citations()) {
                cited.add(c.key());
            }
        }
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < light.size(); i++) {
            PlanProfile p = light.get(i);
            if (p.key() != null && cited.contains(p.key()) || p.citations().stream().anyMatch(c -> keys.contains(c.key()))) {
                at.add(i);
            }
        }
        Map<String, PlanProfile> byFile = new java.util.HashMap<>();
        at.forEach(i -> byFile.put(light.get(i).file(), light.get(i)));
        List<Path> candidates = at.stream().map(i -> Path.of(light.get(i).file())).toList();
        List<PlanProfile> judged = new ArrayList<>();
        inOrder(candidates, p -> {
            vn.plancheck.model.Plan header = headers.get(p.toString());
            if (header == null) {
                return lightProfile(p, pages);
            }
            try {
                return byFile.get(p.toString()).judged(checker.isPlan(header));
            } catch (RuntimeException e) {
                return null;
            }
        }, pool, threads, judged::add, p -> null);
        for (int k = at.size() - 1; k >= 0; k--) {
            int i = at.get(k);
            if (judged.get(k) == null) {
                light.remove(i);
            } else {
                light.set(i, judged.get(k));
            }
        }
    }

    private PlanProfile profile(Path p, ScanProgress pages) {
        try (DocumentClock clock = DocumentClock.start(checker.limits().time())) {
            SourceText text = DocumentReaders.read(p, p.toString(), pages);
            vn.plancheck.model.Plan plan = checker.parse(text);
            return PlanProfile.of(plan, text, checker.isPlan(plan));
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /** Why {@code p} is not a plan (the INPUT-NOT-A-PLAN finding), or null. */
    private vn.plancheck.model.Finding notAPlan(Path p, ScanProgress pages) {
        try {
            return checker.notAPlan(checker.parse(DocumentReaders.read(p, p.toString(), pages)));
        } catch (UnreadableDocumentException | RuntimeException e) {
            return null;
        }
    }

    /** The parent as the auditor names it: number, date, issuer. */
    private static vn.plancheck.model.PlanRef ref(PlanProfile p) {
        return new vn.plancheck.model.PlanRef(p.file(), p.numberSymbol(), p.issueDate(), vn.plancheck.model.IssuingUnit.oneLine(p.issuer()));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Receives results in input order. */
    private interface Consumer<T> {
        void accept(T t) throws IOException;
    }

    /**
     * Runs {@code task} over the files on the pool, at most {@code threads * AHEAD_PER_THREAD} ahead of the
     * consumer, and hands the results over in input order. A document still running well past its time limit (stuck
     * where no checkpoint is reached) is handed over as {@code onStuck} gives it and the batch goes on.
     *
     * @return false when the run was asked to stop before every result was handed over
     */
    private <T> boolean inOrder(List<Path> files, Function<Path, T> task, ExecutorService pool, int threads,
                                Consumer<T> consumer, Function<Path, T> onStuck) throws IOException {
        Deque<Map.Entry<Path, Future<T>>> window = new ArrayDeque<>();
        int next = 0;
        int ahead = threads * AHEAD_PER_THREAD;
        long stuckAfter = checker.limits().time().plus(STUCK_GRACE).toNanos();
        try {
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < ahead) {
                    Path p = files.get(next++);
                    window.add(Map.entry(p, pool.submit(() -> task.apply(p))));
                }
                Map.Entry<Path, Future<T>> head = window.poll();
                long since = System.nanoTime();
                T result = null;
                boolean got = false;
                while (!got) {
                    if (interruption.requested()) {
                        return false;
                    }
                    try {
                        result = head.getValue().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                        got = true;
                    } catch (TimeoutException e) {
                        if (System.nanoTime() - since > stuckAfter) {
                            head.getValue().cancel(true);
                            result = onStuck.apply(head.getKey());
                            got = true;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    } catch (ExecutionException e) {
                        throw new IOException("check failed: " + e.getCause(), e.getCause());
                    }
                }
                consumer.accept(result);
            }
        } finally {
            // a run that stops early (Ctrl-C, a report that cannot be written) leaves no queued work on a shared pool
            for (Map.Entry<Path, Future<T>> f : window) {
                f.getValue().cancel(false);
            }
        }
        return true;
    }
}
