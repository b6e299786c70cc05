package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.rules.RuleBase;

/** "##! only": a self-test that lists every finding it expects fails on any other (a false alarm). */
class SelfTestOnlyTest {
    @Test
    void anUnlistedFindingFailsTheCaseAndAListedOneDoesNot(@TempDir Path dir) throws Exception {
        String plan = Files.readString(Path.of("rules/tests/good/xa-tan-phu-cong-tac-tre-em-2026.good.txt"))
                .replaceAll("(?m)^##!.*\\R", "");
        Path tests = Files.createDirectories(dir.resolve("tests/REF"));
        Files.writeString(tests.resolve("REF-UNKNOWN.listed.txt"), "##! only\n##! expect REF-UNKNOWN\n" + plan);
        // the same plan without the REF-UNKNOWN it gets: its REF-UNKNOWN is now an unlisted finding
        Files.writeString(tests.resolve("REF-UNKNOWN.unlisted.txt"), "##! only\n##! expect-none FORM-NUMBER-MISSING\n" + plan);
        Checker checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
        SelfTestRunner.Report report = new SelfTestRunner(checker).run(dir.resolve("tests"), "tests");
        SelfTestRunner.CaseResult listed = report.cases().stream().filter(c -> c.name().contains("listed.txt")
                && !c.name().contains("unlisted")).findFirst().orElseThrow();
        SelfTestRunner.CaseResult unlisted = report.cases().stream().filter(c -> c.name().contains("unlisted")).findFirst().orElseThrow();
        assertTrue(listed.failures().stream().noneMatch(f -> f.contains("##! only")), listed.failures().toString());
        assertFalse(unlisted.passed());
        assertEquals(1, unlisted.failures().stream().filter(f -> f.startsWith("##! only") && f.contains("REF-UNKNOWN")).count(),
                unlisted.failures().toString());
    }
}
