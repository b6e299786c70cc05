package vn.plancheck.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ocr.OcrWord;

/**
 * Repairs of what Tesseract characteristically gets wrong on a plan's scan, where the page itself tells the right
 * reading. Only lines read by OCR go through here; the parser's own tolerance of OCR noise does the rest.
 * <ul>
 *   <li><b>Roman headings.</b> In bold serif type the stems of "II" and "III" touch at their serifs, and Tesseract
 *       reads "H.", "I.", "HI.", "Il.", "1ñ" or drops a stroke (even on a clean page: seed 3's "II. NỘI DUNG" reads
 *       "H. NỘI DUNG"). The strokes are counted on the page instead: across the middle of the label's box, where
 *       serifs and the full stop are not, each stem is a run of dark columns ({@link #stems}).</li>
 *   <li><b>A speck before a label.</b> A dot, dash or underscore read just before "1." or "I." ("_1. Mục đích",
 *       ".1. Tuyên truyền") hides the label from the parser; a comma read for the label's full stop ("1, Mục đích")
 *       likewise.</li>
 *   <li><b>Symbols.</b> Tesseract often puts a space after the hyphen of a document's symbol ("23/QĐ- TTg") or reads
 *       the hyphen twice; the symbol is closed up again.</li>
 *   <li><b>List numbers.</b> "5." at the start of an item is read "9.", "S." or "o." often enough to make a
 *       numbering look broken; a label between its two neighbours (4 and 6) that is a known misreading of the number
 *       they leave for it is read as that number ({@link #numbering}).</li>
 *   <li><b>The slash of the number.</b> "Số: 7/KH-UBND" read "Số: 7KH-UBND": a number run into the symbol gets
 *       its slash back.</li>
 * </ul>
 */
final class ScanRepairs {
    /**
     * A label that can only be a Roman numeral of stems (I, II, III) as Tesseract misreads them: letters made of stems
     * ("H." or "n" for two stems joined at a serif, "1ñ" for "III."), the full stop kept or lost. A number alone ("1.",
     * "11.") is left to the parser, which reads it as a Roman numeral only where one is due.
     */
    private static final Pattern STEM_LABEL = Pattern.compile("(?!\\d+[.,:]?$)[IHLl|1!iíìnñuU]{1,4}[.,:]?");
    private static final Pattern LEADING_SPECK = Pattern.compile("^[-_.,'`~:;|‘’•]+\\s*(?=(\\d{1,2}|[IVX]{1,4})[.,)]\\s*\\p{L})");
    /** "[11. KINH PHÍ": a bracket read for the first stem of a Roman numeral. */
    private static final Pattern BRACKET_STEM = Pattern.compile("^[\\[\\]](?=[1lI|]{0,3}\\.\\s*\\p{Lu}{2})");
    private static final Pattern COMMA_LABEL = Pattern.compile("^(\\d{1,2}),(?=\\s+\\p{Lu})");
    /** "23/QĐ- TTg", "23/QĐ- -TTg": a space or a second hyphen read inside a document's symbol. */
    private static final Pattern SYMBOL_GAP = Pattern.compile("(/[\\p{Lu}&]{1,10})\\s*[-–](?:\\s*[-–]|\\s)\\s*(?=\\p{Lu}[\\p{Lu}&]*\\p{Ll}?(?!\\p{L}))");
    private static final Pattern NUMBER_WITHOUT_SLASH = Pattern.compile("^(S[ốốôoóò6]\\s*:?\\s*\\d{1,5})(?=[A-ZĐ]{2,}[-–])");

    /** An item's label at the start of a line: a number or what Tesseract reads for one, then a full stop. */
    private static final Pattern ITEM_LABEL = Pattern.compile("^([0-9]{1,2}|[SsoObBgGZzAT])\\.(?=\\s+\\S)");
    /** What Tesseract reads for each digit, besides the digit. */
    private static final String[] MISREAD = {"ODQo", "7i", "Zz7", "8952", "A91", "9S6s38o", "5bG80", "1T2", "3690B", "58g04"};

    private ScanRepairs() {
    }

