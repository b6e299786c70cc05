package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanNumeralsTest {

    @ParameterizedTest
    @CsvSource({"I,1", "ii,2", "III,3", "IV,4", "V,5", "VI,6", "IX,9", "XIV,14", "XIX,19", "XXX,30", " III ,3"})
    void parsesStrictNumerals(String s, int value) {
        assertEquals(value, RomanNumerals.parse(s));
    }

    @ParameterizedTest
    @CsvSource({"''", "IIII", "VV", "IL", "XXXI", "XL", "1", "111", "A", "IVI"})
    void rejectsNonNumeralsStrictly(String s) {
        assertEquals(-1, RomanNumerals.parse(s));
    }

    @ParameterizedTest
    @CsvSource({"111,3", "I11,3", "11,2", "Il,2", "1I,2", "1V,4", "lV,4", "V1,6", "l,1", "1,1", "|,1", "IV,4"})
    void readsOcrVariants(String s, int value) {
        assertEquals(value, RomanNumerals.parseOcr(s));
    }

    @ParameterizedTest
    @CsvSource({"1VV", "J", "T", "2", "''", "1111"})
    void rejectsUnreadableOcr(String s) {
        assertEquals(-1, RomanNumerals.parseOcr(s));
    }

    @Test
    void nullIsNotANumeral() {
        assertEquals(-1, RomanNumerals.parse(null));
        assertEquals(-1, RomanNumerals.parseOcr(null));
    }

    @Test
    void writesNumerals() {
        assertEquals("I", RomanNumerals.toRoman(1));
        assertEquals("IV", RomanNumerals.toRoman(4));
        assertEquals("XXIX", RomanNumerals.toRoman(29));
        assertEquals("MCMXCIV", RomanNumerals.toRoman(1994));
        for (int n = 1; n <= 30; n++) {
            assertEquals(n, RomanNumerals.parse(RomanNumerals.toRoman(n)));
        }
        assertThrows(IllegalArgumentException.class, () -> RomanNumerals.toRoman(0));
    }
}
