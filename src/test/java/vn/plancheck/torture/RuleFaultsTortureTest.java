package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.InputCollector;
import vn.plancheck.pipeline.Outcome;
import vn.plancheck.report.JsonReportWriter;
import vn.plancheck.report.ReportSink;
import vn.plancheck.rules.RuleBase;

/**
 * A rule that throws is a fault of the rule, not of the document: it becomes one RULE-FAULT finding naming the rule
 * and where it is written, every other rule still runs on the plan, and the run exits with 2. Before, any throwing
 * rule made the document "Không đọc được" (INPUT-UNREADABLE, exit 3) and dropped all its findings.
 */
class RuleFaultsTortureTest {
    private static final String FAULTY = Torture.DRL_HEADER
            // an eval that throws (lazy, evaluated with the rule's joins)
            + Torture.rule("CONTENT-TEST-EVAL", "$p : Plan( )\n    eval( 1 / ($p.getLineCount() - $p.getLineCount()) > 0 )",
                    "findings.report(drools, 0, null, \"không tới được\");")
            // a constraint that throws (evaluated as the plan is inserted)
            + Torture.rule("CONTENT-TEST-CONSTRAINT", "$p : Plan( symbol.substring(99) != null )",
                    "findings.report(drools, 0, null, \"không tới được\");")
            // a consequence that throws
            + Torture.rule("CONTENT-TEST-THEN", "$p : Plan( )",
                    "findings.report(drools, 0, null, \"x\" + (1 / ($p.getLineCount() * 0)));");

    private static Checker faulty;
    private static Path rulesDir;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        // the formalities and input rules with the faulty ones: a third of the rules, compiled in a third of the time
        rulesDir = Torture.rulesWith(dir.resolve("rules"), List.of("form", "input"), "zz-thu.drl", FAULTY);
        faulty = new Checker(RuleBase.load(rulesDir, "rules"), "test");
    }

    private static Set<String> ids(List<Finding> findings, boolean ruleFaults) {
        return findings.stream().filter(f -> (f.getCategory() == Category.RULE) == ruleFaults)
                .filter(f -> ruleFaults || f.getCategory() == Category.FORM || f.getCategory() == Category.INPUT)
                .map(f -> f.getRuleId() + "@" + f.getLine()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void eachThrowingRuleIsNamedWithItsFileAndTheOtherRulesStillRun() throws Exception {
        String text = Torture.plan("xa-tan-phu-cong-tac-tre-em-2026.good.txt").replace("Số: 15/KH-UBND", "Số: /KH-UBND");
        DocumentResult expected = Torture.checker().checkText(SourceText.ofString("kh.txt", text));
        DocumentResult r = faulty.checkText(SourceText.ofString("kh.txt", text));

        assertEquals(DocumentStatus.CHECKED, r.getStatus());
        assertEquals(ids(expected.getFindings(), false), ids(r.getFindings(), false), "the plan's own findings are all there");
        assertTrue(ids(r.getFindings(), false).contains("FORM-NUMBER-MISSING@3"), r.getFindings().toString());
        List<Finding> faults = r.getFindings().stream().filter(f -> f.getCategory() == Category.RULE).toList();
        assertEquals(3, faults.size(), faults.toString());
        String drl = Files.readString(rulesDir.resolve("zz-thu.drl"), StandardCharsets.UTF_8);
        for (String id : List.of("CONTENT-TEST-EVAL", "CONTENT-TEST-CONSTRAINT", "CONTENT-TEST-THEN")) {
            int line = drl.substring(0, drl.indexOf("rule \"" + id + "\"")).split("\n", -1).length;
            Finding f = faults.stream().filter(x -> x.getMessage().contains(id)).findFirst().orElseThrow(() -> new AssertionError(id));
            assertEquals("RULE-FAULT", f.getRuleId());
            assertEquals(Severity.ERROR, f.getSeverity());
            assertTrue(f.getMessage().contains("rules/zz-thu.drl, dòng " + line), f.getMessage());
            assertTrue(f.getMessage().contains("lỗi quy tắc, không phải lỗi văn bản"), f.getMessage());
        }
        assertTrue(faults.stream().anyMatch(f -> f.getMessage().contains("ArithmeticException")), faults.toString());
        // the document is judged on its own findings: the blank number is an error of the plan, the rules' faults are not
        assertEquals(expected.getVerdict(), r.getVerdict());
    }

    @Test
    void aRuleFaultEndsTheRunWithExitCode2AndIsInTheReport(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("kh.txt");
        Files.writeString(plan, Torture.goodPlan(), StandardCharsets.UTF_8);
        Path json = dir.resolve("r.json");
        BatchRunner.Outcome outcome;
        try (ReportSink sink = new JsonReportWriter().open(json, "test")) {
            outcome = new BatchRunner(faulty).run(new InputCollector.Inputs(List.of(plan), 0),
                    new BatchRunner.Options(1, null, false, null), List.of(sink));
        }
        assertEquals(1, outcome.ruleFaults());
        assertEquals(2, Outcome.exitCode(outcome, null), "a rule to fix, whatever --fail-on says");
        JsonNode doc = new ObjectMapper().readTree(json.toFile()).path("documents").get(0);
        assertEquals("CHECKED", doc.path("status").asText());
        long ruleFindings = 0;
        for (JsonNode f : doc.path("findings")) {
            ruleFindings += f.path("category").asText().equals("RULE") ? 1 : 0;
        }
        assertEquals(3, ruleFindings, doc.path("findings").toString());
    }

    @Test
    void aRuleThatThrowsFailsItsSelfTestsInsteadOfPassingQuietly(@TempDir Path dir) throws Exception {
        Path tests = dir.resolve("tests");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("CONTENT-TEST-THEN.good.txt"), "##! expect-none CONTENT-TEST-THEN\n" + Torture.goodPlan());
        vn.plancheck.pipeline.SelfTestRunner.Report report = new vn.plancheck.pipeline.SelfTestRunner(faulty).run(tests, "tests");
        vn.plancheck.pipeline.SelfTestRunner.CaseResult c = report.cases().stream()
                .filter(x -> x.name().endsWith("CONTENT-TEST-THEN.good.txt")).findFirst().orElseThrow();
        assertFalse(c.passed());
        assertTrue(c.failures().stream().anyMatch(f -> f.startsWith("RULE-FAULT") && f.contains("CONTENT-TEST-THEN")), c.failures().toString());
    }
}
