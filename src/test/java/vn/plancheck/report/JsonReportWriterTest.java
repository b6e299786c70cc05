package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode writeSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(TestRuns.sample(), out);
        return mapper.readTree(out.toByteArray());
    }

    @Test
    void fieldNamesAreExactlyThoseOfTheContract() throws IOException {
        JsonNode root = writeSample();
        assertEquals(List.of("tool", "documents", "summary"), names(root));
        assertEquals(List.of("name", "version"), names(root.get("tool")));
        JsonNode doc = root.get("documents").get(0);
        assertEquals(List.of("file", "status", "verdict", "error", "plan", "sections", "citations", "deadlines", "units",
                "recipients", "signature", "findings"), names(doc));
        assertEquals(List.of("type", "profileName", "system", "issuer", "numberSymbol", "number", "symbol", "place", "issueDate",
                "year", "draft", "title", "theme", "period", "slogans"), names(doc.get("plan")));
        assertEquals(List.of("start", "end"), names(doc.get("plan").get("period")));
        assertEquals(List.of("number", "title", "kind", "line", "level"), names(doc.get("sections").get(0)));
        assertEquals(List.of("docType", "numberSymbol", "date", "issuer", "line", "text", "basis", "dateText"),
                names(doc.get("citations").get(0)));
        assertEquals(List.of("date", "kind", "recipient", "line", "text"), names(doc.get("deadlines").get(0)));
        assertEquals(List.of("name", "role", "line"), names(doc.get("units").get(0)));
        assertEquals(List.of("authority", "position", "name"), names(doc.get("signature")));
        assertEquals(List.of("ruleId", "category", "severity", "message", "line", "evidence", "basis", "location", "quote",
                "decision", "new"), names(doc.get("findings").get(0)));
        // the contract's fields first; new fields after them
        assertEquals(List.of("documents", "checked", "unreadable", "errors", "warnings", "infos", "dismissed", "new",
                "skippedFiles", "plans", "sameDocumentFiles", "skipped", "interrupted"), names(root.get("summary")));
    }

    @Test
    void decisionsAndBaselineAreWrittenWithEachFindingAndCounted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportSink sink = new JsonReportWriter().open(out, "t", true)) {
            for (vn.plancheck.model.DocumentResult d : TestRuns.decided().getDocuments()) {
                sink.add(d);
            }
            sink.finish(new ReportSink.RunTotals(0));
        }
        JsonNode root = mapper.readTree(out.toByteArray());
        JsonNode doc = root.at("/documents/0");
        assertEquals("REVISE", doc.path("verdict").asText(), "the dismissed error does not count");
        JsonNode dissolved = null;
        for (JsonNode f : doc.path("findings")) {
            if (f.path("ruleId").asText().equals("UNIT-DISSOLVED")) {
                dissolved = f;
            }
        }
        assertEquals(List.of("status", "reason", "by", "date"), names(dissolved.get("decision")));
        assertEquals("IGNORED", dissolved.at("/decision/status").asText());
        assertEquals(TestRuns.DISMISS_REASON, dissolved.at("/decision/reason").asText());
        assertEquals("Lan", dissolved.at("/decision/by").asText());
        assertEquals("2024-03-01", dissolved.at("/decision/date").asText());
        assertFalse(dissolved.get("new").asBoolean());
        assertTrue(doc.at("/findings/0/decision").isNull(), "the hotline: no decision");
        assertTrue(doc.at("/findings/0/new").asBoolean());
        assertEquals(1, root.at("/summary/errors").asInt(), "only the draft's");
        assertEquals(1, root.at("/summary/dismissed").asInt());
        assertEquals(3, root.at("/summary/new").asInt());

        JsonNode plain = writeSample();
        assertTrue(plain.at("/documents/0/findings/0/new").isNull(), "no baseline: not known");
        assertTrue(plain.at("/summary/new").isNull());
        assertEquals(0, plain.at("/summary/dismissed").asInt());
    }

    @Test
    void valuesAreIsoDatesEnumsAndVietnameseText() throws IOException {
        JsonNode root = writeSample();
        assertEquals("plancheck", root.at("/tool/name").asText());
        assertEquals("0.1.0-test", root.at("/tool/version").asText());
        JsonNode doc = root.get("documents").get(0);
        assertEquals(TestRuns.FILE_1, doc.get("file").asText());
        assertEquals("CHECKED", doc.get("status").asText());
        assertTrue(doc.get("error").isNull());
        JsonNode plan = doc.get("plan");
        assertEquals("CHILD_ACTION_MONTH", plan.get("type").asText());
        assertEquals("STATE", plan.get("system").asText());
        assertEquals(TestRuns.ISSUER_1, plan.get("issuer").asText());
        assertEquals("29/KH-UBND", plan.get("numberSymbol").asText());
        assertEquals("2024-02-16", plan.get("issueDate").asText());
        assertEquals(2024, plan.get("year").asInt());
        assertFalse(plan.get("draft").asBoolean());
        assertEquals("2024-06-01", plan.at("/period/start").asText());
        assertEquals("2024-06-30", plan.at("/period/end").asText());

        assertEquals(3, doc.get("sections").size()); // all levels, in order
        assertEquals("PURPOSE", doc.at("/sections/0/kind").asText());
        assertEquals(2, doc.at("/sections/1/level").asInt());
        assertEquals(25, doc.at("/sections/2/line").asInt());
        assertEquals("2024-02-07", doc.at("/citations/0/date").asText());
        assertTrue(doc.at("/citations/0/basis").asBoolean());
        assertTrue(doc.at("/citations/1/date").isNull());
        assertTrue(doc.at("/citations/1/numberSymbol").isNull());
        assertEquals("2024-07-20", doc.at("/deadlines/0/date").asText());
        assertEquals("PERIODIC", doc.at("/deadlines/1/kind").asText());
        assertTrue(doc.at("/deadlines/1/date").isNull());
        assertEquals("LEAD", doc.at("/units/0/role").asText());
        assertEquals("Bộ Lao động – TBXH (b/c);", doc.at("/recipients/0").asText());
        assertEquals("KT. CHỦ TỊCH", doc.at("/signature/authority").asText());
        assertEquals("Tổng Thanh Hải", doc.at("/signature/name").asText());

        // Findings sorted by line; line 0 (whole document) is absent, so null.
        JsonNode findings = doc.get("findings");
        assertEquals("CONTENT-HOTLINE-MISSING", findings.at("/0/ruleId").asText());
        assertTrue(findings.at("/0/line").isNull());
        assertTrue(findings.at("/0/evidence").isNull());
        assertEquals("UNIT", findings.at("/1/category").asText());
        assertEquals("ERROR", findings.at("/1/severity").asText());
        assertEquals(TestRuns.DISSOLVED, findings.at("/1/message").asText());
        assertEquals(67, findings.at("/1/line").asInt());
    }

    private JsonNode writeLocated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(TestRuns.located(), out);
        return mapper.readTree(out.toByteArray());
    }

    /** The six location keys, in order, with their values ("null" for JSON null). */
    private static List<String> location(JsonNode finding) {
        JsonNode where = finding.get("location");
        List<String> values = new ArrayList<>();
        where.fieldNames().forEachRemaining(name -> values.add(name + "=" + where.get(name)));
        return values;
    }

    @Test
    void aPdfFindingGivesPageAndLineOnThePage() throws IOException {
        JsonNode f = writeLocated().at("/documents/0/findings/0");
        assertEquals("FORM-NUMBER-MISSING", f.get("ruleId").asText());
        assertEquals(List.of("page=1", "paragraph=null", "table=null", "row=null", "cell=null", "line=6"), location(f));
        assertEquals("Số:      /KH-UBND", f.get("quote").asText(), "the original words, spaces and all");
        assertEquals(6, f.get("line").asInt(), "the contract's line and evidence stay");
        assertEquals("Số: /KH-UBND", f.get("evidence").asText());
    }

    @Test
    void aWordFindingGivesTheTableCellOrTheParagraph() throws IOException {
        JsonNode findings = writeLocated().at("/documents/1/findings");
        assertEquals(List.of("page=null", "paragraph=null", "table=1", "row=2", "cell=1", "line=null"),
                location(findings.get(0)));
        assertEquals("Sở Lao động – Thương binh và Xã hội", findings.get(0).get("quote").asText());
        assertEquals("Sở Lao động - Thương binh và Xã hội", findings.get(0).get("evidence").asText());
        assertEquals(List.of("page=null", "paragraph=96", "table=null", "row=null", "cell=null", "line=null"),
                location(findings.get(1)));
    }

    @Test
    void aTxtFindingGivesTheLineAndATableRowInIt() throws IOException {
        JsonNode findings = writeLocated().at("/documents/2/findings");
        assertEquals(List.of("page=null", "paragraph=null", "table=1", "row=2", "cell=1", "line=12"),
                location(findings.get(2)));
        assertEquals("Sở Lao động\tchủ trì", findings.get(2).get("quote").asText());
        assertEquals(List.of("page=null", "paragraph=null", "table=null", "row=null", "cell=null", "line=50"),
                location(findings.get(3)));
        assertEquals(50, findings.get(3).get("line").asInt());
    }

    @Test
    void aFindingWithoutAPlaceHasNullLocationAndQuote() throws IOException {
        JsonNode findings = writeLocated().at("/documents/2/findings");
        JsonNode whole = findings.get(0);
        assertEquals("CONTENT-HOTLINE-MISSING", whole.get("ruleId").asText());
        assertTrue(whole.has("location") && whole.get("location").isNull());
        assertTrue(whole.has("quote") && whole.get("quote").isNull());
        JsonNode notPlaced = findings.get(1); // has a line, but no place in the original file yet
        assertEquals(9, notPlaced.get("line").asInt());
        assertTrue(notPlaced.get("location").isNull());
        assertTrue(notPlaced.get("quote").isNull());
    }

    @Test
    void absentValuesAreNullNeverGuessed() throws IOException {
        JsonNode draft = writeSample().get("documents").get(1).get("plan");
        assertTrue(draft.get("type").isNull(), "a plan the data gives no profile has none, not a guessed one");
        assertTrue(draft.get("numberSymbol").isNull());
        assertTrue(draft.get("number").isNull());
        assertEquals("KH-UBND", draft.get("symbol").asText());
        assertTrue(draft.get("issueDate").isNull()); // the year 2025 alone is not a date
        assertTrue(draft.get("year").isNull());
        assertTrue(draft.get("draft").asBoolean());
        assertTrue(draft.get("period").isNull());
        assertTrue(draft.get("theme").isNull());
        assertTrue(writeSample().at("/documents/1/signature").isNull());
    }

    @Test
    void unreadableDocumentHasNullPlanEmptyArraysAndTheError() throws IOException {
        JsonNode root = writeSample();
        JsonNode doc = root.get("documents").get(2);
        assertEquals("UNREADABLE", doc.get("status").asText());
        assertEquals(TestRuns.SCAN_ERROR, doc.get("error").asText());
        assertTrue(doc.get("plan").isNull());
        assertTrue(doc.get("signature").isNull());
        for (String array : List.of("sections", "citations", "deadlines", "units", "recipients", "findings")) {
            assertTrue(doc.get(array).isArray() && doc.get(array).isEmpty(), array);
        }
        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("documents").asInt());
        assertEquals(2, summary.get("checked").asInt());
        assertEquals(1, summary.get("unreadable").asInt());
        assertEquals(2, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(2, summary.get("infos").asInt());
        assertEquals(2, summary.get("skippedFiles").asInt());
    }

    @Test
    void fileIsPrettyUtf8WithVietnameseUnescaped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/dir/report.json");
        new JsonReportWriter().write(TestRuns.sample(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"issuer\" : \"" + TestRuns.ISSUER_1 + "\""), "Vietnamese written as is");
        assertFalse(text.contains("\\u"), "no \\u escapes");
        assertTrue(text.contains("\n      \"file\" : "), "pretty-printed, one field per line");
        assertFalse(text.contains("\r"));
        assertEquals(mapper.readTree(text), writeSample());
    }

    @Test
    void aRunFailingMidwayDoesNotLeaveValidLookingJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalStateException.class, () -> new JsonReportWriter().write(TestRuns.failingMidway(), out));
        assertThrows(IOException.class, () -> mapper.readTree(out.toByteArray()), "truncated, not silently closed");
    }

    @Test
    void writingToAStreamLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        FilterOutputStream stdoutLike = new FilterOutputStream(sink) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonReportWriter().write(TestRuns.sample(), stdoutLike);
        assertFalse(closed[0], "System.out must stay usable after the report");
        assertTrue(sink.size() > 0, "flushed");
    }
}
