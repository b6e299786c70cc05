package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ocr.OcrPage;
import vn.plancheck.ocr.OcrWord;

/**
 * Tesseract's lines of a page to the reader's lines, on pages written out word by word (pixels of a 300 dpi A4 page:
 * words about 50 high, 15 apart), so that no Tesseract is needed.
 */
class ScanLinesTest {
    /**
     * One Tesseract line: words laid out from x, each "text:width", 16 pixels apart unless a word says "text:width+gap";
     * a word without a letter or digit is a mark 8 pixels high.
     */
    private static List<OcrWord> line(int x, int top, String... words) {
        List<OcrWord> out = new ArrayList<>();
        for (String w : words) {
            String word = w.substring(0, w.lastIndexOf(':'));
            String size = w.substring(w.lastIndexOf(':') + 1);
            int width = Integer.parseInt(size.split("\\+")[0]);
            if (size.contains("+")) {
                x += Integer.parseInt(size.split("\\+")[1]);
            }
            int height = word.codePoints().anyMatch(Character::isLetterOrDigit) ? 50 : 8;
            out.add(new OcrWord(word, 95, x, top + (50 - height) / 2, width, height, 1, 1, 1));
            x += width + 16;
        }
        return out;
    }

    private static List<String> texts(List<List<OcrWord>> lines) {
        return ScanLines.read(new OcrPage(2480, 3508, lines)).stream().map(ScanLines.Line::text).toList();
    }

