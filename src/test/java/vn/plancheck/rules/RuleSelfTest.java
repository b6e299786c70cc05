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
    Stream<DynamicTest> selfTests() throws Exception {
        RuleBase base = RuleBase.load(Path.of("rules"), "rules");
        SelfTestRunner.Report report = new SelfTestRunner(new Checker(base, "test")).run(Path.of("rules/tests"), "rules/tests");
        assertTrue(report.cases().size() > 20, "expected the shipped self-tests");
        return report.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTrue(c.passed(), c.name() + ":\n  " + String.join("\n  ", c.failures()))));
    }
}
