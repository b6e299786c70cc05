package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.PlanLink;
import vn.plancheck.report.ReportSink;
import vn.plancheck.rules.RuleBase;

/**
 * Real documents that are not plans (fixtures/not-plans/not-*: decrees, decisions, official letters, reports,
 * permits, minutes, a law, resolutions, web copies; sources in SOURCES.md) and real plans beside them (plan-*:
 * plans, and a decision that issues a plan as its annex). A non-plan gets one INPUT-NOT-A-PLAN naming what it is and
 * no finding of a plan; a plan never gets it; in a batch nothing is linked to a non-plan, nor a non-plan to anything.
 * (Checked as plans, these documents got dozens of findings, and the plans were linked to the decree and the
 * decision they cite as their "parent plan".)
 */
class NotAPlanTest {
    static final Path DIR = Path.of("fixtures/not-plans");
    /** What each document is, as the finding must name it. */
    private static final Map<String, String> KIND = Map.ofEntries(
            Map.entry("not-01", "nghị định"), Map.entry("not-02", "quyết định"), Map.entry("not-03", "công văn"),
            Map.entry("not-04", "thông báo"), Map.entry("not-05", "báo cáo"), Map.entry("not-06", "giấy phép"),
            Map.entry("not-07", "tờ trình"), Map.entry("not-08", "giấy mời"), Map.entry("not-09", "biên bản"),
            Map.entry("not-10", "công văn"), Map.entry("not-11", "quyết định"), Map.entry("not-12", "hướng dẫn"),
            Map.entry("not-13", "quyết định"), Map.entry("not-14", "nghị quyết"), Map.entry("not-15", "luật"),
            Map.entry("not-16", "công văn"), Map.entry("not-17", "nghị định"), Map.entry("not-18", "nghị quyết"),
            Map.entry("not-19", "thông tư"), Map.entry("not-20", "công điện"), Map.entry("not-21", "chỉ thị"),
            Map.entry("not-22", "thông báo"));
    private static Checker checker;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    static Stream<Path> nonPlans() throws IOException {
        return files("not-");
    }

    static Stream<Path> plans() throws IOException {
        return files("plan-");
    }

    private static Stream<Path> files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @Test
    void theFolderHoldsTwentyNonPlansAndFivePlans() throws IOException {
        assertEquals(KIND.size(), nonPlans().count());
        assertTrue(plans().count() >= 5);
        String sources = Files.readString(DIR.resolve("SOURCES.md"));
        for (Path p : Stream.concat(nonPlans(), plans()).toList()) {
            assertTrue(sources.contains(p.getFileName().toString()), "no source for " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonPlans")
    void aNonPlanGetsOneFindingThatSaysWhatItIs(Path file) {
        DocumentResult r = checker.check(file, file.toString());
        assertEquals(DocumentStatus.CHECKED, r.getStatus(), "checked, not refused");
        List<Finding> notAPlan = r.getFindings().stream().filter(f -> f.getRuleId().equals(Checker.NOT_A_PLAN)).toList();
        assertEquals(1, notAPlan.size(), r.getFindings().toString());
        String kind = KIND.get(file.getFileName().toString().substring(0, 6));
        assertTrue(notAPlan.get(0).getMessage().startsWith("Văn bản này là " + kind + ", không phải kế hoạch"), notAPlan.get(0).getMessage());
        List<String> others = r.getFindings().stream().filter(f -> f.getCategory() != Category.INPUT)
                .map(f -> f.getRuleId() + ": " + f.getMessage()).toList();
        assertEquals(List.of(), others, "no finding of a plan on a " + kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aPlanIsNotCalledANonPlan(Path file) {
        DocumentResult r = checker.check(file, file.toString());
        assertEquals(DocumentStatus.CHECKED, r.getStatus());
        assertTrue(r.getFindings().stream().noneMatch(f -> f.getRuleId().equals(Checker.NOT_A_PLAN)), r.getFindings().toString());
        assertTrue(r.getFindings().stream().anyMatch(f -> f.getCategory() != Category.INPUT), "a plan is checked as one");
    }

    @Test
    void aBatchLinksNothingToANonPlan() throws IOException {
        List<Path> all = Stream.concat(nonPlans(), plans()).toList();
        BatchRunner.Outcome outcome = run(all, null);
        assertEquals(all.size(), outcome.documents());
        // plan-01 cites Nghị định 181/2024 (not-01) and plan-02 cites Quyết định 1050/QĐ-SCT (not-11) by number and
        // date; the decisions and letters cite the decree too. None of them is anybody's parent plan.
        assertEquals(List.of(), outcome.links().stream().map(l -> l.getChildFile() + " → " + l.getParentFile()).toList());
    }

    @Test
    void aNonPlanGivenAsTheParentIsRefusedAndNonPlansAreNotItsChildren() throws IOException {
        List<Path> all = Stream.concat(nonPlans(), plans()).toList();
        IOException e = assertThrows(IOException.class, () -> run(all, DIR.resolve("not-01_nghi-dinh_181-2024-vlncn.docx")));
        assertTrue(e.getMessage().contains("không phải kế hoạch") && e.getMessage().contains("nghị định"), e.getMessage());

        Path parent = DIR.resolve("plan-03_ke-hoach_mttq-hiep-thuong.docx");
        List<PlanLink> links = run(all, parent).links();
        List<String> children = links.stream().map(PlanLink::getChildFile).toList();
        assertEquals(plans().filter(p -> !p.equals(parent)).map(Path::toString).toList(), children);
    }

    private BatchRunner.Outcome run(List<Path> files, Path parent) throws IOException {
        List<DocumentResult> results = new ArrayList<>();
        ReportSink sink = ReportSink.into(results);
        BatchRunner.Outcome outcome = new BatchRunner(checker).run(new InputCollector.Inputs(files, 0),
                new BatchRunner.Options(2, parent, true, null), List.of(sink));
        for (DocumentResult r : results) {
            if (Path.of(r.getFile()).getFileName().toString().startsWith("not-")) {
                assertTrue(r.getFindings().stream().noneMatch(f -> f.getCategory() == Category.LINK), r.getFile());
            }
        }
        assertNotNull(outcome);
        return outcome;
    }
}
