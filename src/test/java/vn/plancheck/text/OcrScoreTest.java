package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcrScoreTest {
    private static final Path PLANS = Path.of("fixtures", "plans");

    private static List<String> plan(String prefix) throws IOException {
        try (var files = Files.list(PLANS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        }
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed0", "seed2", "seed4"})
    void ocrPlansAreSuspected(String seed) throws IOException {
        double s = OcrScore.score(plan(seed));
        assertTrue(OcrScore.suspected(s), seed + " scored " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed1", "seed3"})
    void cleanPlansAreNot(String seed) throws IOException {
        double s = OcrScore.score(plan(seed));
        assertFalse(OcrScore.suspected(s), seed + " scored " + s);
        assertTrue(s < OcrScore.THRESHOLD / 2, "clean plans should be far from the threshold: " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed1", "seed3"})
    void lostDiacriticsAreSuspected(String seed) throws IOException {
        List<String> stripped = plan(seed).stream().map(OcrScoreTest::strip).toList();
        assertTrue(OcrScore.suspected(OcrScore.score(stripped)));
    }

    @Test
    void shortFragments() {
        assertFalse(OcrScore.suspected(OcrScore.score(List.of(
                "Thực hiện Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh Bắc Giang về tổ chức",
                "Tháng hành động vì trẻ em năm 2024, Sở Khoa học và Công nghệ xây dựng kế hoạch thực hiện",
                "cụ thể như sau: xem http://tongdai111.vn hoặc www.molisa.gov.vn (TNTT, HIV, UBND)"))));
        assertTrue(OcrScore.suspected(OcrScore.score(List.of(
                "Th\\IC hien K€ hoach s6 26/KH-UBND ngay 11/4/2024 cua UBND tinh",
                "B~c Giang v€ t6 chirc Thang hanh dong vi trc em narn 2024: S6' Khoa hoc va"))));
    }

    @Test
    void nothingToScore() {
        assertEquals(0.0, OcrScore.score(null));
        assertEquals(0.0, OcrScore.score(List.of()));
        assertEquals(0.0, OcrScore.score(List.of("", "12/3/2024 - 96%", "1.000")));
        java.util.ArrayList<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertEquals(0.0, OcrScore.score(withNull));
    }

    @Test
    void scoreStaysInRange() throws IOException {
        for (String seed : List.of("seed0", "seed1", "seed2", "seed3", "seed4")) {
            double s = OcrScore.score(plan(seed));
            assertTrue(s >= 0 && s <= 1, seed + " " + s);
        }
    }
}
