package vn.plancheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.model.Citation;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Keys;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Section;
import vn.plancheck.rules.RuleBase;

/**
 * The hand-written facts in fixtures/expected (what a careful reader states about each of our own plans) against
 * what plancheck reads, and every deliberate mistake of those plans against the findings. One test per plan.
 */
class FixtureFactsTest {
    private static Checker checker;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    @TestFactory
    Stream<DynamicTest> everyOwnFixture() throws IOException {
        List<Path> expected;
        try (Stream<Path> s = Files.list(Path.of("fixtures/expected"))) {
            expected = s.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList();
        }
        assertTrue(expected.size() >= 12, "at least twelve own fixtures");
        return expected.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path factsFile) throws Exception {
        JsonNode e = new ObjectMapper().readTree(factsFile.toFile());
        Path plan = Path.of("fixtures/plans", e.path("file").asText());
        DocumentResult r = checker.checkText(DocumentReaders.read(plan, plan.toString()));
        Plan p = r.getPlan();
        List<String> diffs = new ArrayList<>();
        same(diffs, "number", text(e, "number"), p.getNumber());
        same(diffs, "symbol", fold(text(e, "symbol")), fold(p.getSymbol()));
        same(diffs, "issueDate", text(e, "issueDate"), str(p.getIssueDate()));
        same(diffs, "draft", e.path("draft").asBoolean(), p.isDraft());
        same(diffs, "type", text(e, "type"), p.getProfile());
        same(diffs, "system", text(e, "system"), p.getSystem().name());
        same(diffs, "year", e.path("year").isNull() ? null : e.path("year").asInt(), p.getYear());
        same(diffs, "issuer", fold(text(e, "issuer")), fold(p.getIssuer()));
        same(diffs, "theme", fold(text(e, "theme")), fold(p.getTheme()));
        JsonNode period = e.path("period");
        same(diffs, "period", period.isNull() ? null : period.path("start").asText() + ".." + period.path("end").asText(),
                p.getPeriodStart() == null ? null : p.getPeriodStart() + ".." + p.getPeriodEnd());
        List<String> kinds = new ArrayList<>();
        e.path("topSections").forEach(k -> kinds.add(k.asText()));
        same(diffs, "topSections", kinds, p.getTopSections().stream().map(Section::getKind).toList());
        same(diffs, "citations", expectedCitations(e), actualCitations(p));
        List<String> deadlines = new ArrayList<>();
        e.path("deadlines").forEach(d -> deadlines.add(d.path("kind").asText() + " " + (d.path("date").isNull() ? "-" : d.path("date").asText())));
        same(diffs, "deadlines", sorted(deadlines), sorted(p.getDeadlines().stream()
                .map(d -> d.getKind() + " " + (d.getDate() == null ? "-" : d.getDate().toString())).toList()));
        JsonNode sig = e.path("signature");
        same(diffs, "signature.name", fold(text(sig, "name")), p.getSignature() == null ? null : fold(p.getSignature().getName()));
        same(diffs, "signature.authority", fold(text(sig, "authority")), p.getSignature() == null ? null : fold(p.getSignature().getAuthority()));
        same(diffs, "signature.position", fold(text(sig, "position")), p.getSignature() == null ? null : fold(p.getSignature().getPosition()));
        same(diffs, "recipients", e.path("recipientCount").asInt(), (int) p.getRecipients().stream().filter(x -> !x.isStorage()).count());
        Set<String> fired = r.getFindings().stream().map(Finding::getRuleId).collect(Collectors.toSet());
        for (JsonNode m : e.path("mistakes")) {
            if (!fired.contains(m.path("rule").asText())) {
                diffs.add("mistake not found: " + m.path("rule").asText() + " (" + m.path("what").asText() + ")");
            }
        }
        assertTrue(diffs.isEmpty(), e.path("file").asText() + ":\n  " + String.join("\n  ", diffs));
    }

    /** Each cited document once, with the first date any of its mentions gives. */
    private static Map<String, String> actualCitations(Plan p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Citation c : p.getCitations()) {
            if (c.getNumberSymbol() != null) {
                String date = c.getDate() == null ? null : c.getDate().toString();
                out.merge(c.getKey(), date == null ? "-" : date, (a, b) -> a.equals("-") ? b : a);
            }
        }
        return out;
    }

    private static Map<String, String> expectedCitations(JsonNode e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : e.path("citations")) {
            out.put(Keys.of(c.path("numberSymbol").asText()), c.path("date").isNull() ? "-" : c.path("date").asText());
        }
        return out;
    }

    private static void same(List<String> diffs, String what, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            diffs.add(what + ": expected " + expected + " but read " + actual);
        }
    }

    private static List<String> sorted(List<String> xs) {
        return xs.stream().sorted().toList();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Facts of OCR'd plans are compared as the reader states them: case, diacritics and punctuation aside. */
    private static String fold(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toUpperCase().replaceAll("[^A-Z0-9]+", " ").strip();
    }

}
