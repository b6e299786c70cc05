package vn.plancheck.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tesseract command, its availability and the page cache, with a stand-in "tesseract" (a shell script that
 * answers like Tesseract 5 and counts its runs), so that no Tesseract is needed.
 */
class OcrTest {
    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
            "2\t1\t1\t0\t0\t0\t1170\t483\t317\t63\t-1\t",
            "3\t1\t1\t1\t0\t0\t1170\t483\t317\t63\t-1\t",
            "4\t1\t1\t1\t1\t0\t1170\t483\t317\t63\t-1\t",
            "5\t1\t1\t1\t1\t1\t1170\t483\t80\t52\t96.955307\tKẾ",
            "5\t1\t1\t1\t1\t2\t1269\t496\t218\t50\t95.865051\tHOẠCH",
            "4\t1\t1\t1\t2\t0\t545\t578\t300\t55\t-1\t",
            "5\t1\t1\t1\t2\t1\t545\t578\t134\t43\t96.158264\tTriển",
            "5\t1\t1\t1\t2\t2\t695\t579\t108\t42\t95.955528\tkhai",
            "5\t1\t1\t1\t2\t3\t818\t579\t30\t42\t95.955528\t ",
            "");

    @TempDir
    Path tmp;

    /** A stand-in tesseract: --version, --list-langs (the given languages), and IMAGE OUT … tsv writing OUT.tsv. */
    private Path fake(String langs) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path tsv = tmp.resolve("answer.tsv");
        Files.writeString(tsv, TSV, StandardCharsets.UTF_8);
        Path script = tmp.resolve("tesseract");
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "case \"$1\" in",
                "  --version) echo 'tesseract 5.9.9-fake'; exit 0;;",
                "  --list-langs) echo 'List of available languages (2):'; for l in " + langs + "; do echo $l; done; exit 0;;",
                "esac",
                "echo run >> '" + tmp.resolve("runs.txt") + "'",
                "test \"$OMP_THREAD_LIMIT\" = 1 || exit 7",
                "cp '" + tsv + "' \"$2.tsv\"",
                ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(px, (byte) 0xff);
        for (int y = 100; y < 140; y++) {
            for (int x = 50; x < 60; x++) {
                px[y * 200 + x] = 0;
            }
        }
        return img;
    }

    @Test
    void missingTesseractSaysHowToInstallIt() {
        Ocr ocr = new Ocr(new Tesseract(tmp.resolve("no-such-tesseract").toString()), new OcrCache(tmp.resolve("cache")));
        String why = ocr.unavailable();
        assertTrue(why.contains("chưa cài Tesseract") && why.contains("sudo apt-get install -y tesseract-ocr tesseract-ocr-vie"), why);
        OcrException e = assertThrows(OcrException.class, () -> ocr.read(page(), 300));
        assertEquals(why, e.getMessage());
    }

    @Test
    void tesseractWithoutVietnameseSaysSo() throws IOException {
        Ocr ocr = new Ocr(new Tesseract(fake("eng osd").toString()), new OcrCache(tmp.resolve("cache")));
        assertTrue(ocr.unavailable().contains("chưa có dữ liệu tiếng Việt"), ocr.unavailable());
    }

    @Test
    void aPageIsRecognisedOnceThenReadFromTheCache() throws IOException, OcrException {
        Path cache = tmp.resolve("cache");
        Ocr ocr = new Ocr(new Tesseract(fake("eng vie").toString()), new OcrCache(cache));
        assertNull(ocr.unavailable());
        assertEquals("tesseract 5.9.9-fake", ocr.version());
        OcrPage first = ocr.read(page(), 300);
        OcrPage again = ocr.read(page(), 300);
        assertEquals(first, again);
        assertEquals(1, Files.readAllLines(tmp.resolve("runs.txt")).size(), "the second read came from the cache");
        try (Stream<Path> files = Files.walk(cache)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".tsv")).count());
        }
        ocr.read(page(), 200);
        assertEquals(2, Files.readAllLines(tmp.resolve("runs.txt")).size(), "another resolution is another reading");
        assertEquals(List.of("KẾ", "HOẠCH"), first.lines().get(0).stream().map(OcrWord::text).toList());
        assertEquals(2, first.lines().size());
        assertEquals(4, first.wordCount(), "the blank word is not a word");
        assertEquals(2480, first.width());
    }

    @Test
    void cacheOffRecognisesEveryTime() throws IOException, OcrException {
        Ocr ocr = new Ocr(new Tesseract(fake("vie").toString()), new OcrCache(null));
        ocr.read(page(), 300);
        ocr.read(page(), 300);
        assertEquals(2, Files.readAllLines(tmp.resolve("runs.txt")).size());
    }

    @Test
    void specksGoLettersStay() {
        int w = 40;
        int h = 20;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 0xff);
        dark(px, w, 2, 2, 2, 2);        // a 2 x 2 speck: 4 pixels
        dark(px, w, 10, 2, 1, 16);      // a thin stem, 16 pixels
        dark(px, w, 20, 5, 4, 4);       // a full stop, 16 pixels
        dark(px, w, 30, 15, 3, 3);      // a 3 x 3 speck: 9 pixels
        dark(px, w, 34, 2, 4, 4);       // the dot under a vowel: 16 pixels
        byte[] out = Ocr.despeckle(px, w, h, Ocr.speckArea(300));
        byte[] expected = px.clone();
        for (int[] r : new int[][] {{2, 2, 2, 2}, {30, 15, 3, 3}}) {
            for (int y = r[1]; y < r[1] + r[3]; y++) {
                for (int x = r[0]; x < r[0] + r[2]; x++) {
                    expected[y * w + x] = (byte) 0xff;
                }
            }
        }
        assertArrayEquals(expected, out);
        assertEquals(9, Ocr.speckArea(300));
    }

    private static void dark(byte[] px, int w, int x0, int y0, int dx, int dy) {
        for (int y = y0; y < y0 + dy; y++) {
            for (int x = x0; x < x0 + dx; x++) {
                px[y * w + x] = 0;
            }
        }
    }
}
