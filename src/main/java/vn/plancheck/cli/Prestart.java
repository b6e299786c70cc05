package vn.plancheck.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import vn.plancheck.rules.RuleBase;
import vn.plancheck.rules.RuleFileException;

/**
 * Start-up of {@code plancheck check} from the command line: before picocli reads the options (about 0.15 s of a
 * cold JVM), a second thread sets up logging and loads the rules the options name, which {@link RulesOption} then
 * takes instead of loading them again. Only the options that choose the rules are read here ({@code --rules DIR},
 * {@code --no-cache}); anything unusual (no check command, an option this simple reading might misread) starts
 * nothing, and the command loads its rules as usual. Tests call {@link PlancheckCli#run}, which never prestarts.
 */
final class Prestart {
    /** What was started: the rules folder as the options give it, whether the cache is used, and the load. */
    private record Started(Path rulesDir, boolean cached, CompletableFuture<RuleBase> rules) {
    }

    private static volatile Started started;
    private static final CompletableFuture<Void> LOGGING = new CompletableFuture<>();

    private Prestart() {
    }

    /** Starts loading the rules for {@code args} when they are a check. */
    static void begin(String[] args) {
        if (args.length < 2 || !"check".equals(args[0])) {
            return;
        }
        Path dir = null;
        boolean cached = true;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            } else if ("--rules".equals(a)) {
                if (i + 1 >= args.length || dir != null) {
                    return;
                }
                dir = Path.of(args[++i]);
            } else if (a.startsWith("--rules=")) {
                if (dir != null) {
                    return;
                }
                dir = Path.of(a.substring("--rules=".length()));
            } else if ("--no-cache".equals(a)) {
                cached = false;
            } else if (a.startsWith("@")) {
                return; // an argument file: picocli expands it, this reading cannot
            }
        }
        Path rulesDir = dir != null ? dir : Environment.defaultRulesDir();
        boolean given = dir != null;
        boolean useCache = cached;
        CompletableFuture<RuleBase> rules = new CompletableFuture<>();
        started = new Started(rulesDir, cached, rules);
        Thread t = new Thread(() -> {
            try {
                vn.plancheck.model.StartupTrace.mark("logging: start");
                org.slf4j.LoggerFactory.getILoggerFactory();
            } finally {
                LOGGING.complete(null);
            }
            try {
                rules.complete(RuleBase.load(rulesDir, Environment.display(rulesDir, given),
                        useCache ? RuleBase.defaultCacheDir() : null, Environment.version(),
                        useCache ? () -> RulesOption.fillCacheInBackground(rulesDir) : null));
            } catch (RuleFileException | RuntimeException | Error e) {
                rules.completeExceptionally(e);
            }
        }, "rules-prestart");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits for the logging set-up the prestart began, if it began one: two threads setting up SLF4J at once make
     * it print warnings.
     */
    static void awaitLogging() {
        if (started != null) {
            LOGGING.join();
        }
    }

    /**
     * The rules started for exactly this folder and cache choice, waited for (and given out once), or null when none
     * were started for them.
     *
     * @throws RuleFileException the errors of the rule files, as loading them here would have thrown
     */
    static RuleBase take(Path rulesDir, boolean cached) throws RuleFileException {
        Started s = started;
        if (s == null || s.cached() != cached || !s.rulesDir().equals(rulesDir)) {
            return null;
        }
        started = null;
        try {
            return s.rules().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleFileException r) {
                throw r;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
