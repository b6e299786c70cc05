package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.runtime.rule.AgendaFilter;

import vn.plancheck.model.DocumentClock;
import vn.plancheck.model.DocumentLimits;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RuleInfo;

/**
 * The rules in force: compiled once per process from the rules folder and shared by all threads;
 * each plan is evaluated in its own stateless session together with the reference facts.
 */
public final class RuleBase {
    private final List<RuleInfo> catalog;
    private final ReferenceData referenceData;
    private final List<Path> files;
    private final RuleRun run;

    private RuleBase(Supplier<KieBaseVariants> variants, List<RuleInfo> catalog, ReferenceData referenceData, List<Path> files,
                     Map<String, RuleCatalog.Source> sources) {
        this.catalog = List.copyOf(catalog);
        this.referenceData = referenceData;
        this.files = List.copyOf(files);
        this.run = new RuleRun(variants, Map.copyOf(sources));
    }

    /**
     * Compiles the rules folder.
     *
     * @param rulesDir      the folder
     * @param displayPrefix how the folder is named in error messages ("rules")
     * @throws RuleFileException listing every error with its file and line; nothing is checked then
     */
    public static RuleBase load(Path rulesDir, String displayPrefix) throws RuleFileException {
        return load(rulesDir, displayPrefix, null, "dev");
    }

    /**
     * Compiles the rules folder, or loads it from the compiled-rules cache.
     *
     * @param cacheDir   where compiled rules are cached between runs, or null to always compile from source
     *                   with the classic engine
     * @param appVersion part of the cache key, so a new program version never reuses old compiled rules
     */
    public static RuleBase load(Path rulesDir, String displayPrefix, Path cacheDir, String appVersion) throws RuleFileException {
        return load(rulesDir, displayPrefix, cacheDir, appVersion, null);
    }

