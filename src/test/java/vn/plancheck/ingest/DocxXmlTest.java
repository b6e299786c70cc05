package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The StAX reader gives, line for line (number, place, text, original), what POI's XWPFDocument gives — on every
 * .docx of the fixtures and on generated documents that mix the constructs it reads — and leaves to POI what it does
 * not read the same way.
 */
class DocxXmlTest {
    @TempDir
    Path tmp;

    @Test
    void everyFixtureReadsAsPoiReadsIt() throws IOException {
        List<Path> docx;
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            docx = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        int fast = 0;
        for (Path f : docx) {
            SourceText mine = readFast(f);
            if (mine != null) {
                fast++;
                assertEquals(dump(poi(f)), dump(mine), f.toString());
            }
        }
        assertTrue(fast >= 20, "most fixtures are ordinary documents the StAX reader reads: " + fast + " of " + docx.size());
        assertNotNull(readFast(Fixtures.plan(Fixtures.SEED3, "docx")), "style-numbered headings, header and closing tables");
    }

    @Test
    void generatedDocumentsReadAsPoiReadsThem() throws IOException {
        for (int seed = 0; seed < 120; seed++) {
            Path f = tmp.resolve("g" + seed + ".docx");
            try (XWPFDocument d = new Generator(new Random(seed)).document(); OutputStream o = Files.newOutputStream(f)) {
                d.write(o);
            }
            SourceText mine = readFast(f);
            assertNotNull(mine, "seed " + seed + " uses only what the StAX reader reads");
            assertEquals(dump(poi(f)), dump(mine), "seed " + seed);
        }
    }

    @Test
    void contentControlsTrackedChangesAndNotesAreLeftToPoi() throws IOException {
        assertNull(readFast(written(d -> d.createParagraph().getCTP().addNewSdt().addNewSdtContent().addNewR().addNewT()
                .setStringValue("điều khiển"))));
        assertNull(readFast(written(d -> d.createParagraph().getCTP().addNewIns().addNewR().addNewT().setStringValue("thêm"))));
        assertNull(readFast(written(d -> d.createParagraph().createRun().getCTR().addNewFootnoteReference()
                .setId(BigInteger.ONE))));
        assertNull(readFast(written(d -> d.createTable().getCTTbl().getTrList().clear())));
    }

    private interface Content {
        void add(XWPFDocument d);
    }

    private Path written(Content c) throws IOException {
        Path f = Files.createTempFile(tmp, "c", ".docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(f)) {
            d.createParagraph().createRun().setText("KẾ HOẠCH");
            c.add(d);
            d.write(o);
        }
        return f;
    }

