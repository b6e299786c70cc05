package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietTextTest {

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
