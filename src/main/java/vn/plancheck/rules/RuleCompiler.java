package vn.plancheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles every {@code .drl}, {@code .drl.csv} and {@code .drl.xlsx} file under a rules folder into one KieBase,
 * with the classic (mvel) engine: it compiles fastest from source and reports errors on the rule file's own lines
 * (TECH-NOTES A2, A5). Files under {@code tests/} and {@code data/} are not rules.
 */
final class RuleCompiler {
    /** Where rule files are written in the virtual KieFileSystem; error paths come back with this prefix. */
    private static final String KFS_PREFIX = "src/main/resources/rules/";
    private static final Pattern CELL_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+\\d+)");

    static {
        // Drools silently replaces a second rule with the same name unless told otherwise.
        System.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        // A rule whose consequence throws is recorded as a rule fault; the other rules go on (RuleFaultHandler).
        System.setProperty("drools.consequenceExceptionHandler", RuleFaultHandler.class.getName());
    }

    /** The compiled base (and a way to build fresh copies of it), or the errors that prevented it. */
    record Result(KieBase kieBase, java.util.function.Supplier<KieBase> fresh, List<Path> files, List<RuleError> errors) {
    }

    private RuleCompiler() {
    }

    static List<Path> ruleFiles(Path rulesDir) throws IOException {
        try (Stream<Path> s = Files.walk(rulesDir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> isRuleFile(p.getFileName().toString()))
                    .filter(p -> {
                        Path rel = rulesDir.relativize(p);
                        String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                        return !top.equals("tests") && !top.equals("data");
                    })
                    .sorted()
                    .toList();
        }
    }

    static boolean isRuleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".drl") || n.endsWith(".drl.csv") || n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls");
    }

    static Result compile(Path rulesDir, String displayPrefix) throws IOException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        List<Path> files = ruleFiles(rulesDir);
        for (Path f : files) {
            String rel = rulesDir.relativize(f).toString().replace('\\', '/');
            kfs.write(KFS_PREFIX + rel, ks.getResources().newFileSystemResource(f.toFile(), "UTF-8"));
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll();
        } catch (RuntimeException e) {
            // a malformed decision table is thrown, not reported: "[rules/x.drl.csv] … at cell B7"
            return new Result(null, null, files, List.of(thrown(e, displayPrefix)));
        }
        List<RuleError> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(toRuleError(m, rulesDir, displayPrefix));
        }
        if (!errors.isEmpty()) {
            return new Result(null, null, files, dedupe(errors));
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return new Result(container.getKieBase(), () -> container.newKieBase(ks.newKieBaseConfiguration()), files, List.of());
    }

    private static RuleError toRuleError(Message m, Path rulesDir, String displayPrefix) {
        String path = m.getPath() == null ? "" : m.getPath();
        String rel = relative(path);
        String display = rel.isEmpty() ? displayPrefix : displayPrefix + "/" + rel;
        String text = m.getText() == null ? "" : m.getText().strip().replaceAll("\\s+", " ");
        int line = Math.max(m.getLine(), 0);
        String lower = rel.toLowerCase(Locale.ROOT);
        if (!rel.isEmpty() && (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) && line > 0) {
            String cell = cellForGeneratedLine(rulesDir.resolve(rel), line);
            if (cell != null) {
                return new RuleError(display + "!" + cell, 0, DrlMessages.explain(display, 0, text, null).message());
            }
        }
        return DrlMessages.explain(display, line, text, lower.endsWith(".drl") ? readQuietly(rulesDir.resolve(rel)) : null);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Decision-table errors carry lines of the DRL generated from the sheet; the generator writes
     * "// rule values at B10" before each rule, so the nearest such comment names the cell to fix.
     */
    static String cellForGeneratedLine(Path table, int line) {
        try (InputStream in = Files.newInputStream(table)) {
            InputType type = table.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
            String drl = new SpreadsheetCompiler().compile(in, type);
            String[] lines = drl.split("\n");
            String cell = null;
            for (int i = 0; i < Math.min(line, lines.length); i++) {
                Matcher mm = CELL_COMMENT.matcher(lines[i]);
                if (mm.find()) {
                    cell = mm.group(1);
                }
            }
            return cell;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final Pattern THROWN_FILE = Pattern.compile("\\[(?:src/main/resources/)?rules/([^\\]]+)\\]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern THROWN_CELL = Pattern.compile("(?:at cell|cell)\\s+([A-Z]+\\d+)");

    private static RuleError thrown(RuntimeException e, String displayPrefix) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage().strip().replaceAll("\\s+", " ");
        Matcher m = THROWN_FILE.matcher(msg);
        if (m.find()) {
            Matcher cell = THROWN_CELL.matcher(m.group(2));
            String where = displayPrefix + "/" + m.group(1) + (cell.find() ? "!" + cell.group(1) : "");
            return new RuleError(where, 0, m.group(2));
        }
        return new RuleError(displayPrefix, 0, msg);
    }

    /** Build messages and rule resources name files "src/main/resources/rules/x.drl" or "rules/x.drl". */
    static String relative(String path) {
        if (path.startsWith(KFS_PREFIX)) {
            return path.substring(KFS_PREFIX.length());
        }
        return path.startsWith("rules/") ? path.substring("rules/".length()) : path;
    }

    /** "rules/x.drl.csv!A10" and "rules/x.drl.csv" name the same file. */
    private static boolean sameFile(String a, String b) {
        return a.replaceFirst("!.*$", "").equals(b.replaceFirst("!.*$", ""));
    }

    /** Drools' own words in an explained message ("… (Drools: original)"). */
    private static String original(String message) {
        int i = message.indexOf("(Drools: ");
        return i < 0 ? message : message.substring(i + "(Drools: ".length(), message.length() - 1);
    }

    /** What an explained message says, without Drools' words. */
    private static String said(RuleError e) {
        int i = e.message().indexOf(" (Drools: ");
        return i < 0 ? e.message() : e.message().substring(0, i);
    }

    private static List<RuleError> dedupe(List<RuleError> errors) {
        List<RuleError> out = new ArrayList<>();
        for (RuleError e : errors) {
            if (DrlMessages.isFollowOn(original(e.message())) && out.stream().anyMatch(o -> sameFile(o.file(), e.file()))) {
                continue; // a follow-on of the error already reported for this file
            }
            // one mistake is one message: the parser may report it again further on ("thiếu dấu ngoặc kép" twice)
            if (out.stream().noneMatch(o -> o.file().equals(e.file()) && o.line() == e.line() && said(o).equals(said(e)))) {
                out.add(e);
            }
        }
        return out;
    }
}
