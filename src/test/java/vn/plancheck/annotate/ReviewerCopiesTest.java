package vn.plancheck.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.report.ReportSink;
import vn.plancheck.rules.RuleBase;

/**
 * The reviewer's copies of the fixtures' Word and PDF files, read back with POI and PDFBox: one comment or highlight
 * per finding, each on the words the finding quotes, the original untouched, a signed PDF's signed bytes kept.
 */
class ReviewerCopiesTest {
    private static Checker checker;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    static Stream<Path> wordFiles() throws IOException {
        return files("docx", "fixtures/plans", "fixtures/real-plans", "fixtures/not-plans");
    }

    static Stream<Path> pdfFiles() throws IOException {
        return files("pdf", "fixtures/plans", "fixtures/layouts");
    }

    private static Stream<Path> files(String extension, String... dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> s = Files.list(Path.of(d))) {
                s.filter(p -> p.getFileName().toString().endsWith("." + extension)).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    /** Checks {@code file}, writes its copy into {@code dir} and returns the result and what was written. */
    private static Made annotate(Path file, Path dir) throws IOException {
        byte[] before = Files.readAllBytes(file);
        DocumentResult result = checker.check(file, file.toString());
        ReviewerCopies copies = new ReviewerCopies(dir, "test");
        try (ReportSink sink = copies) {
            sink.add(result);
            sink.finish(new ReportSink.RunTotals(0));
        }
        assertEquals(sha256(before), sha256(Files.readAllBytes(file)), "the original is never changed: " + file);
        assertEquals(1, copies.written().size());
        return new Made(result, copies.written().get(0));
    }

    private record Made(DocumentResult result, ReviewerCopies.Written written) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordFiles")
    void wordCopyHasOneCommentPerFindingOnTheQuotedWords(Path file, @TempDir Path dir) throws IOException {
        Made made = annotate(file, dir);
        Path copy = made.written().copy();
        assertEquals(ReviewerCopies.Kind.DOCX, made.written().kind(), String.valueOf(made.written().remark()));
        assertTrue(copy.getFileName().toString().endsWith(".plancheck.docx"), copy.toString());
        List<Finding> findings = made.result().getFindings();
        List<Copies.Comment> comments = Copies.comments(copy);
        assertEquals(findings.size(), comments.size(), "one comment per finding");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Copies.Comment c = comments.get(i);
            assertEquals("plancheck", c.author());
            assertTrue(c.text().startsWith("[" + f.getSeverity().label() + "] " + f.getRuleId() + " — "), c.text());
            if (f.getBasis() != null) {
                assertTrue(c.text().contains(" Căn cứ: "), c.text());
            }
            assertNotNull(c.anchored(), "comment " + c.id() + " has a range in the text");
            assertTrue(onQuote(c.original(), f.getQuote()), f.getRuleId() + ": comment on “" + c.original()
                    + "”, quote “" + f.getQuote() + "”");
        }
        assertEquals(findings.size(), made.written().onWords(), "every quote found in " + file);
        assertPrefixesDeclared(copy);
        assertCommentsAndRevisionsConsistent(copy);
    }

    /**
     * The words under a comment or highlight are the quote: all of it, or without the list label Word draws
     * ("I.", "1.", "-"), or its beginning when the quote was cut short with "…".
     */
    static boolean onQuote(String anchored, String quote) {
        String a = Copies.norm(anchored);
        String q = Copies.norm(quote);
        if (a == null || q == null || a.isEmpty()) {
            return false;
        }
        if (q.endsWith("…")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return a.equals(q) || q.endsWith(" " + a) && q.length() - a.length() <= 7;
    }

    @Test
    void theWrongSymbolOfACitedDocumentIsATrackedChangeToTheRegistrysOne(@TempDir Path dir) throws IOException {
        Made made = annotate(Path.of("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.docx"), dir);
        List<Copies.Change> changes = Copies.changes(made.written().copy());
        assertEquals(List.of(new Copies.Change("982/LĐTBXH-CTE", "982/BLĐTBXH-CTE", "plancheck")), changes);
        assertEquals(1, made.written().changes());
        // the comment still covers the whole citation, now with the corrected symbol
        Copies.Comment c = Copies.comments(made.written().copy()).stream()
                .filter(x -> x.text().contains("REF-SYMBOL-MISMATCH")).findFirst().orElseThrow();
        assertTrue(c.anchored().startsWith("Công văn số 982/BLĐTBXH-CTE ngày 12/3/2024"), c.anchored());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfFiles")
    void pdfCopyHasOneHighlightPerFindingOnTheQuotedWords(Path file, @TempDir Path dir) throws IOException {
        Made made = annotate(file, dir);
        Path copy = made.written().copy();
        assertEquals(ReviewerCopies.Kind.PDF, made.written().kind(), String.valueOf(made.written().remark()));
        List<Finding> findings = made.result().getFindings();
        List<Copies.Mark> marks = Copies.marks(copy).stream().filter(m -> "plancheck".equals(m.title())).toList();
        assertEquals(findings.size(), marks.size(), "one highlight or note per finding");
        List<String> notes = new ArrayList<>(marks.stream().map(Copies.Mark::contents).toList());
        for (Finding f : findings) {
            Copies.Mark m = marks.stream().filter(x -> x.contents().startsWith("[" + f.getSeverity().label() + "] "
                    + f.getRuleId() + " — ") && x.covered() != null && onQuote(x.covered(), f.getQuote())).findFirst().orElse(null);
            assertNotNull(m, f.getRuleId() + ": no highlight on “" + f.getQuote() + "” among " + marks);
            assertEquals("Highlight", m.subtype());
            if (f.getLocation() != null && f.getLocation().page() != null) {
                assertEquals(f.getLocation().page().intValue(), m.page(), "on the finding's page");
            }
            notes.remove(m.contents());
        }
        assertEquals(findings.size(), made.written().onWords());
        // the original's bytes come first, untouched: the annotations are an incremental update
        byte[] original = Files.readAllBytes(file);
        byte[] annotated = Files.readAllBytes(copy);
        assertTrue(annotated.length > original.length);
        assertArrayEquals(original, java.util.Arrays.copyOf(annotated, original.length));
    }

    @Test
    void aSignedPdfKeepsWhatItsSignaturesCover(@TempDir Path dir) throws IOException {
        Path signed = Path.of("fixtures/layouts/ubnd-phuong-2rows-signed.pdf");
        Made made = annotate(signed, dir);
        List<byte[]> before = signedContents(signed);
        List<byte[]> after = signedContents(made.written().copy());
        assertEquals(2, before.size(), "the fixture carries two signatures");
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "signature " + (i + 1) + " covers the same bytes");
        }
    }

