package vn.plancheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the pieces of text of one PDF page in reading order, the order the .docx reader gives for a plan's tables:
 * a two-column table without borders (the plan's header, the recipients and signature at the end) is read cell by
 * cell — the left cell's lines, then the right cell's — instead of line by line across both cells.
 *
 * <p>The input is the page's visual rows from top to bottom, each already cut into segments at wide gaps
 * ({@link ColumnSplittingStripper}). A row of exactly two segments opens a two-column block, with the gutter
 * between them. Following rows stay in the block as long as each of their segments lies on one side of the gutter
 * — cells do not line up in a PDF: the date often sits lower than "Số:", a long issuer name wraps to a third line,
 * the signer's name follows three empty lines level with some recipient — and a row with a segment across the
 * gutter (body text, the title) or with three or more segments (a data table) ends it. The block is then written
 * left column first, each column top to bottom. Rows outside blocks keep their order and their segments stay left
 * to right, as before.
 *
 * <p>Rows of a table cannot be told apart without its borders (a plan's header table has none, and the signer's
 * name lines up with a recipient as if it began a row), so a block is not cut into table rows: a header laid out
 * as a 2 x 2 table reads issuer, number, national header, date, where the .docx reader gives issuer, national
 * header, number, date; and a two-column data table reads column by column.
 */
public final class ReadingOrder {
    /** Anything laid out on a row between a left and a right edge (PDF units). */
    public interface Span {
        float x0();

        float x1();
    }

    /** A piece of a row: its text (as extracted, raw) and its left and right edges in PDF units. */
    record Segment(String text, float x0, float x1) implements Span {
    }

    private ReadingOrder() {
    }

    /** The texts of all segments of all rows, in reading order. */
    static List<String> order(List<List<Segment>> rows) {
        return orderSegments(rows).stream().map(Segment::text).toList();
    }

    /**
     * All segments of all rows (the same objects), in reading order; also used on the glyphs of a PDF page when a
     * reviewer's copy places its highlights, so that both read a page the same way.
     */
    public static <S extends Span> List<S> orderSegments(List<List<S>> rows) {
        List<S> out = new ArrayList<>();
        Block<S> block = null;
        for (List<S> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            if (block != null && !block.take(row)) {
                block.writeTo(out);
                block = null;
            }
            if (block != null) {
                continue;
            }
            if (row.size() == 2) {
                block = new Block<>(row.get(0), row.get(1));
            } else {
                out.addAll(row);
            }
        }
        if (block != null) {
            block.writeTo(out);
        }
        return out;
    }

    /** Two columns of text: the lines on each side of the gutter, top to bottom. */
    private static final class Block<S extends Span> {
        private final List<S> left = new ArrayList<>();
        private final List<S> right = new ArrayList<>();
        /** Right edge of the left column and left edge of the right one, over the rows with text on both sides. */
        private float leftEnd;
        private float rightStart;

        Block(S left, S right) {
            leftEnd = left.x1();
            rightStart = right.x0();
            this.left.add(left);
            this.right.add(right);
        }

        /** Adds the row if it fits the two columns; false (and nothing added) if it does not. */
        boolean take(List<S> row) {
            if (row.size() > 2) {
                return false;
            }
            boolean[] onLeft = new boolean[row.size()];
            for (int i = 0; i < row.size(); i++) {
                S s = row.get(i);
                boolean fitsLeft = s.x1() <= rightStart;
                boolean fitsRight = s.x0() >= leftEnd;
                if (!fitsLeft && !fitsRight) {
                    return false;   // across the gutter: not part of the table
                }
                onLeft[i] = fitsLeft && fitsRight ? (s.x0() + s.x1()) / 2 < (leftEnd + rightStart) / 2 : fitsLeft;
            }
            for (int i = 0; i < row.size(); i++) {
                (onLeft[i] ? left : right).add(row.get(i));
            }
            if (row.size() == 2 && onLeft[0] && !onLeft[1]) {
                leftEnd = Math.max(leftEnd, row.get(0).x1());
                rightStart = Math.min(rightStart, row.get(1).x0());
            }
            return true;
        }

        void writeTo(List<S> out) {
            out.addAll(left);
            out.addAll(right);
        }
    }
}
