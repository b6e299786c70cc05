package vn.plancheck.ocr;

/**
 * One word as Tesseract read it, with its box in the image's pixels and where Tesseract put it in its page
 * segmentation (block, paragraph, line).
 *
 * @param text       the word, as Tesseract wrote it (UTF-8, not yet NFC-normalised)
 * @param confidence 0..100
 * @param left       left edge, pixels from the image's left
 * @param top        top edge, pixels from the image's top
 * @param width      width in pixels
 * @param height     height in pixels
 * @param block      Tesseract's block number on the page
 * @param paragraph  paragraph number in the block
 * @param line       line number in the paragraph
 */
public record OcrWord(String text, double confidence, int left, int top, int width, int height,
                      int block, int paragraph, int line) {
    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