    /**
     * As {@link #load(Path, String, Path, String)}, but on a cache miss with {@code onMiss} given, this run uses the
     * classic build (about 1 s for our rules, against 2–3 s for the executable model) and {@code onMiss} is asked
     * to fill the cache in the background, so the first check after a rule edit does not wait for it.
     */
    public static RuleBase load(Path rulesDir, String displayPrefix, Path cacheDir, String appVersion, Runnable onMiss)
            throws RuleFileException {
        List<RuleError> errors = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleFileException(List.of(new RuleError(displayPrefix, 0, "không tìm thấy thư mục quy tắc")));
        }
        vn.plancheck.model.StartupTrace.mark("rules: start");
        // with the rules cached, their KieBase is built on its own thread from here on, while the data loads and
        // the caller reads and parses its documents; the first evaluation waits for it
        String cacheKey = cacheKey(rulesDir, displayPrefix, cacheDir, appVersion); // hashing the rule files: once
        CompiledRuleCache.Pending pending = cacheKey == null ? null : new CompiledRuleCache(cacheDir).start(cacheKey);
        // without the compiled rules (no cache wanted, or a rule file edited since), they are compiled from source
        // below whatever the data holds: that starts now, on a thread of its own, while the data loads
        java.util.concurrent.CompletableFuture<RuleCompiler.Result> classic = null;
        if (pending == null && (cacheDir == null || cacheKey != null && onMiss != null && !CompiledRuleCache.has(cacheDir, cacheKey))) {
            classic = compileInBackground(rulesDir, displayPrefix);
        }
        vn.plancheck.model.StartupTrace.mark("rules: KieBase started");
        ReferenceData data = ReferenceData.load(rulesDir.resolve("data"), displayPrefix + "/data", errors);
        vn.plancheck.model.StartupTrace.mark("rules: data loaded");
        if (pending != null && errors.isEmpty()) {
            return cached(pending, data, rulesDir, displayPrefix);
        }
        KieBase kieBase = null;
        Supplier<KieBase> fresh = null;
        List<Path> files;
        try {
            files = RuleCompiler.ruleFiles(rulesDir);
            errors.addAll(RuleFileNames.problems(rulesDir, displayPrefix));
            if (files.isEmpty()) {
                errors.add(new RuleError(displayPrefix, 0, NO_RULE_FILES));
                throw new RuleFileException(errors);
            }
            if (cacheDir != null && errors.isEmpty()) {
                CompiledRuleCache cache = new CompiledRuleCache(cacheDir);
                String key = cacheKey != null ? cacheKey : CompiledRuleCache.key(rulesDir, files, appVersion);
                CompiledRuleCache.Loaded loaded = cache.load(key);
                if (loaded == null && onMiss == null) {
                    loaded = cache.buildAndStore(rulesDir, files, key);
                }
                if (loaded != null) {
                    kieBase = loaded.kieBase();
                    fresh = loaded.fresh();
                }
            }
            if (kieBase == null) {
                // the classic build: no cache wanted, or the exec-model build failed and the errors need locating
                RuleCompiler.Result result = classic != null ? joinCompile(classic) : RuleCompiler.compile(rulesDir, displayPrefix);
                classic = null;
                errors.addAll(result.errors());
                kieBase = result.kieBase();
                fresh = result.fresh();
            }
        } catch (IOException e) {
            throw new RuleFileException(List.of(new RuleError(displayPrefix, 0, "không đọc được: " + e.getMessage())));
        }
        if (kieBase == null || !errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        if (onMiss != null && cacheDir != null && !(cacheKey != null ? CompiledRuleCache.has(cacheDir, cacheKey)
                : CompiledRuleCache.has(cacheDir, rulesDir, files, appVersion))) {
            onMiss.run();
        }
        vn.plancheck.model.StartupTrace.mark("rules: KieBase ready");
        List<RuleCatalog.Declared> declared = RuleCatalog.declared(kieBase);
        RuleCatalog.Located located = RuleCatalog.locate(rulesDir, files);
        List<RuleInfo> catalog = RuleCatalog.build(declared, located, displayPrefix, errors);
        if (catalog.stream().noneMatch(r -> !PROGRAM.equals(r.getSource()))) {
            errors.add(new RuleError(displayPrefix, 0, NO_RULES));
        }
        if (!errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        KieBaseVariants variants = new KieBaseVariants(kieBase, fresh);
        return new RuleBase(() -> variants, catalog, data, files, RuleCatalog.sources(declared, located, displayPrefix));
    }

    private static java.util.concurrent.CompletableFuture<RuleCompiler.Result> compileInBackground(Path rulesDir, String displayPrefix) {
        java.util.concurrent.CompletableFuture<RuleCompiler.Result> f = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(RuleCompiler.compile(rulesDir, displayPrefix));
            } catch (IOException | RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "rules-compile");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static RuleCompiler.Result joinCompile(java.util.concurrent.CompletableFuture<RuleCompiler.Result> f) throws IOException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The compiled-rules cache's key for the rule files, or null without a cache or with misnamed rule files. */
    private static String cacheKey(Path rulesDir, String displayPrefix, Path cacheDir, String appVersion) {
        if (cacheDir == null) {
            return null;
        }
        try {
            List<Path> files = RuleCompiler.ruleFiles(rulesDir);
            if (files.isEmpty() || !RuleFileNames.problems(rulesDir, displayPrefix).isEmpty()) {
                return null;
            }
            return CompiledRuleCache.key(rulesDir, files, appVersion);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The rule base of cached rules: the catalog from the declarations kept with them (checked as always), the
     * KieBase when the first evaluation needs it. Should the compiled rules prove unusable, they are compiled from
     * source then, as a miss would have been.
     */
    private static RuleBase cached(CompiledRuleCache.Pending pending, ReferenceData data, Path rulesDir, String displayPrefix)
            throws RuleFileException {
        List<Path> files;
        try {
            files = RuleCompiler.ruleFiles(rulesDir);
        } catch (IOException e) {
            throw new RuleFileException(List.of(new RuleError(displayPrefix, 0, "không đọc được: " + e.getMessage())));
        }
        List<RuleError> errors = new ArrayList<>();
        RuleCatalog.Located located = RuleCatalog.locate(rulesDir, files);
        List<RuleInfo> catalog = RuleCatalog.build(pending.declared(), located, displayPrefix, errors);
        if (catalog.stream().noneMatch(r -> !PROGRAM.equals(r.getSource()))) {
            errors.add(new RuleError(displayPrefix, 0, NO_RULES));
        }
        if (!errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        Supplier<KieBaseVariants> variants = new Supplier<>() {
            private volatile KieBaseVariants built;

            @Override
            public KieBaseVariants get() {
                KieBaseVariants v = built;
                if (v == null) {
                    synchronized (this) {
                        if (built == null) {
                            built = build();
                        }
                        v = built;
                    }
                }
                return v;
            }

            private KieBaseVariants build() {
                try {
                    CompiledRuleCache.Loaded loaded = pending.loaded().join();
                    vn.plancheck.model.StartupTrace.mark("rules: KieBase ready");
                    return new KieBaseVariants(loaded.kieBase(), loaded.fresh());
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                    org.slf4j.LoggerFactory.getLogger(RuleBase.class).warn("Ignoring unusable rule cache: {}", String.valueOf(e.getCause()));
                    try {
                        RuleCompiler.Result result = RuleCompiler.compile(rulesDir, displayPrefix);
                        if (result.kieBase() == null || !result.errors().isEmpty()) {
                            throw new IllegalStateException("quy tắc không biên dịch được: " + result.errors());
                        }
                        return new KieBaseVariants(result.kieBase(), result.fresh());
                    } catch (IOException io) {
                        throw new IllegalStateException("không đọc được quy tắc: " + io.getMessage(), io);
                    }
                }
            }
        };
        return new RuleBase(variants, catalog, data, files, RuleCatalog.sources(pending.declared(), located, displayPrefix));
    }

    /** The source of the program's own checks in the catalog. */
    private static final String PROGRAM = "chương trình";
    private static final String NO_RULE_FILES = "thư mục quy tắc không có tệp quy tắc nào (.drl, .drl.csv, .drl.xlsx): "
            + "không có quy tắc thì không kiểm tra được gì. Hãy chỉ đúng thư mục bằng --rules hoặc chép lại các tệp quy tắc.";
    private static final String NO_RULES = "các tệp quy tắc không có quy tắc nào (không có khối rule \"…\" … end): "
            + "không có quy tắc thì không kiểm tra được gì.";

    /** Compiles the rules to the executable model and stores them in the cache (the background half of a miss). */
    public static void fillCache(Path rulesDir, Path cacheDir, String appVersion) throws IOException {
        List<Path> files = RuleCompiler.ruleFiles(rulesDir);
        String key = CompiledRuleCache.key(rulesDir, files, appVersion);
        CompiledRuleCache cache = new CompiledRuleCache(cacheDir);
        if (!CompiledRuleCache.has(cacheDir, rulesDir, files, appVersion)) {
            cache.buildAndStore(rulesDir, files, key);
        }
    }

    /** Where compiled rules are cached by default (see {@link CompiledRuleCache#defaultDir()}). */
    public static Path defaultCacheDir() {
        return CompiledRuleCache.defaultDir();
    }

    /** Every rule in force, built-in input checks first, by category and ID. */
    public List<RuleInfo> catalog() {
        return catalog;
    }

    /** The rule files that were compiled. */
    public List<Path> files() {
        return files;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    /** Runs every rule on one plan; thread-safe. */
    public List<Finding> evaluate(Plan plan) {
        return evaluate(plan, List.of());
    }

    /**
     * Runs only the rules whose {@code @id} {@code onlyIds} accepts (for a quick question such as "is this a plan?"
     * in the batch's linking pass, where the other rules would be wasted work); thread-safe.
     */
    public List<Finding> evaluate(Plan plan, Predicate<String> onlyIds) {
        AgendaFilter filter = match -> onlyIds.test(
                FindingCollector.RuleMetadata.of(match.getRule().getName(), match.getRule().getMetaData()).id());
        return run.evaluate(PlanFacts.of(plan, referenceData), plan.isOcrSuspected(), filter, DocumentLimits.DEFAULT.maxFirings());
    }

    /**
     * The findings of the rules of one id only (INPUT-NOT-A-PLAN, asked of every document a batch might link), with
     * only the facts those rules match on inserted when the compiled rules tell which ({@link MatchedKinds}): the same
     * findings as {@link #evaluate(Plan, Predicate)}, for a fraction of the session's work; thread-safe.
     */
    public List<Finding> evaluateRule(Plan plan, String ruleId) {
        AgendaFilter filter = match -> ruleId.equals(
                FindingCollector.RuleMetadata.of(match.getRule().getName(), match.getRule().getMetaData()).id());
        List<Object> facts = PlanFacts.of(plan, referenceData);
        java.util.Optional<Set<Class<?>>> kinds = matchedKinds.computeIfAbsent(ruleId,
                id -> java.util.Optional.ofNullable(run.matchedKinds(id)));
        if (kinds.isPresent()) {
            Set<Class<?>> wanted = kinds.get();
            facts.removeIf(f -> !isAny(f, wanted));
        }
        return run.evaluate(facts, plan.isOcrSuspected(), filter, DocumentLimits.DEFAULT.maxFirings());
    }

    private static boolean isAny(Object fact, Set<Class<?>> kinds) {
        for (Class<?> k : kinds) {
            if (k.isInstance(fact)) {
                return true;
            }
        }
        return false;
    }

    /** {@link MatchedKinds} of the rules of an id, read once per rule base. */
    private final Map<String, java.util.Optional<Set<Class<?>>>> matchedKinds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs every rule on one plan with extra facts (the parent plan for the LINK rules); thread-safe. */
    public List<Finding> evaluate(Plan plan, List<Object> extraFacts) {
        return evaluate(plan, extraFacts, DocumentLimits.DEFAULT.maxFirings());
    }

    /**
     * Runs every rule on one plan with extra facts, stopping after {@code maxFirings} firings (a looping rule);
     * a rule that throws, loops or runs out of the document's time becomes a finding of the category RULE and the
     * other rules' findings are kept; thread-safe.
     */
    public List<Finding> evaluate(Plan plan, List<Object> extraFacts, int maxFirings) {
        DocumentClock.checkpoint(DocumentClock.Stage.RULES);
        List<Object> facts = PlanFacts.of(plan, referenceData);
        for (Object extra : extraFacts) {
            if (extra instanceof vn.plancheck.model.BatchDocuments batch) {
                // a document of the batch is checked by the LINK rules; the registry need not know it
                facts.replaceAll(f -> f instanceof vn.plancheck.model.UnknownCitations u ? u.without(batch) : f);
                facts.removeIf(java.util.Objects::isNull);
            }
        }
        facts.addAll(extraFacts);
        return run.evaluate(facts, plan.isOcrSuspected(), null, maxFirings);
    }
}
