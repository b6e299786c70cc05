package vn.plancheck.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.plancheck.rules.RuleBase;
import vn.plancheck.rules.RuleError;
import vn.plancheck.rules.RuleFileException;

/** The {@code --rules DIR} option shared by the commands, and loading the rules it names. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Thư mục quy tắc (mặc định: rules/ đi kèm chương trình).")
    Path rulesDir;

    @Option(names = "--no-cache", description = "Luôn biên dịch quy tắc từ mã nguồn, không dùng bộ nhớ đệm quy tắc đã biên dịch.")
    boolean noCache;

    Path dir() {
        return rulesDir != null ? rulesDir : Environment.defaultRulesDir();
    }

    String display() {
        return Environment.display(dir(), rulesDir != null);
    }

    /**
     * Starts a separate, detached process that compiles the rules into the cache, so this run (classic build) does
     * not wait for it and the next run starts from the cache. Quietly does nothing where processes cannot be started.
     */
    static void fillCacheInBackground(Path rulesDir) {
        // started when this command ends, so the compile does not compete with the check for the two cores
        Runtime.getRuntime().addShutdownHook(new Thread(() -> startCacheFiller(rulesDir), "rule-cache-filler"));
    }

    private static void startCacheFiller(Path rulesDir) {
        vn.plancheck.model.StartupTrace.mark("cache filler: start");
        try {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(javaBin, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dplancheck.cache.dir=" + RuleBase.defaultCacheDir(), "-cp", System.getProperty("java.class.path"),
                    PlancheckCli.class.getName(), "rules", "cache", "--rules", rulesDir.toAbsolutePath().toString()));
            boolean windows = System.getProperty("os.name").startsWith("Windows");
            if (!windows) {
                // A started process is watched by a JVM thread waiting in native code, and the JVM's exit waits up to
                // 0.3 s for such threads (measured: every run after a rule edit ended 0.35 s late). A shell that puts
                // the filler in the background and exits at once is watched for a few milliseconds instead.
                cmd.addAll(0, java.util.List.of("/bin/sh", "-c", "\"$0\" \"$@\" </dev/null >/dev/null 2>&1 &"));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(windows ? "NUL" : "/dev/null")))
                    .start();
            if (!windows) {
                p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            }
            vn.plancheck.model.StartupTrace.mark("cache filler: started");
        } catch (java.io.IOException | RuntimeException e) {
            // the next run will compile again; nothing is lost
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loads only the rule data (what the parser reads), or prints every error and returns null. */
    vn.plancheck.parse.ParseVocabulary vocabulary(PrintStream err) {
        try {
            return vn.plancheck.rules.ReferenceData.loadData(dir(), display()).parseVocabulary();
        } catch (RuleFileException e) {
            err.println("Lỗi trong tệp dữ liệu quy tắc:");
            for (RuleError r : e.errors()) {
                err.println("  " + r);
            }
            return null;
        }
    }

    /** Loads the rules, or prints every error as {@code file:line: message} and returns null. */
    RuleBase load(PrintStream err) {
        return load(err, !noCache);
    }

    /** @param cached use the compiled-rules cache (validation always compiles from source, for exact error lines) */
    RuleBase load(PrintStream err, boolean cached) {
        try {
            RuleBase started = Prestart.take(dir(), cached);
            if (started != null) {
                return started;
            }
            Path dir = dir();
            return RuleBase.load(dir, display(), cached ? RuleBase.defaultCacheDir() : null, Environment.version(),
                    cached ? () -> fillCacheInBackground(dir) : null);
        } catch (RuleFileException e) {
            err.println("Lỗi trong tệp quy tắc — chưa kiểm tra văn bản nào:");
            for (RuleError r : e.errors()) {
                err.println("  " + r);
            }
            return null;
        }
    }
}
