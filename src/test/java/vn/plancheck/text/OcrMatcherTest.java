package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrMatcherTest {

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, OcrMatcher.distance("", ""));
        assertEquals(6, OcrMatcher.distance("kitten", ""));
        assertEquals(3, OcrMatcher.distance("kitten", "sitting"));
        assertEquals(1, OcrMatcher.distance("NOI", "NOR"));
        assertEquals(2, OcrMatcher.distance(null, "ab"));
    }

    @Test
    void normalizeRepairsLettersInsideWords() {
        assertEquals("SO: 29 /KH-UBND", OcrMatcher.ocrNormalize("S6: 29 /KH-UBND"));
        assertEquals("TO CHUC THUC HIEN", OcrMatcher.ocrNormalize("Tổ  chức\tthực hiện"));
        assertEquals("THUC HIEN KE HOACH SO 26/KH-UBND NGAY 11/4/2024",
                OcrMatcher.ocrNormalize("Th\\IC hien K€ hoach s6 26/KH-UBND ngay 11/4/2024"));
        assertEquals("MUC OIEN, YEU CAU", OcrMatcher.ocrNormalize("Ml)C olen, YEU cAu"));
        assertEquals("TO CHUC THUC HIN", OcrMatcher.ocrNormalize("TO CH(J'C TH~j'C Hl~N"));
        assertEquals("LAO DONG", OcrMatcher.ocrNormalize("lao d(>ng"));
        assertEquals("NAM 2024", OcrMatcher.ocrNormalize("narn 2024"));
        assertEquals("QUY I- IV/2024", OcrMatcher.ocrNormalize("Quy |- 1V/2024"));
    }

    @Test
    void normalizeLeavesNumbersAlone() {
        assertEquals("NGAY 25/12/2023, 03/1.000, 96%, QUY 11-111/2024",
                OcrMatcher.ocrNormalize("ngày 25/12/2023, 03/1.000, 96%, Quý 11-111/2024"));
        assertEquals("28-CT/TW", OcrMatcher.ocrNormalize("28-CT/TW"));
        assertEquals("NAM 2016", OcrMatcher.ocrNormalize("năm 2016"));
    }

    @Test
    void similarityOnNormalizedForms() {
        assertEquals(1.0, OcrMatcher.similarity("", null));
        assertEquals(1.0, OcrMatcher.similarity("Tổ chức thực hiện", "TO CHUC THUC HIEN"));
        assertTrue(OcrMatcher.similarity("NOr DUNG", "NỘI DUNG") > 0.8);
        assertTrue(OcrMatcher.similarity("NỘI DUNG", "KINH PHÍ") < 0.3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TO CH(J'CTH~j'C Hl~N | TỔ CHỨC THỰC HIỆN",
        "TO CH(J'C TH~j'C Hl~N | TỔ CHỨC THỰC HIỆN",
        "MỤC ĐÍCH, YÊU CẦU của kế hoạch | MỤC ĐÍCH",
        "Ml)C olen, YEU cAu | MỤC ĐÍCH, YÊU CẦU",
        "MUC PiCH, YEU CAU | MỤC ĐÍCH, YÊU CẦU",
        "NOr DUNG | NỘI DUNG",
        "CHU DE, THOJ GrAN TOCHlrc | CHỦ ĐỀ, THỜI GIAN",
        "tổ chức thực hiện | TỔ CHỨC THỰC HIỆN",
        "TOCHUC THUC HIEN | TỔ CHỨC THỰC HIỆN",
    })
    void startsWithFuzzyAcceptsOcrHeadings(String text, String phrase) {
        assertTrue(OcrMatcher.startsWithFuzzy(text, phrase), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NỘI DUNG | KINH PHÍ",
        "Thực hiện | Tổ chức thực hiện",
        "MỤC TIÊU | MỤC ĐÍCH",
        "Chủ đề Tháng hành động vì trẻ em: “Hành động thiết thực” | CHỦ ĐỀ, THỜI GIAN",
        "TỔ CHỨC CÁC HOẠT ĐỘNG | TỔ CHỨC THỰC HIỆN",
        "KINH PHÍ | NỘI DUNG",
        "'' | NỘI DUNG",
        "NỘI DUNG | ''",
    })
    void startsWithFuzzyRejectsOtherWords(String text, String phrase) {
        assertFalse(OcrMatcher.startsWithFuzzy(text, phrase), text);
    }

    @Test
    void containsFuzzyFindsPhrasesInOcrText() {
        assertTrue(OcrMatcher.containsFuzzy("Thang hal1h dong vi tre em 113m 2024", "Tháng hành động vì trẻ em"));
        assertTrue(OcrMatcher.containsFuzzy("Th\\IC hien K€ hoach s6 26/KH-UBND", "ke hoach"));
        assertFalse(OcrMatcher.containsFuzzy("Bao cao ket qua thuc hien", "Tháng hành động vì trẻ em"));
        assertFalse(OcrMatcher.containsFuzzy("anything", "a"), "occurrences are anchored at word edges");
        assertTrue(OcrMatcher.containsFuzzy("điểm a khoản 1", "A"));
    }

    @Test
    void indexOfFuzzyPointsIntoTheOriginal() {
        String ocr = "T6 clnrc Thang hal1h dong vi tre em 113m 2024";
        assertEquals(9, OcrMatcher.indexOfFuzzy(ocr, "Tháng hành động vì trẻ em"));
        assertEquals(11, OcrMatcher.indexOfFuzzy("Th\\IC hien K€ hoach s6", "kế hoạch"));
        assertEquals(-1, OcrMatcher.indexOfFuzzy("Bao cao", "kế hoạch"));
        assertEquals(-1, OcrMatcher.indexOfFuzzy(null, "kế hoạch"));
    }

    @Test
    void indexOfFuzzyCountsCombiningMarksInOriginalOffsets() {
        // Decomposed input: each vowel with a tone is two or three chars in the original.
        String nfd = java.text.Normalizer.normalize("Triển khai Kế hoạch", java.text.Normalizer.Form.NFD);
        int at = OcrMatcher.indexOfFuzzy(nfd, "ke hoach");
        assertEquals(nfd.indexOf('K'), at);
        assertEquals(nfd.indexOf("khai"), OcrMatcher.indexOfFuzzy(nfd, "khai"));
    }
}
