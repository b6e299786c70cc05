package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietTextTest {
    /** Every char the fold table covers folds as decomposing it would: base letters, upper case, no marks, đ as D. */
    @Test
    void theFoldTableAgreesWithDecomposition() {
        for (char c = 1; c < 0x2100; c++) {
            if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSurrogate(c)) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            for (char x : java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).toCharArray()) {
                if (Character.getType(x) != Character.NON_SPACING_MARK) {
                    d.append(Character.toUpperCase(x == 'đ' || x == 'Đ' ? 'D' : x));
                }
            }
            assertEquals(d.toString(), VietText.fold(String.valueOf(c)), "U+" + Integer.toHexString(c));
            boolean inTable = c < 0x250 || c >= 0x300 && c < 0x370 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2000 && c < 0x2070;
            if (inTable) {
                // a table entry is one char (or 0 for a mark alone): the decomposition's one char, or none
                assertEquals(d.length() == 0 ? "\u0000" : d.toString(), String.valueOf(VietText.foldChar(c)), "U+" + Integer.toHexString(c));
            }
        }
    }

    /** The case counts read from a table agree with Character's own answers on every char. */
    @Test
    void caseCountsAgreeWithCharacterOnEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c;
            int letters = 1 + (Character.isLetter((char) c) ? 1 : 0);
            int upper = Character.isLetter((char) c) && Character.isUpperCase((char) c) ? 1 : 0;
            assertEquals(letters, VietText.letterCount(s), Integer.toHexString(c));
            assertEquals((double) upper / letters, VietText.upperShare(s), 1e-12, Integer.toHexString(c));
        }
        assertEquals(0, VietText.upperShare("123 -"), 1e-12);
        assertTrue(VietText.mostlyUpper("KẾ HOẠCH SỐ 5", 2, 0.8));
        assertFalse(VietText.mostlyUpper("Kế hoạch", 2, 0.8));
    }

    @Test
    void foldedFirstIsTheFirstCharOfTheFold() throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "   ", "\u00A0\u00A0tháng 11", " \u0301ngày",
                "Đoàn", "한국어", "\u0301", "ﬁle", "  **Năm 2025**", "1. Mục đích"));
        for (java.nio.file.Path p : java.nio.file.Files.list(java.nio.file.Path.of("fixtures/plans")).sorted().toList()) {
            if (p.toString().endsWith(".txt")) {
                texts.addAll(java.nio.file.Files.readAllLines(p));
            }
        }
        for (String t : texts) {
            String f = VietText.fold(t);
            assertEquals(f.isEmpty() ? 0 : f.charAt(0), VietText.foldedFirst(t), t);
        }
    }


    @Test
    void toneKeyIgnoresWhereTheToneMarkSits() {
        assertEquals(VietText.toneKey("Huyện ủy"), VietText.toneKey("huyện uỷ"));
        assertEquals(VietText.toneKey("Văn hóa"), VietText.toneKey("VĂN HOÁ"));
        assertEquals("thuyR lơpJ", VietText.toneKey("Thuỷ\u00A0\t lợp"));
    }

    @Test
    void toneKeyKeepsWhatFoldingLoses() {
        assertEquals(VietText.fold("Cơ quan Ủy ban"), "CO QUAN UY BAN");
        assertTrue(VietText.fold("Cơ quan Ủy ban").contains(VietText.fold("Quận ủy")), "folded, the words run together");
        assertFalse(VietText.toneKey("Cơ quan Ủy ban").contains(VietText.toneKey("Quận ủy")));
        assertNotEquals(VietText.toneKey("Phổ biến"), VietText.toneKey("Phó biến"));
        assertEquals("sơR lao đôngJ - tb&xh", VietText.toneKey("Sở Lao động - TB&XH"));
    }

    @Test
    void diacriticsAreSeen() {
        assertTrue(VietText.hasDiacritics("Sở Y tế"));
        assertTrue(VietText.hasDiacritics("Dong Đa"));
        assertFalse(VietText.hasDiacritics("UBND huyen Yen The"));
        assertFalse(VietText.hasDiacritics(null));
    }
}
