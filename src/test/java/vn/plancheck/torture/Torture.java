package vn.plancheck.torture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import vn.plancheck.cli.PlancheckCli;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.rules.RuleBase;
import vn.plancheck.rules.RuleFileException;

/**
 * Shared by the torture tests: the shipped rules compiled once for all of them, a copy of the rules folder with
 * extra rule files, generated text, and the command line run in-process. Large inputs are generated at test time
 * in a temporary folder, never committed.
 */
final class Torture {
    private static RuleBase shipped;

    private Torture() {
    }

    /** The shipped rules, compiled once per test JVM (about a second). */
    static synchronized RuleBase shippedRules() throws RuleFileException {
        if (shipped == null) {
            shipped = RuleBase.load(Path.of("rules"), "rules");
        }
        return shipped;
    }

    static Checker checker() throws RuleFileException {
        return new Checker(shippedRules(), "test");
    }

    /** A self-test plan without its "##!" lines, as an official would save it. */
    static String plan(String name) throws IOException {
        return String.join("\n", Files.readAllLines(Path.of("rules/tests/good", name)).stream()
                .filter(l -> !l.startsWith("##!")).toList()) + "\n";
    }

    /** The good plan every torture test starts from. */
    static String goodPlan() throws IOException {
        return plan("xa-tan-phu-cong-tac-tre-em-2026.good.txt");
    }

    /**
     * The shipped data and the rule files of {@code categories} (e.g. "form", "input"; none: all of them), not the
     * self-tests, with {@code extra} files added (name → content). Fewer rule files compile faster.
     */
    static Path rulesWith(Path to, List<String> categories, String... extra) throws IOException {
        vn.plancheck.rules.RulesCopy.into(to, name -> !name.endsWith(".drl") || categories.isEmpty()
                || categories.contains(name.substring(0, name.length() - 4)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            Files.writeString(to.resolve(extra[i]), extra[i + 1], StandardCharsets.UTF_8);
        }
        return to;
    }

    /** The head of a rule file. */
    static final String DRL_HEADER = "package plancheck.rules;\nimport vn.plancheck.model.*;\n"
            + "global vn.plancheck.rules.FindingCollector findings;\n\n";

    /** A rule of the category CONTENT with {@code when} and {@code then} as given. */
    static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n    @id(\"" + id + "\") @category(\"CONTENT\") @severity(\"WARNING\")\n"
                + "    @title(\"Quy tắc thử\") @basis(\"Thử nghiệm\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n\n";
    }

    /** One line of {@code chars} chars made of {@code pieces} picked at random ("D" becomes a date). */
    static String line(int chars, long seed, String... pieces) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 100);
        while (b.length() < chars) {
            String p = pieces[r.nextInt(pieces.length)];
            b.append(p.replace("D", (1 + r.nextInt(28)) + "/" + (1 + r.nextInt(12)) + "/2026")).append(' ');
        }
        return b.toString();
    }

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** The command line in this JVM. */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlancheckCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The files of a folder, hidden ones included, by name. */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
