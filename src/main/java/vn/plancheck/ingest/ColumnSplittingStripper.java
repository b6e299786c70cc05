package vn.plancheck.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that ends the line where a wide horizontal gap separates two words.
 *
 * <p>Sorting by position puts the two cells of a plan's header table on one line
 * ("Số: /KH-KHCN Bắc Giang, ngày tháng 5 năm 2021", "Nơi nhận: GIÁM ĐỐC"), which hides the
 * number, the date and the signature from a line-based parser. A gap wider than
 * {@link #GAP_IN_FONT_SIZES} times the font size (1 cm at 14 pt; measured on the fixtures: 2.2 pt
 * between justified words, 31–95 pt between header cells) does not occur between words of running
 * text, so the line is split there. The one wide gap inside a line that is not a column is the
 * blank left for the number before it is issued ("Số:      /KH-UBND"), so a word starting with "/"
 * never starts a new line. One instance per document (it remembers the last word).
 */
final class ColumnSplittingStripper extends PDFTextStripper {
    static final float GAP_IN_FONT_SIZES = 2f;

    /** Right edge of the last word written on the current output line; NaN at a line start. */
    private float lastEnd = Float.NaN;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            float size = Math.max(first.getFontSizeInPt(), 1f);
            // Cells of one table row need not share a baseline (the date sits lower than "Số:"),
            // but the stripper already put them on one line; only the gap matters here.
            if (!Float.isNaN(lastEnd) && first.getXDirAdj() - lastEnd > GAP_IN_FONT_SIZES * size
                    && !text.stripLeading().startsWith("/")) {
                writeLineSeparator();
            }
            TextPosition last = positions.get(positions.size() - 1);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }
        super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lastEnd = Float.NaN;
    }
}
