package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.RuleInfo;

/** Rules about rules: metadata complete, IDs unique and in the right file, broken files located by file and line. */
class RuleMetadataTest {
    private static final String HEADER = "package plancheck.rules;\nimport vn.plancheck.model.*;\n"
            + "global vn.plancheck.rules.FindingCollector findings;\n";

    /** What a reviewer cannot cite: the program's own files and notes, or "practice". */
    private static final java.util.List<String> NOT_CITABLE = java.util.List.of("DOMAIN", ".csv", "rules/", "data/", "§",
            "TECH-NOTES", "DESIGN", "TODO", "thực tiễn", "Thực tiễn", "plancheck");
    /** Every basis names a document: a legal document, a guidance, the parent plan. */
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile(
            "Nghị định|Thông tư|Luật|Nghị quyết|Quyết định|Hướng dẫn|hướng dẫn|Quy định|Chỉ thị|Công văn|Kế hoạch|Văn bản");

    /**
     * "Căn cứ pháp lý" in the workbook names documents a reviewer can cite (document, article, clause), for every rule
     * and every variant of it (a variant's basis is the one its findings carry), and for the program's own INPUT rules.
     */
    @Test
    void everyBasisNamesACitableDocument() throws Exception {
        java.util.List<String> bases = new java.util.ArrayList<>();
        java.util.regex.Pattern basis = java.util.regex.Pattern.compile("@basis\\(\"([^\"]*)\"\\)");
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".drl")).toList()) {
                java.util.regex.Matcher m = basis.matcher(Files.readString(f));
                while (m.find()) {
                    bases.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        for (RuleInfo r : RuleBase.load(Path.of("rules"), "rules").catalog()) {
            bases.add(r.getId() + ": " + r.getBasis());
        }
        assertTrue(bases.size() > 50, bases.toString());
        for (String b : bases) {
            for (String word : NOT_CITABLE) {
                assertFalse(b.substring(b.indexOf(": ") + 2).contains(word), "“" + word + "” in " + b);
            }
            assertTrue(DOCUMENT.matcher(b).find(), "no document named: " + b);
        }
    }

    @Test
    void shippedCatalogIsCompleteAndEachRuleSitsInItsCategoryFile() throws Exception {
        RuleBase base = RuleBase.load(Path.of("rules"), "rules");
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : base.catalog()) {
            assertTrue(ids.add(r.getId()), "duplicate id " + r.getId());
            assertTrue(r.getId().startsWith(r.getCategory().name() + "-"), r.getId());
            assertFalse(r.getTitle() == null || r.getTitle().isBlank(), r.getId());
            assertFalse(r.getBasis() == null || r.getBasis().isBlank(), r.getId());
            if (!r.getSource().equals("chương trình")) {
                assertEquals("rules/" + r.getCategory().name().toLowerCase(Locale.ROOT) + ".drl", r.getSource(), r.getId());
            }
        }
        assertTrue(ids.containsAll(Set.of("FORM-NUMBER-MISSING", "FORM-DATE-MISSING", "FORM-DATE-LEADING-ZERO",
                "FORM-NATIONAL-HEADER-MISSING", "FORM-PARTY-HEADER-MISSING", "FORM-ISSUER-MISSING", "FORM-SYMBOL-TYPE",
                "FORM-SIGNATURE-MISSING", "FORM-SIGNATURE-AUTHORITY", "FORM-RECIPIENTS-MISSING", "STRUCT-SECTION-MISSING",
                "STRUCT-NUMBERING", "INPUT-UNREADABLE")), ids.toString());
    }

    @Test
    void syntaxErrorIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        write(dir.resolve("form.drl"), HEADER + "rule \"FORM-X-Y\" @id(\"FORM-X-Y\")\nwhen\n  $p : Plan( number == null \nthen\nend\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals("rules/form.drl", e.errors().get(0).file());
        // the ")" is missing on line 6; Drools stumbles on "then" at line 7
        assertEquals(6, e.errors().get(0).line());
        assertTrue(e.getMessage().startsWith("rules/form.drl:6: thiếu dấu “)”"), e.getMessage());
    }

    @Test
    void unknownPropertyIsReportedOnItsLine(@TempDir Path dir) throws IOException {
        write(dir.resolve("form.drl"), HEADER + "rule \"FORM-X-Y\" @id(\"FORM-X-Y\") @category(\"FORM\") @severity(\"ERROR\")"
                + " @title(\"t\") @basis(\"b\")\nwhen\n  $p : Plan( numbr == null )\nthen\n  findings.report(drools, 0, null, \"m\");\nend\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertEquals("rules/form.drl", e.errors().get(0).file());
        assertEquals(6, e.errors().get(0).line(), e.getMessage());
    }

    @Test
    void missingMetadataAndDuplicateIdsAreRejected(@TempDir Path dir) throws IOException {
        String rule = "rule \"FORM-X-Y\" @id(\"FORM-X-Y\") @category(\"FORM\") @severity(\"ERROR\") @title(\"t\") @basis(\"b\")\n"
                + "when\n  Plan()\nthen\nend\n";
        write(dir.resolve("a.drl"), HEADER.replace("package plancheck.rules", "package pa") + rule);
        write(dir.resolve("b.drl"), HEADER.replace("package plancheck.rules", "package pb") + rule
                + "rule \"FORM-Z\" @id(\"FORM-Z\") @category(\"FORM\") @severity(\"LOI\")\nwhen\n  Plan()\nthen\nend\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        String all = e.getMessage();
        assertTrue(all.contains("trùng"), all);
        assertTrue(all.contains("thiếu @basis"), all);
        assertTrue(all.contains("@severity(\"LOI\") không hợp lệ"), all);
        assertTrue(all.contains("rules/b.drl:9:"), all);
    }

    @Test
    void sameRuleNameTwiceInOnePackageIsAnErrorNotASilentReplacement(@TempDir Path dir) throws IOException {
        String rule = "rule \"FORM-X-Y\" @id(\"FORM-X-Y\") @category(\"FORM\") @severity(\"ERROR\") @title(\"t\") @basis(\"b\")\n"
                + "when\n  Plan()\nthen\nend\n";
        write(dir.resolve("a.drl"), HEADER + rule);
        write(dir.resolve("b.drl"), HEADER + rule);
        assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
    }

    @Test
    void badDataRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        write(dir.resolve("data/required-sections.csv"), "# comment\nprofile,section,label\nCHILD_ACTION_MONTH,PURPOSE,x\nCHILD_ACTION_MONTH,nope!,y\n");
        write(dir.resolve("form.drl"), HEADER);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertTrue(e.getMessage().startsWith("rules/data/required-sections.csv:4: cột section"), e.getMessage());
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static final String TABLE = "RuleSet,plancheck.rules\nImport,vn.plancheck.model.*\n"
            + "Variables,vn.plancheck.rules.FindingCollector findings\n,\nRuleTable CONTENT-THEME-BANNED\n"
            + "NAME,METADATA,METADATA,METADATA,METADATA,METADATA,CONDITION,ACTION\n,,,,,,$p : Plan,\n"
            + ",\"id(\"\"$param\"\")\",\"category(\"\"$param\"\")\",\"severity(\"\"$param\"\")\",\"title(\"\"$param\"\")\","
            + "\"basis(\"\"$param\"\")\",\"theme OP \"\"$param\"\"\","
            + "\"findings.report(drools, $p.getThemeLine(), $p.getTheme(), \"\"Chủ đề $param không được dùng.\"\");\"\n"
            + "Tên,Mã,Nhóm,Mức,Mô tả,Căn cứ,Chủ đề,Hành động\n"
            + "CONTENT-THEME-BANNED,CONTENT-THEME-BANNED,CONTENT,WARNING,Chủ đề bị cấm,Ví dụ,Chung tay vì trẻ em,x\n";

    @Test
    void decisionTablesLoadAsRulesWithMetadata(@TempDir Path dir) throws Exception {
        write(dir.resolve("content.drl.csv"), TABLE.replace("OP", "=="));
        RuleBase base = RuleBase.load(dir, "rules");
        RuleInfo r = base.catalog().stream().filter(x -> x.getId().equals("CONTENT-THEME-BANNED")).findFirst().orElseThrow();
        assertEquals("Chủ đề bị cấm", r.getTitle());
        assertEquals("rules/content.drl.csv", r.getSource());
    }

    @Test
    void decisionTableErrorsNameTheCell(@TempDir Path dir) throws IOException {
        write(dir.resolve("content.drl.csv"), TABLE.replace("OP", "==="));
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals("rules/content.drl.csv!A10", e.errors().get(0).file(), e.getMessage());
    }

    @Test
    void aMalformedDecisionTableIsAnErrorNotACrash(@TempDir Path dir) throws IOException {
        // the snippets written into the row meant for the pattern ("$p : Plan"): Drools throws rather than reports
        write(dir.resolve("content.drl.csv"), TABLE.replace("OP", "==").replace(",,,,,,$p : Plan,\n", ""));
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertTrue(e.errors().get(0).file().startsWith("rules/content.drl.csv"), e.getMessage());
    }
}
