package vn.plancheck.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.plancheck.rules.RuleBase;
import vn.plancheck.rules.RuleError;
import vn.plancheck.rules.RuleFileException;

/**
 * Rule files an official can fix: an empty rules folder is an error for every command (it used to check nothing and
 * exit 0); a decision table saved as .ods is refused with what to do (it used to be ignored); a DRL mistake is
 * explained in Vietnamese first, Drools' words after, on the line to fix (a missing ")" was reported a line late).
 */
class RuleFilesTortureTest {
    private static final String META = " @id(\"FORM-X-Y\") @category(\"FORM\") @severity(\"ERROR\") @title(\"t\") @basis(\"b\")";

    @Test
    void anEmptyRulesFolderIsAnErrorForCheckValidateAndTest(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path plan = dir.resolve("kh.txt");
        Files.writeString(plan, Torture.goodPlan());
        Path xlsx = dir.resolve("kq.xlsx");
        for (String[] args : new String[][] {
            {"check", "--rules", rules.toString(), "-o", xlsx.toString(), plan.toString()},
            {"rules", "validate", "--rules", rules.toString()},
            {"rules", "test", "--rules", rules.toString()},
        }) {
            Torture.Run r = Torture.cli(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.all());
            assertTrue(r.err().contains("không có tệp quy tắc nào"), r.all());
        }
        assertFalse(Files.exists(xlsx), "nothing is checked");
    }

    @Test
    void ruleFilesWithoutAnyRuleAreAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("form.drl"), Torture.DRL_HEADER + "// chưa có quy tắc nào\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertTrue(e.getMessage().contains("không có quy tắc nào"), e.getMessage());
    }

    @Test
    void aDecisionTableSavedAsOdsOrNamedWithoutDrlIsRefusedNotIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("form.drl"), Torture.DRL_HEADER + "rule \"FORM-X-Y\"" + META + "\nwhen\n  Plan()\nthen\nend\n");
        Files.write(dir.resolve("chu-de.drl.ods"), new byte[] {0x50, 0x4b, 3, 4});
        Files.write(dir.resolve("bang.xlsx"), new byte[] {0x50, 0x4b, 3, 4});
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        RuleError ods = e.errors().stream().filter(x -> x.file().equals("rules/chu-de.drl.ods")).findFirst().orElseThrow();
        assertTrue(ods.message().contains(".ods") && ods.message().contains("chu-de.drl.xlsx"), ods.message());
        RuleError xlsx = e.errors().stream().filter(x -> x.file().equals("rules/bang.xlsx")).findFirst().orElseThrow();
        assertTrue(xlsx.message().contains("bang.drl.xlsx"), xlsx.message());
    }

    /** Each mistake: the rule's "when" and "then" as written, the line to fix, and the start of the explanation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "thiếu ngoặc đóng  |  $p : Plan( number == null \\n                  | findings.report(drools, 0, null, \"m\"); | 6 | thiếu dấu “)”",
        "thiếu ngoặc, 2 dòng|  $p : Plan( number == null,\\n   draft == false \\n  Signature()\\n | findings.report(drools, 0, null, \"m\"); | 7 | thiếu dấu “)” đóng ngoặc (mở ở dòng 6)",
        "sai loại dữ kiện   |  $p : Plann( number == null )\\n              | findings.report(drools, 0, null, \"m\"); | 6 | không có loại dữ kiện “Plann” (có phải là “Plan”?)",
        "sai thuộc tính     |  $p : Plan( numbr == null )\\n               | findings.report(drools, 0, null, \"m\"); | 6 | dữ kiện Plan không có thuộc tính “numbr” (có phải là “number”?)",
        "thiếu ngoặc kép    |  $p : Plan( number == null )\\n               | findings.report(drools, 0, null, \"m); | 8 | thiếu dấu ngoặc kép",
        "sai tên hàm        |  $p : Plan( number == null )\\n               | findings.reportt(drools, 0, null, \"m\"); | 4 | trong phần then: FindingCollector không có hàm “reportt”",
        "thiếu chấm phẩy    |  $p : Plan( number == null )\\n               | findings.report(drools, 0, null, \"m\") | 4 | trong phần then: thiếu dấu chấm phẩy",
    })
    void aDrlMistakeIsExplainedInVietnameseOnTheLineToFix(String name, String when, String then, int line, String start,
                                                         @TempDir Path dir) throws IOException {
        String drl = Torture.DRL_HEADER.strip() + "\nrule \"FORM-X-Y\"" + META + "\nwhen\n" + when.replace("\\n", "\n").stripTrailing()
                + "\nthen\n  " + then + "\nend\n";
        Files.writeString(dir.resolve("form.drl"), drl, StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        RuleError first = e.errors().get(0);
        assertEquals(line, first.line(), drl + "\n" + e.getMessage());
        assertTrue(first.message().startsWith(start), e.getMessage());
        assertTrue(first.message().contains("(Drools: "), "Drools' own words follow: " + first.message());
    }

    @Test
    void aMisspelledKeywordIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("form.drl"), Torture.DRL_HEADER + "rule \"FORM-X-Y\"" + META
                + "\nwhne\n  Plan()\nthen\nend\n");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(dir, "rules"));
        assertTrue(e.getMessage().contains("từ khóa “whne” viết sai; có phải là “when”?"), e.getMessage());
    }
}
