package vn.plancheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the compiled rules between runs. A KieBase cannot be serialised (Drools 8+), and a cached mvel kjar
 * only holds sources, so the cache holds the executable model: compiled classes in a jar, loaded on a class
 * loader and turned into a KieBase with {@link KieBaseBuilder} (TECH-NOTES A4 route 2, 0.3–0.5 s measured).
 * The key is a SHA-256 of every rule file's path and bytes plus the Drools and program versions, so editing
 * any rule file (not its date) invalidates it. Any failure falls back to compiling from source.
 */
final class CompiledRuleCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
    private static final String KFS_PREFIX = "src/main/resources/rules/";
    private static final String MODEL_FILE_SUFFIX = "/drools-model";

    private final Path dir;

    CompiledRuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cache folder: -Dplancheck.cache.dir, else $XDG_CACHE_HOME/plancheck, else ~/.cache/plancheck. */
    static Path defaultDir() {
        String p = System.getProperty("plancheck.cache.dir");
        if (p != null) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "plancheck") : Path.of(System.getProperty("user.home"), ".cache", "plancheck");
    }

    static String key(Path rulesDir, List<Path> files, String appVersion) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("drools=" + KieServices.class.getPackage().getImplementationVersion() + ";app=" + appVersion
                    + ";java=" + Runtime.version().feature()).getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                sha.update(rulesDir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean has(Path dir, String key) {
        return Files.isRegularFile(dir.resolve("rules-" + key + ".jar"));
    }

    static boolean has(Path dir, Path rulesDir, List<Path> files, String appVersion) {
        try {
            return Files.isRegularFile(dir.resolve("rules-" + key(rulesDir, files, appVersion) + ".jar"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Compiled rules: the KieBase, and a way to build a fresh copy of it from the same compiled classes. */
    record Loaded(KieBase kieBase, java.util.function.Supplier<KieBase> fresh) {
    }

    /** The cached rules for this key, or null on a miss or any problem with the cache file. */
    Loaded load(String key) {
        Path jar = dir.resolve("rules-" + key + ".jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try {
            Loaded loaded = fromJar(Files.readAllBytes(jar), jar);
            touch(jar);
            if (!Files.isRegularFile(dir.resolve("rules-" + key + DECLARED_SUFFIX))) {
                storeDeclarations(loaded, key); // a cache from before the declarations were kept: the next start is quicker
            }
            return loaded;
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Ignoring unusable rule cache {}: {}", jar, e.toString());
            return null;
        }
    }

    /**
     * Compiles the rule files to the executable model, stores the jar under the key and returns its KieBase;
     * null when the exec-model build fails (the caller then uses the classic build, which locates errors better).
     */
    Loaded buildAndStore(Path rulesDir, List<Path> files, String key) {
        try {
            KieServices ks = KieServices.Factory.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            for (Path f : files) {
                kfs.write(KFS_PREFIX + rulesDir.relativize(f).toString().replace('\\', '/'),
                        ks.getResources().newFileSystemResource(f.toFile(), "UTF-8"));
            }
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                return null;
            }
            byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
            Path jar = dir.resolve("rules-" + key + ".jar");
            store(bytes, jar);
            prune(dir, KEPT_ENTRIES);
            Loaded loaded = fromJar(bytes, jar); // its class loader reads the stored jar
            // a jar without its declarations is loaded the slower way (the KieBase before the catalog) until they are stored
            storeDeclarations(loaded, key);
            return loaded;
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Could not build the rule cache: {}", e.toString());
            return null;
        }
    }

    /**
     * Compiled rule sets kept in the cache (about 0.7 MB each): every edit of a rule file makes a new one, and an
     * official who edits rules for a month must not fill the disk. The most recently used are kept.
     */
    static final int KEPT_ENTRIES = 16;

    /** Deletes all but the {@code keep} most recently used compiled rule sets of {@code dir} (best effort). */
    static void prune(Path dir, int keep) {
        List<Path> jars;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.getFileName().toString().startsWith("rules-") && p.getFileName().toString().endsWith(".jar"))
                    .sorted(java.util.Comparator.comparing(CompiledRuleCache::lastUsed).reversed()).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path jar : jars.subList(Math.min(keep, jars.size()), jars.size())) {
            String name = jar.getFileName().toString();
            try {
                Files.deleteIfExists(jar);
                Files.deleteIfExists(jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + DECLARED_SUFFIX));
            } catch (IOException | RuntimeException e) {
                // in use elsewhere (Windows) or not ours to delete: tried again after the next build
            }
        }
    }

    private static java.nio.file.attribute.FileTime lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Marks a compiled rule set as used now, so that {@link #prune} keeps it. */
    private static void touch(Path jar) {
        try {
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a read-only cache: it is not pruned either
        }
    }

    private static void store(byte[] bytes, Path jar, Path dir) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "rules-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a read-only home or a full disk only costs start-up time
            LOG.info("Rule cache not written to {}: {}", dir, e.toString());
        }
    }

    /**
     * The cached rules for this key with their declarations read now and the KieBase built on a thread of its own
     * (about 0.3 s, which the caller spends reading and parsing the documents); null on a miss, or when the cache has
     * no declarations for the key (then {@link #load} builds the KieBase before returning).
     */
    Pending start(String key) {
        Path jar = dir.resolve("rules-" + key + ".jar");
        Path declaredFile = dir.resolve("rules-" + key + DECLARED_SUFFIX);
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(declaredFile)) {
            return null;
        }
        List<RuleCatalog.Declared> declared;
        try {
            declared = readDeclarations(Files.readAllBytes(declaredFile));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unusable rule cache {}: {}", declaredFile, e.toString());
            return null;
        }
        touch(jar);
        java.util.concurrent.CompletableFuture<Loaded> loaded = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Loaded l = fromJar(Files.readAllBytes(jar), jar);
                // a first session loads and initialises the session's classes here, not in the first evaluation
                l.kieBase().newKieSession().dispose();
                loaded.complete(l);
            } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                loaded.completeExceptionally(e);
            }
        }, "rules-kiebase");
        t.setDaemon(true);
        t.start();
        return new Pending(declared, loaded);
    }

    /** Rules whose declarations are known and whose KieBase is being built. */
    record Pending(List<RuleCatalog.Declared> declared, java.util.concurrent.CompletableFuture<Loaded> loaded) {
    }

    private static final String DECLARED_SUFFIX = ".rules";

    private void store(byte[] bytes, Path file) {
        store(bytes, file, dir);
    }

    private void storeDeclarations(Loaded loaded, String key) {
        try {
            store(declarations(RuleCatalog.declared(loaded.kieBase())), dir.resolve("rules-" + key + DECLARED_SUFFIX));
        } catch (IOException | RuntimeException e) {
            LOG.info("Rule declarations not cached: {}", e.toString()); // only costs start-up time
        }
    }

    /** The declarations in a small binary form: count, then per rule its package, name, source path and metadata. */
    static byte[] declarations(List<RuleCatalog.Declared> rules) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(buf)) {
            out.writeInt(rules.size());
            for (RuleCatalog.Declared r : rules) {
                out.writeUTF(r.pkg());
                out.writeUTF(r.name());
                nullable(out, r.sourcePath());
                out.writeInt(r.meta().size());
                for (java.util.Map.Entry<String, Object> e : r.meta().entrySet()) {
                    out.writeUTF(e.getKey());
                    nullable(out, e.getValue() == null ? null : e.getValue().toString());
                }
            }
        }
        return buf.toByteArray();
    }

    static List<RuleCatalog.Declared> readDeclarations(byte[] bytes) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<RuleCatalog.Declared> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String pkg = in.readUTF();
                String name = in.readUTF();
                String source = nullable(in);
                int m = in.readInt();
                java.util.Map<String, Object> meta = new java.util.LinkedHashMap<>();
                for (int j = 0; j < m; j++) {
                    meta.put(in.readUTF(), nullable(in));
                }
                out.add(new RuleCatalog.Declared(pkg, name, java.util.Collections.unmodifiableMap(meta), source));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return out;
        }
    }

    private static void nullable(java.io.DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String nullable(java.io.DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static Loaded fromJar(byte[] bytes, Path jar) throws IOException, ReflectiveOperationException {
        List<String> modelClasses = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("META-INF/kie/") && e.getName().endsWith(MODEL_FILE_SUFFIX)) {
                    for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        // the file starts with a "Drools-Model-Version:10.2.0" header; the rest are class names
                        if (!line.isBlank() && !line.contains(":")) {
                            modelClasses.add(line.strip());
                        }
                    }
                }
            }
        }
        if (modelClasses.isEmpty()) {
            throw new IOException("no drools-model entry in " + jar);
        }
        // The loader stays open for the life of the KieBase: its classes are the compiled rules.
        vn.plancheck.model.StartupTrace.mark("rules: cache jar read");
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, CompiledRuleCache.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) loader.loadClass(name).getConstructor().newInstance());
        }
        vn.plancheck.model.StartupTrace.mark("rules: models instantiated");
        return new Loaded(KieBaseBuilder.createKieBaseFromModel(models), () -> KieBaseBuilder.createKieBaseFromModel(models));
    }

}
