package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.DocumentLimits;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.pipeline.BatchRunner;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.InputCollector;
import vn.plancheck.report.ReportSink;
import vn.plancheck.rules.RuleBase;

/**
 * Limits per document: a rule that loops is stopped by the cap on firings, named, and the other rules run again
 * without it; a rule stage that runs out of
 * time is stopped, the findings so far kept; a document whose reading or parsing runs out of time gets one finding
 * that says so and which stage, and the batch goes on. Before, a looping rule ran the batch out of memory with no
 * workbook, no JSON, and neither rule nor document named.
 */
class LimitsTortureTest {
    /** A rule that updates the plan it matches (no no-loop), and an innocent rule that matches the plan again each time. */
    private static final String LOOPING = Torture.DRL_HEADER
            + Torture.rule("CONTENT-TEST-LOOP", "$p : Plan( )", "update($p);")
            + Torture.rule("CONTENT-TEST-AGAIN", "$p : Plan( )", "findings.report(drools, 0, null, \"lại\");")
                    .replace("@basis(\"Thử nghiệm\")", "@basis(\"Thử nghiệm\") salience 10"); // fires first, as often
    private static final String SLOW = Torture.DRL_HEADER
            + Torture.rule("CONTENT-TEST-SLOW", "$p : Plan( )", "try { Thread.sleep(20); } catch (InterruptedException e) { }\n    update($p);");

    private static RuleBase looping;
    private static RuleBase slow;

    /** A rules folder of the data and the one file: compiles in a fraction of the full rules' time. */
    private static Path rulesOnly(Path dir, String name, String drl) throws Exception {
        Path rules = Files.createDirectories(dir);
        Path data = Files.createDirectories(rules.resolve("data"));
        try (var s = Files.list(Path.of("rules/data"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.copy(p, data.resolve(p.getFileName().toString()));
            }
        }
        Files.writeString(rules.resolve(name), drl, StandardCharsets.UTF_8);
        return rules;
    }

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        looping = RuleBase.load(rulesOnly(dir.resolve("a"), "loop.drl", LOOPING), "rules");
        slow = RuleBase.load(rulesOnly(dir.resolve("b"), "slow.drl", SLOW), "rules");
    }

    @Test
    void aLoopingRuleIsStoppedAndNamed() throws Exception {
        Checker checker = new Checker(looping, "test", new DocumentLimits(Duration.ofSeconds(60), 400));
        DocumentResult r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> checker.checkText(SourceText.ofString("kh.txt", Torture.goodPlan())));
        Finding loop = r.getFindings().stream().filter(f -> f.getRuleId().equals("RULE-LOOP")).findFirst()
                .orElseThrow(() -> new AssertionError(r.getFindings().toString()));
        // the rule that changes the plan is named, not the one that only matches it again as often
        assertTrue(loop.getMessage().startsWith("Quy tắc CONTENT-TEST-LOOP (rules/loop.drl, dòng "), loop.getMessage());
        assertTrue(loop.getMessage().contains("quá 400 lần"), loop.getMessage());
        // the loop kept the other rules from firing but once each time: they run again without it, once
        assertEquals(1, r.getFindings().stream().filter(f -> f.getRuleId().equals("CONTENT-TEST-AGAIN")).count(), r.getFindings().toString());
        assertEquals(DocumentStatus.CHECKED, r.getStatus());
    }

    @Test
    void rulesThatRunOutOfTimeAreStoppedAndTheRuleNamed(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("kh.txt");
        Files.writeString(plan, Torture.goodPlan(), StandardCharsets.UTF_8);
        Checker checker = new Checker(slow, "test", new DocumentLimits(Duration.ofMillis(1500), 1_000_000));
        DocumentResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> checker.check(plan, "kh.txt"));
        Finding f = r.getFindings().stream().filter(x -> x.getRuleId().equals("RULE-TIME-LIMIT")).findFirst()
                .orElseThrow(() -> new AssertionError(r.getFindings().toString()));
        assertTrue(f.getMessage().contains("1,5 giây") && f.getMessage().contains("CONTENT-TEST-SLOW (rules/slow.drl, dòng "),
                f.getMessage());
    }

    /** A document too big for its time gets one finding naming the stage; the next one is checked all the same. */
    @Test
    void aDocumentOutOfTimeIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        StringBuilder huge = new StringBuilder(Torture.goodPlan());
        String body = Torture.line(1 << 20, 3, "gửi trước ngày D", "Sở Tư pháp,", "năm 2026", "báo cáo UBND huyện");
        for (int i = 0; i < 16; i++) {     // 16 MB: several seconds of work however fast the reading gets
            huge.append(body).append('\n');
        }
        Path big = dir.resolve("a-lon.txt");
        Files.writeString(big, huge, StandardCharsets.UTF_8);
        Path good = dir.resolve("b-tot.txt");
        Files.writeString(good, Torture.goodPlan(), StandardCharsets.UTF_8);
        Checker checker = new Checker(Torture.shippedRules(), "test", new DocumentLimits(Duration.ofSeconds(1), 5000));
        List<DocumentResult> results = new ArrayList<>();
        ReportSink collect = ReportSink.into(results);
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> new BatchRunner(checker).run(
                new InputCollector.Inputs(List.of(big, good), 0), new BatchRunner.Options(1, null, false, null), List.of(collect)));
        assertEquals(2, results.size());
        DocumentResult timedOut = results.get(0);
        assertEquals(DocumentStatus.UNREADABLE, timedOut.getStatus());
        assertEquals("INPUT-TIME-LIMIT", timedOut.getFindings().get(0).getRuleId());
        assertTrue(timedOut.getError().contains("quá giới hạn thời gian 1 giây") && timedOut.getError().contains(" ở bước "),
                timedOut.getError());
        assertEquals(DocumentStatus.CHECKED, results.get(1).getStatus(), "the batch goes on");
    }
}
