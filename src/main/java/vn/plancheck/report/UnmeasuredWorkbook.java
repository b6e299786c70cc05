package vn.plancheck.report;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A streaming workbook whose new sheets do not measure the default font. SXSSF measures the width of a "0" in the
 * workbook's first font for every sheet it creates, for {@code autoSizeColumn}, which the reports never use (their
 * columns have fixed widths); on a cold JVM that measuring starts AWT's font system (fontconfig, FreeType, glyph
 * layout: 140 classes, about 0.1 s of a single-draft check). While a sheet is being created the font it asks for
 * cannot tell its name, and POI, which treats that as a missing font system, takes its default width instead.
 * Nothing else is changed: the fonts the workbook writes are its own.
 */
final class UnmeasuredWorkbook extends SXSSFWorkbook {
    /** POI falls back to its default width only when this property is not "false". */
    private static final boolean POI_FALLS_BACK =
            !"false".equalsIgnoreCase(String.valueOf(System.getProperty("org.apache.poi.ss.ignoreMissingFontSystem")).trim());

    private boolean creatingSheet;

    UnmeasuredWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    public SXSSFSheet createSheet() {
        creatingSheet = POI_FALLS_BACK;
        try {
            return super.createSheet();
        } finally {
            creatingSheet = false;
        }
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        creatingSheet = POI_FALLS_BACK;
        try {
            return super.createSheet(name);
        } finally {
            creatingSheet = false;
        }
    }

    @Override
    public Font getFontAt(int idx) {
        return creatingSheet ? new Unmeasurable() : super.getFontAt(idx);
    }

    /** The font a new sheet is handed for measuring: it fails at once, before any AWT font is looked up. */
    private static final class Unmeasurable extends XSSFFont {
        @Override
        public String getFontName() {
            throw new UnsupportedOperationException("the reports do not measure fonts");
        }
    }
}
