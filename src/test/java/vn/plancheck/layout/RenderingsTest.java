package vn.plancheck.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancheck.model.Citation;
import vn.plancheck.model.Keys;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Section;
import vn.plancheck.parse.PlanParser;
import vn.plancheck.parse.Parsers;

/**
 * Every file in fixtures/layouts is one of our own clean plans rendered as plans really arrive (a crawled web
 * page, the same amid web-page chrome, {@code pdftotext -layout} of the signed PDF, Word's plain-text export,
 * invisible characters; see fixtures/README.md, section "layouts/", and fixtures/tools/make-layout-fixtures.py).
 * Whatever the rendering, the parser must read the same facts as from the clean file: this compares each
 * rendering with what the parser reads from {@code fixtures/plans/<plan>.txt}, not with a hand-written copy.
 * A second test checks that the clean reading is itself right, against {@code fixtures/expected}, so a failure
 * here is about layout, not about the parser's reading of clean text.
 */
class RenderingsTest {
    static final Path LAYOUTS = Path.of("fixtures", "layouts");
    static final Path PLANS = Path.of("fixtures", "plans");
    static final Path EXPECTED = Path.of("fixtures", "expected");
    /** The renderings the generator writes for every chosen plan. */
    static final List<String> RENDERINGS = List.of("web", "web-clutter", "layout", "tabs", "invisible");

    private static final PlanParser PARSER = Parsers.standard();
    private static final Map<String, Plan> CLEAN = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyRenderingReadsLikeItsCleanPlan() throws IOException {
        List<Path> files = renderings();
        assertTrue(files.size() >= 20, "at least four plans in five renderings under " + LAYOUTS);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> cleanPlansReadAsExpected() throws IOException {
        TreeSet<String> plans = new TreeSet<>();
        for (Path f : renderings()) {
            plans.add(plan(f));
        }
        return plans.stream().map(name -> DynamicTest.dynamicTest(name + " (clean)", () -> checkExpected(name)));
    }

    /** The generator's output is complete: each plan in every rendering, and each file named after a plan. */
    @Test
    void everyPlanHasEveryRendering() throws IOException {
        Map<String, TreeSet<String>> byPlan = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : renderings()) {
            String plan = plan(f);
            String rendering = rendering(f);
            if (!Files.isRegularFile(PLANS.resolve(plan + ".txt"))) {
                problems.add(f.getFileName() + ": no clean plan fixtures/plans/" + plan + ".txt");
            }
            if (!RENDERINGS.contains(rendering)) {
                problems.add(f.getFileName() + ": unknown rendering '" + rendering + "'");
            }
            byPlan.computeIfAbsent(plan, k -> new TreeSet<>()).add(rendering);
        }
        byPlan.forEach((plan, have) -> {
            if (!have.containsAll(RENDERINGS)) {
                problems.add(plan + ": has " + have + ", expected " + RENDERINGS);
            }
        });
        assertTrue(byPlan.size() >= 4, "at least four plans rendered, found " + byPlan.keySet());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Path file) {
        String plan = plan(file);
        String rendering = rendering(file);
        Map<String, String> clean = LayoutFacts.of(clean(plan));
        Map<String, String> read = LayoutFacts.of(PARSER.parse(LayoutFacts.read(file)));
        List<String> diffs = LayoutFacts.diff(clean, read, rendering);
        assertTrue(diffs.isEmpty(), file.getFileName() + " — facts of the " + rendering + " rendering differ from "
                + plan + ".txt:\n  " + String.join("\n  ", diffs));
    }

