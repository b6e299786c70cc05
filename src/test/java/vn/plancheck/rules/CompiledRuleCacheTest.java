package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.RuleInfo;

/** The cache keeps the rules' declarations, so a hit knows its catalog before its KieBase is built. */
class CompiledRuleCacheTest {
    @Test
    void aHitGivesTheCatalogOfTheClassicBuildFromTheKeptDeclarations(@TempDir Path cache) throws Exception {
        List<RuleInfo> classic = RuleBase.load(Path.of("rules"), "rules").catalog();
        RuleBase.load(Path.of("rules"), "rules", cache, "test"); // miss: builds and stores the jar and the declarations
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().endsWith(".rules")), "declarations kept");
        }
        RuleBase hit = RuleBase.load(Path.of("rules"), "rules", cache, "test");
        assertEquals(describe(classic), describe(hit.catalog()));
        assertTrue(classic.size() > 40);
    }

    private static List<String> describe(List<RuleInfo> catalog) {
        return catalog.stream().map(r -> String.join(" | ", r.getId(), r.getCategory().name(), r.getSeverity().name(),
                r.getTitle(), String.valueOf(r.getBasis()), r.getSource())).toList();
    }

    @Test
    void declarationsRoundTrip() throws Exception {
        List<RuleCatalog.Declared> rules = List.of(
                new RuleCatalog.Declared("p", "A (biến thể)", java.util.Map.of("id", "A", "basis", "Điều 8"), null),
                new RuleCatalog.Declared("p", "B", java.util.Map.of(), "src/main/resources/rules/x.drl"));
        List<RuleCatalog.Declared> back = CompiledRuleCache.readDeclarations(CompiledRuleCache.declarations(rules));
        assertEquals(rules, back);
    }

    @Test
    void onlyTheMostRecentlyUsedRuleSetsAreKept(@TempDir Path cache) throws Exception {
        for (int i = 0; i < 20; i++) {
            Path jar = Files.writeString(cache.resolve("rules-k" + i + ".jar"), "x");
            Files.writeString(cache.resolve("rules-k" + i + ".rules"), "x");
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        // k0 is the oldest by its time, but was just used
        Files.setLastModifiedTime(cache.resolve("rules-k0.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Files.writeString(cache.resolve("notes.txt"), "not the cache's");

        CompiledRuleCache.prune(cache, 16);

        try (Stream<Path> s = Files.list(cache)) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(16 * 2 + 1, left.size(), left.toString());
            assertTrue(left.contains("rules-k0.jar") && left.contains("rules-k0.rules"), "the rule set used last is kept");
            assertTrue(left.contains("rules-k19.jar") && left.contains("rules-k19.rules"));
            for (int gone = 1; gone <= 4; gone++) {
                assertTrue(!left.contains("rules-k" + gone + ".jar") && !left.contains("rules-k" + gone + ".rules"), left.toString());
            }
            assertTrue(left.contains("notes.txt"), "other files are left alone");
        }
    }
}
