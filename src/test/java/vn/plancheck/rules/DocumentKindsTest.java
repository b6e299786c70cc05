package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.DocumentKind;
import vn.plancheck.model.Plan;
import vn.plancheck.text.DocumentTypes;

/** rules/data/document-kinds.csv against what the parser recognises, and how the table is read. */
class DocumentKindsTest {
    private static List<DocumentKind> kinds;

    @BeforeAll
    static void load() throws Exception {
        kinds = RuleBase.load(Path.of("rules"), "rules").referenceData().facts().stream()
                .filter(DocumentKind.class::isInstance).map(DocumentKind.class::cast).toList();
    }

    @Test
    void everyTypeLineOfTheTableIsOneTheParserFinds() {
        assertTrue(kinds.size() >= 17, "the kinds of the issue at least: " + kinds);
        for (DocumentKind k : kinds) {
            if (k.getTypeLine() == null) {
                continue;
            }
            DocumentTypes.Match m = DocumentTypes.match(k.getTypeLine());
            assertNotNull(m, "type line not recognised by DocumentTypes.ALL: " + k.getTypeLine());
            assertEquals(k.getTypeKey(), m.key(), k.getTypeLine());
        }
        assertEquals(1, kinds.stream().filter(DocumentKind::isPlan).count(), "only the Kế hoạch is a plan");
        assertEquals(List.of("công văn"), kinds.stream().filter(DocumentKind::isVvLine).map(DocumentKind::getKind).toList());
    }

    @Test
    void typeLinesAsTheyAreWritten() {
        assertEquals("QUYET DINH", DocumentTypes.match("QUYẾT ĐỊNH").key());
        assertEquals("KE HOACH", DocumentTypes.match("KE HO~CH").key(), "OCR");
        assertEquals("BIEN BAN", DocumentTypes.match("BIÊN BẢN KIỂM TRA THỰC TẾ").key(), "type and title on one line");
        DocumentTypes.Match glued = DocumentTypes.match("NGHỊ ĐỊNHVề hợp đồng thực hiện nhiệm vụ của công chức");
        assertEquals("NGHI DINH", glued.key(), "a web copy glues the title to the type");
        assertEquals("NGHỊ ĐỊNH".length(), glued.end());
        assertEquals("THONG TU LIEN TICH", DocumentTypes.match("THÔNG TƯ LIÊN TỊCH").key(), "the longer phrase wins");
        assertNull(DocumentTypes.match("LUẬN"), "short phrases only as written");
        assertNull(DocumentTypes.match("Quyết định"), "a type line is in capitals");
        assertNull(DocumentTypes.match("ĐƠN VỊ CHỦ TRÌ"));
        assertNull(DocumentTypes.match("UBND TỈNH LÀO CAI"));
    }

    @Test
    void theKindCodeIsTheHeadOfTheSymbol() {
        Plan p = new Plan();
        assertNull(p.getSymbolKindCode());
        p.setSymbol("QĐ-UBND");
        assertEquals("QĐ", p.getSymbolKindCode());
        p.setSymbol("2017/NĐ-CP");
        assertEquals("NĐ", p.getSymbolKindCode(), "the year of a legal document's number comes first");
        p.setSymbol("KH/HU");
        assertEquals("KH", p.getSymbolKindCode(), "party: 225-KH/HU");
        p.setSymbol("UBND-VX");
        assertEquals("UBND", p.getSymbolKindCode(), "an official letter's symbol starts with its issuer");
        p.setSymbol("CTR-UBND");
        assertTrue(kinds.stream().anyMatch(k -> k.getSymbolCodes().contains(p.getSymbolKindCode()) && k.getKind().equals("chương trình")),
                "“CTr” as written in the table meets the symbol the parser puts in capitals");
        assertFalse(kinds.stream().anyMatch(k -> k.getSymbolCodes().contains("UBND")));
    }

    @Test
    void columnsAreReadByNameAndClashesAreErrors(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/document-kinds.csv"), "# thứ tự cột khác\n"
                + "is_plan,kind,symbol_codes,type_line,vv_line\n"
                + "no,quyết định,QĐ,QUYẾT ĐỊNH,\n"
                + "yes,kế hoạch,KH,KẾ HOẠCH,\n");
        List<RuleError> errors = new java.util.ArrayList<>();
        List<DocumentKind> read = ReferenceData.load(dir.resolve("data"), "rules/data", errors).facts().stream()
                .map(DocumentKind.class::cast).toList();
        assertEquals(List.of(), errors);
        assertEquals("quyết định", read.get(0).getKind());
        assertFalse(read.get(0).isPlan());
        assertTrue(read.get(1).isPlan());

        Files.writeString(dir.resolve("data/document-kinds.csv"), "kind,type_line,symbol_codes,is_plan,vv_line\n"
                + "quyết định,QUYẾT ĐỊNH,QĐ,no,\n"
                + "quy định,QUY ĐỊNH,QĐ,no,\n"
                + "báo cáo,BÁO CÁO,BC,maybe,\n");
        errors.clear();
        ReferenceData.load(dir.resolve("data"), "rules/data", errors);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).toString().contains("QĐ") && errors.get(0).toString().contains("3"), errors.toString());
        assertTrue(errors.get(1).toString().contains("is_plan"), errors.toString());

        Files.writeString(dir.resolve("data/document-kinds.csv"), "kind,type_line,is_plan\nquyết định,QUYẾT ĐỊNH,no\n");
        errors.clear();
        ReferenceData.load(dir.resolve("data"), "rules/data", errors);
        assertTrue(errors.get(0).toString().contains("symbol_codes"), "a missing column is named: " + errors);
    }
}