    private static SourceText readFast(Path f) {
        try {
            return DocxXml.read(f, f.toString());
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    private static SourceText poi(Path f) {
        try {
            return DocxReader.readWithPoi(f, f.toString(), ScanProgress.NONE);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    private static String dump(SourceText t) {
        StringBuilder b = new StringBuilder(t.format()).append(' ').append(t.notes()).append('\n');
        for (SourceLine l : t.lines()) {
            b.append(l.number()).append('\t').append(l.location()).append('\t').append(l.text()).append('\t')
                    .append(l.original()).append('\n');
        }
        return b.toString();
    }

    /** Random documents of the constructs the StAX reader reads: lists, styles, runs of every kind, tables. */
    private static final class Generator {
        private static final String[] WORDS = {"Kế hoạch", "MỤC ĐÍCH", "yêu cầu", "Ủy ban", "ngày 12/3/2024", "đ", "  ", "a",
            "[footnoteRef:3]", "x\ty", "Ê-đê"};
        private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "bullet",
            "decimalZero", "none"};
        private final Random r;
        private final List<BigInteger> nums = new ArrayList<>();

        Generator(Random r) {
            this.r = r;
        }

        XWPFDocument document() {
            XWPFDocument d = new XWPFDocument();
            lists(d.createNumbering());
            styles(d.createStyles());
            for (int p = 0; p < 5 + r.nextInt(20); p++) {
                if (r.nextInt(6) == 0) {
                    table(d.createTable());
                } else {
                    paragraph(d.createParagraph());
                }
            }
            return d;
        }

        private void lists(XWPFNumbering numbering) {
            for (int k = 0; k < r.nextInt(3); k++) {
                CTAbstractNum an = CTAbstractNum.Factory.newInstance();
                an.setAbstractNumId(BigInteger.valueOf(k + 10));
                for (int l = 0; l < 1 + r.nextInt(4); l++) {
                    CTLvl lvl = an.addNewLvl();
                    lvl.setIlvl(BigInteger.valueOf(l));
                    if (r.nextBoolean()) {
                        lvl.addNewStart().setVal(BigInteger.valueOf(r.nextInt(4)));
                    }
                    lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(FORMATS[r.nextInt(FORMATS.length)]));
                    if (r.nextInt(5) > 0) {
                        lvl.addNewLvlText().setVal(r.nextBoolean() ? "%" + (l + 1) + "." : "%1.%" + (l + 1) + ")");
                    }
                    if (r.nextInt(4) == 0) {
                        lvl.addNewLvlRestart().setVal(BigInteger.valueOf(r.nextInt(3)));
                    }
                    if (r.nextInt(5) == 0) {
                        lvl.addNewIsLgl();
                    }
                    if (r.nextInt(4) == 0) {
                        lvl.addNewPStyle().setVal("S" + r.nextInt(3));
                    }
                }
                BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(an));
                for (int m = 0; m < 1 + r.nextInt(2); m++) {
                    BigInteger id = numbering.addNum(abs);
                    if (r.nextBoolean()) {
                        CTNumLvl o = numbering.getNum(id).getCTNum().addNewLvlOverride();
                        o.setIlvl(BigInteger.valueOf(r.nextInt(3)));
                        if (r.nextBoolean()) {
                            o.addNewStartOverride().setVal(BigInteger.valueOf(r.nextInt(5)));
                        }
                    }
                    nums.add(id);
                }
            }
        }

        private void styles(XWPFStyles styles) {
            for (int s = 0; s < 3; s++) {
                CTStyle st = CTStyle.Factory.newInstance();
                st.setStyleId("S" + s);
                st.setType(STStyleType.PARAGRAPH);
                if (!nums.isEmpty() && r.nextBoolean()) {
                    CTNumPr np = st.addNewPPr().addNewNumPr();
                    np.addNewNumId().setVal(nums.get(r.nextInt(nums.size())));
                    if (r.nextBoolean()) {
                        np.addNewIlvl().setVal(BigInteger.valueOf(r.nextInt(2)));
                    }
                }
                if (s > 0 && r.nextBoolean()) {
                    st.addNewBasedOn().setVal("S" + (s - 1));
                }
                styles.addStyle(new XWPFStyle(st));
            }
        }

        private void table(XWPFTable t) {
            int cols = 1 + r.nextInt(3);
            for (int i = 0; i < 1 + r.nextInt(3); i++) {
                XWPFTableRow row = i == 0 ? t.getRow(0) : t.createRow();
                while (row.getTableCells().size() < cols) {
                    row.addNewTableCell();
                }
                for (XWPFTableCell c : row.getTableCells()) {
                    switch (r.nextInt(4)) {
                        case 1 -> c.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        case 2 -> c.getCTTc().addNewTcPr().addNewVMerge();
                        case 3 -> c.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                        default -> {
                        }
                    }
                    paragraph(c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().get(0));
                    if (r.nextInt(3) == 0) {
                        paragraph(c.addParagraph());
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            if (!nums.isEmpty() && r.nextInt(3) == 0) {
                p.setNumID(nums.get(r.nextInt(nums.size())));
                if (r.nextBoolean()) {
                    p.setNumILvl(BigInteger.valueOf(r.nextInt(3)));
                }
            }
            if (r.nextInt(3) == 0) {
                p.setStyle("S" + r.nextInt(4));
            }
            for (int k = 0; k < r.nextInt(5); k++) {
                int kind = r.nextInt(12);
                if (kind == 0) {
                    XWPFHyperlinkRun h = p.createHyperlinkRun("http://example.vn");
                    h.setText(word());
                    continue;
                }
                if (kind == 1) {
                    CTSimpleField f = p.getCTP().addNewFldSimple();
                    f.setInstr("PAGE");
                    f.addNewR().addNewT().setStringValue(word());
                    continue;
                }
                XWPFRun run = p.createRun();
                if (r.nextInt(4) == 0) {
                    run.setCapitalized(r.nextBoolean());
                }
                if (r.nextInt(5) == 0) {
                    run.setSmallCaps(true);
                }
                run.setText(word());
                switch (kind) {
                    case 2 -> run.addTab();
                    case 3 -> run.addBreak();
                    case 4 -> run.addCarriageReturn();
                    case 5 -> run.getCTR().addNewNoBreakHyphen();
                    case 6 -> run.getCTR().addNewInstrText().setStringValue("PAGE \\* MERGEFORMAT");
                    case 7 -> run.getCTR().addNewDelText().setStringValue("đã xóa");
                    case 8 -> run.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    case 9 -> run.getCTR().addNewSoftHyphen();
                    default -> run.setText(word());
                }
            }
        }

        private String word() {
            return WORDS[r.nextInt(WORDS.length)];
        }
    }
}