    /** The clean plan's facts against the hand-written fixtures/expected file (when there is one). */
    private static void checkExpected(String name) throws IOException {
        Path expectedFile = EXPECTED.resolve(name + ".facts.json");
        if (!Files.isRegularFile(expectedFile)) {
            return; // nothing stated by hand for this plan
        }
        JsonNode e = new ObjectMapper().readTree(expectedFile.toFile());
        Plan p = clean(name);
        List<String> diffs = new ArrayList<>();
        same(diffs, "number", text(e, "number"), p.getNumber());
        same(diffs, "symbol", fold(text(e, "symbol")), fold(p.getSymbol()));
        same(diffs, "issueDate", text(e, "issueDate"), p.getIssueDate() == null ? null : p.getIssueDate().toString());
        same(diffs, "issuer", fold(text(e, "issuer")), fold(p.getIssuer()));
        same(diffs, "title", fold(text(e, "title")), fold(p.getTitle()));
        same(diffs, "nationalOrPartyHeader", true, p.isNationalHeader() || p.isPartyHeader());
        same(diffs, "partyHeader", "PARTY".equals(text(e, "system")), p.isPartyHeader());
        List<String> kinds = new ArrayList<>();
        e.path("topSections").forEach(k -> kinds.add(k.asText()));
        same(diffs, "topSections", kinds, p.getTopSections().stream().map(Section::getKind).toList());
        JsonNode sig = e.path("signature");
        same(diffs, "signature.authority", fold(text(sig, "authority")),
                p.getSignature() == null ? null : fold(p.getSignature().getAuthority()));
        same(diffs, "signature.position", fold(text(sig, "position")),
                p.getSignature() == null ? null : fold(p.getSignature().getPosition()));
        same(diffs, "signature.name", fold(text(sig, "name")), p.getSignature() == null ? null : fold(p.getSignature().getName()));
        same(diffs, "recipientCount", e.path("recipientCount").asInt(),
                (int) p.getRecipients().stream().filter(x -> !x.isStorage()).count());
        List<String> deadlines = new ArrayList<>();
        e.path("deadlines").forEach(d -> deadlines.add(d.path("kind").asText() + " "
                + (d.path("date").isNull() ? "-" : d.path("date").asText())));
        same(diffs, "deadlines", deadlines.stream().sorted().toList(), p.getDeadlines().stream()
                .map(d -> d.getKind() + " " + (d.getDate() == null ? "-" : d.getDate().toString())).sorted().toList());
        Map<String, String> cites = new LinkedHashMap<>();
        e.path("citations").forEach(c -> cites.put(Keys.of(c.path("numberSymbol").asText()),
                c.path("date").isNull() ? "-" : c.path("date").asText()));
        Map<String, String> read = new LinkedHashMap<>();
        for (Citation c : p.getCitations()) {
            if (c.getNumberSymbol() != null) {
                String date = c.getDate() == null ? "-" : c.getDate().toString();
                read.merge(c.getKey(), date, (a, b) -> a.equals("-") ? b : a);
            }
        }
        same(diffs, "citations", cites, read);
        assertTrue(diffs.isEmpty(), name + ".txt (clean) does not read as fixtures/expected states — a parser problem, "
                + "not a layout one:\n  " + String.join("\n  ", diffs));
    }

    static Plan clean(String plan) {
        return CLEAN.computeIfAbsent(plan, k -> PARSER.parse(LayoutFacts.read(PLANS.resolve(k + ".txt"))));
    }

    static List<Path> renderings() throws IOException {
        try (Stream<Path> s = Files.list(LAYOUTS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** "own-01-….web-clutter.txt" → "own-01-…". */
    static String plan(Path file) {
        String n = file.getFileName().toString();
        n = n.substring(0, n.length() - ".txt".length());
        return n.substring(0, n.lastIndexOf('.'));
    }

    /** "own-01-….web-clutter.txt" → "web-clutter". */
    static String rendering(Path file) {
        String n = file.getFileName().toString();
        n = n.substring(0, n.length() - ".txt".length());
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static void same(List<String> diffs, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diffs.add(what + ": expected " + expected + " but read " + actual);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** As FixtureFactsTest compares hand-written facts: case, diacritics and punctuation aside. */
    private static String fold(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toUpperCase().replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
