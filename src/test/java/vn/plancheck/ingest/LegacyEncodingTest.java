package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {
    /** The 67 lower-case Vietnamese letters outside ASCII; with their capitals, the 134 letters. */
    static final String LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

    @Test
    void tableCoversEveryVietnameseLetterWithDistinctCodes() {
        assertEquals(67, LOWER.length());
        Set<Character> codes = new HashSet<>();
        for (char c : (LOWER + "ĂÂĐÊÔƠƯ").toCharArray()) {
            String code = Tcvn3.encode(String.valueOf(c));
            assertEquals(1, code.length());
            assertTrue(Tcvn3.isCode(code.charAt(0)), c + " has no TCVN3 code");
            codes.add(code.charAt(0));
        }
        assertEquals(74, codes.size(), "one byte per letter, no two letters sharing one");
    }

    @Test
    void allOneHundredThirtyFourLettersComeBack() {
        for (char c : LOWER.toCharArray()) {
            assertEquals("x" + c + "x", Tcvn3.decode(Tcvn3.encode("x" + c + "x")));
            String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
            assertEquals("X" + upper + "X", Tcvn3.decode(Tcvn3.encode("X" + upper + "X")), "capital of " + c);
        }
    }

    @Test
    void knownMojibakeSamples() {
        assertEquals("Kế hoạch", Tcvn3.decode("KÕ ho¹ch"));
        assertEquals("Thành phố Hồ Chí Minh", Tcvn3.decode("Thµnh phè Hå ChÝ Minh"));
        assertEquals("KẾ HOẠCH", Tcvn3.decode("KÕ HO¹CH"));
        assertEquals("Số: /KH-UBND", Tcvn3.decode("Sè: /KH-UBND"));
        assertEquals("ĐIỀU 1. TỔ CHỨC THỰC HIỆN", Tcvn3.decode("§IÒU 1. Tæ CHøC THùC HIÖN"));
    }

    /** A whole seed through TCVN3 and back: exact except capitals with a tone in mixed-case lines (not in the code). */
    @Test
    void seedRoundTrip() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.plan(Fixtures.SEED3, "txt"), StandardCharsets.UTF_8);
        String legacy = Tcvn3.encode(String.join("\n", lines));
        assertEquals(LegacyEncoding.Kind.TCVN3, LegacyEncoding.detect(legacy));
        for (String line : lines) {
            String back = Tcvn3.decode(Tcvn3.encode(line));
            if (line.equals(line.toUpperCase(Locale.ROOT)) || line.equals(line.toLowerCase(Locale.ROOT))) {
                assertEquals(line, back);
            } else {
                assertEquals(line.toLowerCase(Locale.ROOT), back.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void detection() throws Exception {
        String seed = Files.readString(Fixtures.plan(Fixtures.SEED1, "txt"));
        assertEquals(LegacyEncoding.Kind.NONE, LegacyEncoding.detect(seed));
        assertEquals(LegacyEncoding.Kind.VNI, LegacyEncoding.detect(LegacyTextEncoder.vni(seed)));
        assertEquals(LegacyEncoding.Kind.TCVN3, LegacyEncoding.detect(LegacyTextEncoder.tcvn3(seed)));
        assertEquals(LegacyEncoding.Kind.NONE, LegacyEncoding.detect("Café © 2024 « Rapport » — déjà vu, où est-il ?"));
        assertEquals(LegacyEncoding.Kind.NONE, LegacyEncoding.detect("ab"));
    }

    /** The lines are judged as their join by '\n', as far as the sample reaches, without being joined. */
    @Test
    void linesAreJudgedAsTheirJoin() throws Exception {
        for (String seed : List.of(Files.readString(Fixtures.plan(Fixtures.SEED1, "txt")),
                Files.readString(Fixtures.plan(Fixtures.SEED3, "txt")))) {
            for (String text : List.of(seed, LegacyTextEncoder.vni(seed), LegacyTextEncoder.tcvn3(seed),
                    // a legacy body past the sample's end, after a Unicode head longer than the sample
                    seed.repeat(1 + LegacyEncoding.SAMPLE_CHARS / seed.length()) + LegacyTextEncoder.tcvn3(seed))) {
                List<String> lines = List.of(text.split("\n", -1));
                assertEquals(LegacyEncoding.detect(text), LegacyEncoding.detect(lines));
            }
        }
        assertEquals(LegacyEncoding.Kind.NONE, LegacyEncoding.detect(List.of()));
    }

    /** The chars {@link TextLines#isPlainlyNfc} lets through are NFC alone and whatever letter they follow or lead. */
    @Test
    void plainlyNfcCharsCombineWithNothing() {
        for (char c = 0; c < 0x1F00; c = c == 0x2FF ? 0x1E00 : (char) (c + 1)) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            for (String s : List.of(String.valueOf(c), "a" + c, "ư" + c, c + "a")) {
                assertTrue(TextLines.isPlainlyNfc(s));
                assertTrue(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(!TextLines.isPlainlyNfc("Ke\u0302\u0301 hoa\u0323ch"), "combining marks go to the Normalizer");
    }

    @Test
    void unicodeLinesInALegacyDocumentAreLeftAlone() throws Exception {
        TextLines lines = new TextLines();
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Location.paragraph(1));       // retyped in Unicode
        lines.add(Tcvn3.encode("Triển khai Tháng hành động vì trẻ em năm 2024 trên địa bàn tỉnh"), Location.paragraph(2));
        lines.add(Tcvn3.encode("Thực hiện Luật Trẻ em năm 2016 và các văn bản hướng dẫn"), Location.paragraph(3));
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Triển khai Tháng hành động vì trẻ em năm 2024 trên địa bàn tỉnh",
                "Thực hiện Luật Trẻ em năm 2016 và các văn bản hướng dẫn"),
                Fixtures.texts(lines.build("x.docx", "docx")));
    }
}
