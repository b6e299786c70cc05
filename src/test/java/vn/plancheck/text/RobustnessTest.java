package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.plancheck.model.DateMention;

/** Property-style checks: nothing throws on garbage, and invariants hold. Fixed seed, so repeatable. */
class RobustnessTest {
    private static final int CASES = 3000;
    /** Chars that steer the matchers and the date scanner into their special paths. */
    private static final String HOT = "0123456789/.-–|~^\\(){}'€§¢¥ \n\tNGAYTHÁNGNĂMQUÝIVXLSOđĐ%,:ngàyhọcgiaiđoạntừđến\u0301\u0300\u00A0";

    private static String randomString(Random r) {
        int len = r.nextInt(60);
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(4)) {
                case 0 -> b.append(HOT.charAt(r.nextInt(HOT.length())));
                case 1 -> b.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                case 2 -> b.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
                default -> b.append((char) r.nextInt(0x80));
            }
        }
        return b.toString();
    }

    @Test
    void nothingThrowsOnGarbage() {
        Random r = new Random(20240611L);
        for (int i = 0; i < CASES; i++) {
            String a = randomString(r);
            String b = randomString(r);
            List<DateMention> ms = VietDates.find(a, i, r.nextBoolean() ? 2024 : null);
            for (DateMention m : ms) {
                assertTrue(a.contains(m.getText()), () -> "text not from the line: " + a);
                assertTrue(m.isValid() || m.getProblem() != null);
            }
            VietDates.findAcross(List.of(a, b), i, null);
            VietDates.parseNumeric(a);
            double s = OcrScore.score(List.of(a, b));
            assertTrue(s >= 0 && s <= 1);
            OcrScore.suspected(s);
            OcrMatcher.ocrNormalize(a);
            OcrMatcher.startsWithFuzzy(a, b);
            OcrMatcher.startsWithFuzzy(a, "TỔ CHỨC THỰC HIỆN");
            int at = OcrMatcher.indexOfFuzzy(a + b, b);
            assertTrue(at >= -1 && at <= (a + b).length());
            double sim = OcrMatcher.similarity(a, b);
            assertTrue(sim >= 0 && sim <= 1);
            RomanNumerals.parseOcr(a);
        }
    }

    @Test
    void foldedAgreesWithVietTextFold() {
        Random r = new Random(7L);
        for (int i = 0; i < CASES; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) {
                // BMP only: VietText.fold treats supplementary marks per UTF-16 unit.
                b.append(r.nextInt(3) == 0 ? HOT.charAt(r.nextInt(HOT.length())) : (char) r.nextInt(0xD800));
            }
            String s = b.toString();
            Folded f = Folded.of(s, true);
            assertEquals(VietText.fold(s), f.text(), () -> "differs on " + s.codePoints().mapToObj(Integer::toHexString).toList());
            for (int k = 0; k < f.length(); k++) {
                assertTrue(f.originalStart(k) < f.originalEnd(k) && f.originalEnd(k) <= s.length());
            }
        }
    }
}