    @Test
    void aCertifiedPdfThatForbidsAnnotationsGetsTheHtmlReportSayingWhy(@TempDir Path dir) throws IOException {
        Path certified = dir.resolve("chung-thuc.pdf");
        try (PDDocument doc = Loader.loadPDF(Path.of("fixtures/layouts/ubnd-phuong-2rows.pdf").toFile())) {
            org.apache.pdfbox.cos.COSDictionary params = new org.apache.pdfbox.cos.COSDictionary();
            params.setInt(org.apache.pdfbox.cos.COSName.P, 1);
            org.apache.pdfbox.cos.COSDictionary reference = new org.apache.pdfbox.cos.COSDictionary();
            reference.setName("TransformMethod", "DocMDP");
            reference.setItem("TransformParams", params);
            org.apache.pdfbox.cos.COSArray references = new org.apache.pdfbox.cos.COSArray();
            references.add(reference);
            org.apache.pdfbox.cos.COSDictionary signature = new org.apache.pdfbox.cos.COSDictionary();
            signature.setItem("Reference", references);
            org.apache.pdfbox.cos.COSDictionary perms = new org.apache.pdfbox.cos.COSDictionary();
            perms.setItem(org.apache.pdfbox.cos.COSName.DOCMDP, signature);
            doc.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.PERMS, perms);
            doc.save(certified.toFile());
        }
        Made made = annotate(certified, dir.resolve("out"));
        assertEquals(ReviewerCopies.Kind.HTML, made.written().kind());
        assertTrue(made.written().remark().contains("không cho phép thêm ghi chú (mức quyền P=1)"), made.written().remark());
        assertTrue(Files.readString(made.written().copy()).contains("P=1"));
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(1, s.count(), "no PDF copy left behind");
        }
    }

    private static List<byte[]> signedContents(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                out.add(s.getSignedContent(bytes));
            }
        }
        return out;
    }

    /** Word asks to repair a part whose mc:Ignorable names a prefix the part does not declare. */
    private static void assertPrefixesDeclared(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (String part : List.of("word/document.xml", "word/comments.xml")) {
                String xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("mc:Ignorable=\"([^\"]*)\"").matcher(xml);
                if (m.find()) {
                    for (String prefix : m.group(1).trim().split("\\s+")) {
                        assertTrue(xml.contains("xmlns:" + prefix + "="), part + " declares " + prefix);
                    }
                }
            }
        }
    }

    /**
     * What makes Word repair a file rather than open it: a comment without its range or reference (or the reverse),
     * two revisions with one id, visible text ({@code w:t}) inside a deletion, a comments part not declared.
     */
    static void assertCommentsAndRevisionsConsistent(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String body = entry(zip, "word/document.xml");
            String comments = entry(zip, "word/comments.xml");
            java.util.Set<String> ids = ids(comments, "w:comment");
            assertEquals(ids, ids(body, "w:commentRangeStart"), "a range start for every comment");
            assertEquals(ids, ids(body, "w:commentRangeEnd"), "a range end for every comment");
            assertEquals(ids, ids(body, "w:commentReference"), "a reference for every comment");
            List<String> revisions = new ArrayList<>();
            Matcher r = Pattern.compile("<w:(?:ins|del)\\b[^>]*\\bw:id=\"(\\d+)\"").matcher(body);
            while (r.find()) {
                revisions.add(r.group(1));
            }
            assertEquals(revisions.size(), new java.util.HashSet<>(revisions).size(), "revision ids are unique");
            Matcher del = Pattern.compile("<w:del\\b.*?</w:del>", Pattern.DOTALL).matcher(body);
            while (del.find()) {
                assertFalse(Pattern.compile("<w:t[ >]").matcher(del.group()).find(), "deleted runs hold w:delText: " + del.group());
            }
            assertTrue(entry(zip, "[Content_Types].xml").contains("wordprocessingml.comments+xml"));
            assertTrue(entry(zip, "word/_rels/document.xml.rels").contains("comments.xml"));
        }
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static java.util.Set<String> ids(String xml, String element) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bw:id=\"(\\d+)\"").matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void otherInputsGetTheHtmlReport(@TempDir Path dir) throws IOException {
        Made made = annotate(Path.of("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.doc"), dir);
        assertEquals(ReviewerCopies.Kind.HTML, made.written().kind());
        assertEquals("seed3-ubnd-laichau-thang-hanh-dong-2024.plancheck.html", made.written().copy().getFileName().toString());
        String html = Files.readString(made.written().copy());
        assertTrue(html.contains("Phải sửa"), html);
        assertFalse(made.result().getFindings().isEmpty());
    }
}
