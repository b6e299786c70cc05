package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.layout.Layout;
import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.pipeline.Checker;

class MatchedKindsTest {
    private static RuleBase rules;
    private static Checker checker;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleBase.load(Path.of("rules"), "rules");
        checker = new Checker(rules, "test");
    }

    @Test
    void theVerdictRulesMatchOnThePlanAndTheDocumentKinds() throws Exception {
        java.lang.reflect.Field run = RuleBase.class.getDeclaredField("run");
        run.setAccessible(true);
        assertEquals(Set.of(Plan.class, DocumentKind.class), ((RuleRun) run.get(rules)).matchedKinds(Checker.NOT_A_PLAN));
    }

    /** With only the facts its rules match on, the verdict is the one every fact gives, plans and not plans alike. */
    @Test
    void theVerdictOnFewerFactsIsTheVerdictOnAll() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("fixtures/not-plans", "fixtures/plans", "fixtures/layouts")) {
            try (var s = Files.walk(Path.of(dir))) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|docx|doc|pdf|html?)$")).forEach(files::add);
            }
        }
        int notPlans = 0;
        for (Path p : files) {
            SourceText all;
            try {
                all = Layout.apply(DocumentReaders.read(p, p.toString()));
            } catch (Exception e) {
                continue;
            }
            for (Plan plan : List.of(checker.parse(all), checker.parseHeaderAndCitations(all))) {
                List<Finding> every = rules.evaluate(plan, Checker.NOT_A_PLAN::equals);
                List<Finding> fewer = rules.evaluateRule(plan, Checker.NOT_A_PLAN);
                assertEquals(every.toString(), fewer.toString(), p.toString());
                notPlans += every.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(notPlans >= 10, "the fixtures hold documents that are not plans: " + notPlans);
    }
}
