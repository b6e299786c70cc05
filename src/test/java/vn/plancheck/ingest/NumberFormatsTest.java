package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {
    @ParameterizedTest
    @CsvSource({
        "1, upperroman, I", "4, upperroman, IV", "9, upperroman, IX", "14, upperroman, XIV", "1994, upperroman, MCMXCIV",
        "3, lowerroman, iii", "1, lowerletter, a", "26, upperletter, Z", "27, lowerletter, aa", "28, upperletter, BB",
        "7, decimal, 7", "7, decimalzero, 07", "12, decimalzero, 12", "5, ordinal, 5", "0, upperroman, 0"})
    void formats(int n, String fmt, String expected) {
        assertEquals(expected, NumberFormats.format(n, fmt));
    }
}
