package vn.plancheck.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Tesseract read on one page image: the words with their boxes, grouped into the lines of its page
 * segmentation, in Tesseract's order. Read from its TSV output ({@link #parseTsv}).
 *
 * @param width  the image's width in pixels
 * @param height the image's height in pixels
 * @param lines  Tesseract's text lines, each its words left to right
 */
public record OcrPage(int width, int height, List<List<OcrWord>> lines) {
    private static final int COLUMNS = 12;

    public OcrPage {
        lines = List.copyOf(lines.stream().map(List::copyOf).toList());
    }

    /** Number of words on the page. */
    public int wordCount() {
        return lines.stream().mapToInt(List::size).sum();
    }

    /**
     * Parses Tesseract's TSV ({@code tesseract … tsv}): a header row, then one row per page, block, paragraph, line
     * and word (level 1–5) with {@code left top width height conf text}. Only the words (level 5) that hold text
     * are kept; the image size is taken from the page row.
     */
    public static OcrPage parseTsv(String tsv) {
        int width = 0;
        int height = 0;
        Map<String, List<OcrWord>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\r?\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < COLUMNS - 1 || !isInt(c[0])) {
                continue;                                   // header row, blank line
            }
            int level = Integer.parseInt(c[0]);
            if (level == 1) {
                width = Integer.parseInt(c[8]);
                height = Integer.parseInt(c[9]);
                continue;
            }
            String text = c.length >= COLUMNS ? c[11].strip() : "";
            if (level != 5 || text.isEmpty()) {
                continue;
            }
            OcrWord w = new OcrWord(text, Double.parseDouble(c[10]), Integer.parseInt(c[6]), Integer.parseInt(c[7]),
                    Integer.parseInt(c[8]), Integer.parseInt(c[9]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]));
            lines.computeIfAbsent(c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>()).add(w);
        }
        return new OcrPage(width, height, new ArrayList<>(lines.values()));
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
