package vn.plancheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.SelfTestRunner;
import vn.plancheck.rules.RuleBase;
import vn.plancheck.rules.RuleError;
import vn.plancheck.rules.RuleFileException;

/**
 * The rules in force for the server: loaded once, and again on the first request after any file under the rules
 * folder changed (a SHA-256 of every file but the self-tests, read at each request: about a millisecond for the
 * shipped rules). Loading goes through {@link RuleBase}'s compiled-rules cache, itself keyed by the rule files'
 * content; after an edit the classic build is used at once and the cache is filled on a background thread. A rule
 * file with an error gives a state with the errors and no checker: the page shows them, nothing is checked, and
 * the next request after the fix loads the rules again.
 */
final class RulesHolder {
    private static final Logger LOG = LoggerFactory.getLogger(RulesHolder.class);

    /**
     * The rules as last loaded.
     *
     * @param fingerprint the content hash of the rules folder they were loaded from
     * @param checker     null when the rules have errors
     * @param errors      "file:line: message" of each error, empty when the rules loaded
     */
    record State(String fingerprint, Checker checker, List<String> errors, Instant loaded) {
        boolean ok() {
            return checker != null;
        }

        RuleBase base() {
            return checker == null ? null : checker.rules();
        }
    }

    /** The self-tests' result, for one content of the whole rules folder (tests included). */
    record SelfTest(String fingerprint, SelfTestRunner.Report report, Instant ran, long millis) {
    }

    private final Path dir;
    private final String display;
    private final Path cacheDir;
    private final String version;
    private volatile State state;
    private SelfTest selfTest;

    /**
     * @param dir      the rules folder
     * @param display  how the folder is named in error messages ("rules")
     * @param cacheDir the compiled-rules cache, or null to compile from source every time the rules change
     */
    RulesHolder(Path dir, String display, Path cacheDir, String version) {
        this.dir = dir;
        this.display = display;
        this.cacheDir = cacheDir;
        this.version = version;
    }

    Path dir() {
        return dir;
    }

    String display() {
        return display;
    }

    /** The files' paths, sizes and modification times, and the content hash they were seen with. */
    private record Seen(String stat, String content) {
    }

    private volatile Seen seen;

    /** The rules for this request: the loaded ones, or the folder loaded again if its content changed since. */
    State current() {
        // listing the folder costs far less than reading it: hash the content only when a file looks changed
        String stat = stat();
        Seen last = seen;
        String fp = stat != null && last != null && stat.equals(last.stat()) ? last.content() : null;
        if (fp == null) {
            fp = fingerprint(false);
            seen = new Seen(stat, fp);
        }
        State s = state;
        if (s != null && s.fingerprint().equals(fp)) {
            return s;
        }
        synchronized (this) {
            s = state;
            if (s != null && s.fingerprint().equals(fp)) {
                return s;
            }
            state = load(fp);
            return state;
        }
    }

    private State load(String fp) {
        long t0 = System.nanoTime();
        try {
            RuleBase base = RuleBase.load(dir, display, cacheDir, version, cacheDir == null ? null : this::fillCacheLater);
            LOG.info("Rules loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return new State(fp, new Checker(base, version), List.of(), Instant.now());
        } catch (RuleFileException e) {
            LOG.info("Rules have {} error(s)", e.errors().size());
            return new State(fp, null, e.errors().stream().map(RuleError::toString).toList(), Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("Rules could not be loaded", e);
            return new State(fp, null, List.of(display + ": " + e), Instant.now());
        }
    }

    /** Compiles the executable model into the cache on a background thread, so the next start is fast. */
    private void fillCacheLater() {
        Thread t = new Thread(() -> {
            try {
                RuleBase.fillCache(dir, cacheDir, version);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Rule cache not filled: {}", e.toString());
            }
        }, "rule-cache-filler");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The self-tests of {@code rules/tests} against the rules in force, run again only when a file changed. */
    synchronized SelfTest selfTest(State rules) throws IOException {
        String fp = rules.fingerprint() + "+" + fingerprint(true);
        if (selfTest != null && selfTest.fingerprint().equals(fp)) {
            return selfTest;
        }
        long t0 = System.nanoTime();
        SelfTestRunner.Report report = new SelfTestRunner(rules.checker()).run(dir.resolve("tests"), display + "/tests");
        selfTest = new SelfTest(fp, report, Instant.now(), (System.nanoTime() - t0) / 1_000_000);
        return selfTest;
    }

    /**
     * SHA-256 of the paths and bytes of the files under the folder: the rules and data ({@code tests == false}, the
     * self-tests and README files left out), or the self-tests only.
     */
    String fingerprint(boolean tests) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(dir)) {
                Path root = tests ? dir.resolve("tests") : dir;
                if (Files.isDirectory(root)) {
                    List<Path> files;
                    try (Stream<Path> s = Files.walk(root)) {
                        files = s.filter(Files::isRegularFile).filter(p -> tests || !ignored(dir.relativize(p))).sorted().toList();
                    }
                    for (Path f : files) {
                        sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                        try {
                            sha.update(Files.readAllBytes(f));
                        } catch (IOException e) {
                            sha.update(("unreadable " + e).getBytes(StandardCharsets.UTF_8));
                        }
                        sha.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // cannot tell: load again
        }
    }

    /** Each counted file's path, size and modification time, or null when the folder cannot be listed. */
    private String stat() {
        java.util.TreeMap<String, String> files = new java.util.TreeMap<>();
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                    return d.equals(dir.resolve("tests")) ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() && !ignored(dir.relativize(f))) {
                        files.put(f.toString(), a.size() + "\0" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return files.toString();
    }

    /** Files that do not change what is checked: the self-tests, READMEs, editors' hidden and backup files. */
    private static boolean ignored(Path rel) {
        String name = rel.getFileName().toString();
        return rel.startsWith("tests") || name.endsWith(".md") || name.startsWith(".") || name.endsWith("~")
                || name.startsWith("~$");
    }
}
