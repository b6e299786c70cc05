package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.SelfTestRunner;

/** Runs every self-test under rules/tests, exactly as {@code plancheck rules test} does, one JUnit test per case. */
class RuleSelfTest {
    @TestFactory
    Stream<DynamicTest> selfTestsClassicEngine() throws Exception {
        return run(RuleBase.load(Path.of("rules"), "rules"));
    }

    /** The compiled-rules cache uses the executable model; the rules must behave the same there. */
    @TestFactory
    Stream<DynamicTest> selfTestsCompiledCache(@org.junit.jupiter.api.io.TempDir Path cache) throws Exception {
        RuleBase.load(Path.of("rules"), "rules", cache, "test"); // miss: builds and stores
        try (Stream<Path> s = java.nio.file.Files.list(cache)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".jar")), "cache written");
        }
        return run(RuleBase.load(Path.of("rules"), "rules", cache, "test")); // hit: loads the compiled jar
    }

    private static Stream<DynamicTest> run(RuleBase base) throws Exception {
        SelfTestRunner.Report report = new SelfTestRunner(new Checker(base, "test")).run(Path.of("rules/tests"), "rules/tests");
        assertTrue(report.cases().size() > 20, "expected the shipped self-tests");
        return report.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTrue(c.passed(), c.name() + ":\n  " + String.join("\n  ", c.failures()))));
    }
}