    /**
     * Repairs the numbers of list items between their neighbours: in "4. …", "9. …", "6. …" the middle item is 5 when
     * "9" is a known misreading of 5. Only labels at the start of a recognised line ({@code scanned}) are looked at and
     * changed; a numbering that is really broken (4, 6, 7) stays as it is.
     *
     * @param texts    the document's lines, changed in place
     * @param scanned  for each line, whether Tesseract read it
     */
    static void numbering(List<String> texts, List<Boolean> scanned) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (scanned.get(i) && ITEM_LABEL.matcher(texts.get(i)).find()) {
                at.add(i);
            }
        }
        int[] values = new int[at.size()];
        for (int k = 0; k < at.size(); k++) {
            values[k] = value(label(texts.get(at.get(k))));
        }
        for (int k = 1; k + 1 < at.size(); k++) {
            int expected = values[k - 1] + 1;
            String label = label(texts.get(at.get(k)));
            if (values[k - 1] >= 1 && values[k + 1] == expected + 1 && values[k] != expected && expected <= 9
                    && label.length() == 1 && MISREAD[expected].indexOf(label.charAt(0)) >= 0) {
                String t = texts.get(at.get(k));
                texts.set(at.get(k), expected + t.substring(label.length()));
                values[k] = expected;
            }
        }
    }

    private static String label(String line) {
        Matcher m = ITEM_LABEL.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    private static int value(String label) {
        return label.chars().allMatch(Character::isDigit) && !label.isEmpty() ? Integer.parseInt(label) : -1;
    }

    /** The text of a line with the repairs that need only its words. */
    static String text(String line) {
        String t = LEADING_SPECK.matcher(line).replaceFirst("");
        t = BRACKET_STEM.matcher(t).replaceFirst("I");
        t = COMMA_LABEL.matcher(t).replaceFirst("$1.");
        t = SYMBOL_GAP.matcher(t).replaceAll("$1-");
        Matcher m = NUMBER_WITHOUT_SLASH.matcher(t);
        return m.find() ? t.substring(0, m.end(1)) + "/" + t.substring(m.end(1)) : t;
    }

    /**
     * The label of a Roman heading as the page shows it ("II."), when the line's first word is a label of stems
     * followed by a title in capitals; null otherwise or when the strokes cannot be counted.
     */
    static String romanLabel(List<OcrWord> words, BufferedImage page) {
        if (page == null || words.size() < 2
                || !STEM_LABEL.matcher(Normalizer.normalize(words.get(0).text(), Normalizer.Form.NFC)).matches()) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int i = 1; i < words.size(); i++) {
            title.append(words.get(i).text());
        }
        long letters = title.codePoints().filter(Character::isLetter).count();
        long upper = title.codePoints().filter(Character::isUpperCase).count();
        if (letters < 3 || upper < 0.6 * letters) {
            return null;
        }
        int n = stems(page, words.get(0));
        return n >= 1 && n <= 3 ? "I".repeat(n) + "." : null;
    }

    /**
     * How many stems stand in the word's box: dark runs of columns across the middle third of its height (a stem
     * runs the whole height of a capital; the full stop and the serifs do not reach the middle).
     */
    static int stems(BufferedImage page, OcrWord w) {
        int x0 = Math.max(0, w.left());
        int x1 = Math.min(page.getWidth(), w.right());
        int y0 = Math.max(0, w.top() + w.height() * 35 / 100);
        int y1 = Math.min(page.getHeight(), w.top() + w.height() * 65 / 100);
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return -1;
        }
        int minRun = Math.max(2, w.height() / 20);
        int runs = 0;
        int run = 0;
        for (int x = x0; x < x1; x++) {
            int dark = 0;
            for (int y = y0; y < y1; y++) {
                if (gray(page, x, y) < 128) {
                    dark++;
                }
            }
            if (dark * 2 >= y1 - y0) {
                run++;
            } else {
                runs += run >= minRun ? 1 : 0;
                run = 0;
            }
        }
        return runs + (run >= minRun ? 1 : 0);
    }

    private static int gray(BufferedImage page, int x, int y) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY && page.getRaster().getDataBuffer() instanceof DataBufferByte) {
            return page.getRaster().getSample(x, y, 0);
        }
        int rgb = page.getRGB(x, y);
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }
}