    @Test
    void headerReadAsOneLineComesOutAsTwoColumns() {
        List<List<OcrWord>> page = List.of(
                line(480, 240, "ỦY:70", "BAN:110", "NHÂN:150", "DÂN:110", "CỘNG:150+170", "HÒA:120", "XÃ:70", "HỘI:100",
                        "CHỦ:110", "NGHĨA:180", "VIỆT:130", "NAM:120"),
                line(530, 302, "TỈNH:130", "LAI:90", "CHÂU:150", "Độc:90+400", "lập:70", "-:14", "Tự:70", "do:55", "-:14",
                        "Hạnh:125", "phúc:110"),
                line(550, 376, "Số::70", "/KH-UBND:280", "Lai:80+430", "Châu,:130", "ngày:110", "tháng:125", "năm:95", "2024:115"),
                line(1170, 483, "KẾ:80", "HOẠCH:220"),
                line(545, 578, "Triển:135", "khai:110", "Tháng:160", "hành:125", "động:120", "vì:45", "trẻ:70", "em:72"));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày tháng năm 2024", "KẾ HOẠCH",
                "Triển khai Tháng hành động vì trẻ em"), texts(page));
    }

    @Test
    void recipientsBesideTheSignatureInTwoTesseractBlocks() {
        List<List<OcrWord>> page = List.of(
                line(1350, 1000, "TM.:90", "ỦY:70", "BAN:110", "NHÂN:150", "DÂN:110"),
                line(1420, 1062, "KT.:80", "CHỦ:110", "TỊCH:130"),
                line(360, 1010, "Nơi:80", "nhận:120"),
                line(360, 1070, "-:14", "UBND:120", "huyện:130", "(b/c);:120"),
                line(360, 1130, "-:14", "Lưu:80", "VT.:70"),
                line(1430, 1300, "Ngô:90", "Thị:80", "Hạnh:120"));
        assertEquals(List.of("Nơi nhận", "- UBND huyện (b/c);", "- Lưu VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "Ngô Thị Hạnh"), texts(page));
    }

    /** A speck in the gutter must not bridge it; a word Tesseract could not read (a wide mark) must not cut a line. */
    @Test
    void specksAndUnreadableWords() {
        List<OcrWord> header = new ArrayList<>(line(480, 240, "ỦY:70", "BAN:110", "NHÂN:150", "DÂN:110"));
        header.add(new OcrWord(".", 65, 1039, 254, 14, 35, 1, 1, 1));          // a speck in the gutter
        header.addAll(line(1113, 240, "CỘNG:150", "HÒA:120"));
        List<OcrWord> body = new ArrayList<>(line(659, 600, "em;:85", "lồng:110", "ghép:100", "các:70"));
        body.add(new OcrWord("¬", 0, 1088, 600, 161, 50, 1, 1, 2));            // "chương", unread
        body.addAll(line(1263, 600, "trình:100", "phát:90", "triển:95", "kinh:94", "tế:40", "-:14", "xã:50", "hội:66"));
        List<List<OcrWord>> page = List.of(header, body, line(360, 680, "phương.:175"));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA", "em; lồng ghép các trình phát triển kinh tế - xã hội",
                "phương."), texts(page));
    }

    @Test
    void aNumberAfterSoStaysWithItAcrossATab() {
        List<List<OcrWord>> page = List.of(line(550, 376, "Số::70", "208/KH-UBND:300+200"));
        assertEquals(List.of("Số: 208/KH-UBND"), texts(page));
    }

    @Test
    void wideSpaceBeforeALineStandsForABlankLine() {
        List<List<OcrWord>> page = List.of(
                line(1170, 483, "KẾ:80", "HOẠCH:220"),
                line(545, 545, "Triển:135", "khai:110", "Tháng:160"),
                line(400, 700, "Căn:90", "cứ:50", "Luật:100"),
                line(300, 762, "Trẻ:80", "em:70"));
        List<ScanLines.Line> lines = ScanLines.read(new OcrPage(2480, 3508, page));
        assertFalse(lines.get(1).spaceBefore());
        assertTrue(lines.get(2).spaceBefore(), "the title and the first paragraph are a blank line apart");
        assertFalse(lines.get(3).spaceBefore());
    }

    @Test
    void repairsOfTesseractsHabits() {
        assertEquals("1. Mục đích", ScanRepairs.text("_1. Mục đích"));
        assertEquals("1. Mục đích", ScanRepairs.text("1, Mục đích"));
        assertEquals("I. MỤC ĐÍCH", ScanRepairs.text(".I. MỤC ĐÍCH"));
        assertEquals("Căn cứ Quyết định số 23/QĐ-TTg ngày", ScanRepairs.text("Căn cứ Quyết định số 23/QĐ- TTg ngày"));
        assertEquals("số 1248/QĐ-TTg ngày", ScanRepairs.text("số 1248/QĐ- -TTg ngày"));
        assertEquals("Số: 7/KH-UBND", ScanRepairs.text("Số: 7KH-UBND"));
        assertEquals("- Các trường học;", ScanRepairs.text("- Các trường học;"), "a bullet stays");
        assertEquals("theo Kế hoạch số 12/KH- Phòng", ScanRepairs.text("theo Kế hoạch số 12/KH- Phòng"), "not a symbol");
    }

    @Test
    void listNumbersBetweenTheirNeighbours() {
        List<String> texts = new ArrayList<>(List.of("4. Phòng, chống tai nạn", "- Lắp đặt biển cảnh báo;", "9. Chăm sóc sức khỏe",
                "6. Phòng ngừa lao động trẻ em", "1. Mục đích", "S. Xây dựng", "3. Kinh phí", "4. Một", "6. Sáu", "7. Bảy"));
        List<Boolean> scanned = new ArrayList<>(java.util.Collections.nCopies(texts.size(), true));
        ScanRepairs.numbering(texts, scanned);
        assertEquals("5. Chăm sóc sức khỏe", texts.get(2));
        assertEquals("S. Xây dựng", texts.get(5), "S is no misreading of 2");
        assertEquals("6. Sáu", texts.get(8), "a numbering really broken stays broken");
        List<String> typed = new ArrayList<>(List.of("4. A", "9. B", "6. C"));
        ScanRepairs.numbering(typed, List.of(false, false, false));
        assertEquals("9. B", typed.get(1), "typed lines are never changed");
    }

    /** "II." in bold serif type, which Tesseract reads "H.": its stems are counted on the page. */
    @Test
    void romanLabelsAreCountedStemByStem() {
        BufferedImage page = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        for (int i = 0; i < 3; i++) {            // three stems joined by their serifs, and a full stop
            g.fillRect(100 + i * 24, 50, 12, 50);
        }
        g.fillRect(90, 50, 80, 6);
        g.fillRect(90, 94, 80, 6);
        g.fillRect(178, 92, 8, 8);
        g.dispose();
        List<OcrWord> words = List.of(new OcrWord("HI.", 40, 90, 50, 96, 50, 1, 1, 1),
                new OcrWord("THỜI", 96, 220, 50, 120, 50, 1, 1, 1), new OcrWord("GIAN", 96, 360, 50, 120, 50, 1, 1, 1));
        assertEquals(3, ScanRepairs.stems(page, words.get(0)));
        assertEquals("III.", ScanRepairs.romanLabel(words, page));
        List<OcrWord> text = List.of(words.get(0), new OcrWord("thời", 96, 220, 50, 120, 50, 1, 1, 1),
                new OcrWord("gian", 96, 360, 50, 120, 50, 1, 1, 1));
        assertEquals(null, ScanRepairs.romanLabel(text, page), "not a heading: a title in capitals follows a label");
        List<OcrWord> letters = new ArrayList<>(words);
        letters.set(0, new OcrWord("1ñ", 20, 90, 50, 96, 50, 1, 1, 1));  // stems read as a digit and a letter of stems
        assertEquals("III.", ScanRepairs.romanLabel(letters, page));
        letters.set(0, new OcrWord("111.", 90, 90, 50, 96, 50, 1, 1, 1));
        assertEquals(null, ScanRepairs.romanLabel(letters, page), "a number alone is left to the parser");
        letters.set(0, new OcrWord("Về", 90, 90, 50, 96, 50, 1, 1, 1));
        assertEquals(null, ScanRepairs.romanLabel(letters, page), "a word is not a label of stems");
    }
}
