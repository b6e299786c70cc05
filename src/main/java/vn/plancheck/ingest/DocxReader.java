package vn.plancheck.ingest;

import vn.plancheck.model.Location;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * .docx: body paragraphs and tables in document order, read with StAX ({@link DocxXml}) where that gives what POI
 * gives, else through XWPF. A plan's issuer and national
 * motto sit in a two-column table at the top and its recipients and signature in one at the end,
 * so each paragraph of each cell becomes its own line, row by row and cell by cell (reading order).
 * List labels Word draws from numbering are rebuilt ({@link ListLabels}); soft line breaks split a
 * paragraph into several lines; empty paragraphs stay as empty lines.
 *
 * <p>Line numbers run over all emitted lines; locations are the N-th paragraph outside tables
 * or table T, row R, cell C.
 *
 * <p>A Word file that holds only pictures of pages (a scan pasted into Word) has no text to check: its pictures are
 * read by Tesseract in document order ({@link Scans}), each as a page ("trang N" is the N-th picture).
 */
final class DocxReader implements FormatReader {
    /** What XWPFRun writes for a footnote or endnote reference; not document text. */
    private static final Pattern NOTE_REF = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");
    /** A picture smaller than this is a logo or a stamp, not a scanned page. */
    static final int MIN_PICTURE_BYTES = 10 * 1024;
    /** A plan has thousands of letters; a scan pasted into Word has none, or a caption. */
    static final int MAX_LETTERS_OF_A_SCAN = 1_000;
    /** ... and fewer than this many per picture (a plan with photos in its annex has its text besides). */
    static final int LETTERS_PER_PICTURE = 100;

    @Override
    public SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException {
        FileMagic magic = FileMagic.of(file);
        if (magic == FileMagic.OLE2) {
            throw Problems.unreadable(isEncryptedOoxml(file) ? Problems.WORD_PASSWORD : Problems.misnamed("docx", magic));
        }
        if (magic != FileMagic.ZIP) {
            throw Problems.unreadable(magic == FileMagic.OTHER ? Problems.corrupt("docx") : Problems.misnamed("docx", magic));
        }
        SourceText fast = DocxXml.read(file, displayName);
        return fast != null ? fast : readWithPoi(file, displayName, pages);
    }

    /** The document through POI's XWPFDocument (the reference {@link DocxXml} is tested against). */
    static SourceText readWithPoi(Path file, String displayName, ScanProgress pages) throws UnreadableDocumentException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return new Walk(new XWPFDocument(pkg), pages).run(displayName);
        } catch (EncryptedDocumentException e) {
            throw Problems.unreadable(Problems.WORD_PASSWORD, e);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw Problems.unreadable(Problems.isZipBomb(e) ? Problems.ZIP_BOMB : Problems.corrupt("docx"), e);
        }
    }

    /** Word's "Encrypt with password" wraps the zip in an OLE2 file with EncryptionInfo + EncryptedPackage. */
    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** One pass over one document; holds the counters, so it is never shared. */
    private static final class Walk {
        private final XWPFDocument doc;
        private final ListLabels labels;
        private final TextLines lines = new TextLines();
        private int paragraphs;
        private int tables;
        /** The pictures of the body, in document order: a scan pasted into Word is read from them. */
        private final List<XWPFPictureData> pictures = new ArrayList<>();

        /** Told of each page picture read. */
        private final ScanProgress progress;

        Walk(XWPFDocument doc, ScanProgress progress) {
            this.doc = doc;
            this.progress = progress;
            this.labels = new ListLabels(doc.getNumbering(), doc.getStyles());
        }

        SourceText run(String displayName) throws UnreadableDocumentException {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, Location.paragraph(++paragraphs));
                } else if (e instanceof XWPFTable t) {
                    table(t, ++tables);
                } else if (e instanceof XWPFSDT sdt) {
                    lines.addSplit(sdt.getContent().getText(), Location.paragraph(++paragraphs));
                }
            }
            SourceText scanned = imageOnly(displayName);
            return scanned != null ? scanned : lines.build(displayName, "docx");
        }

        /**
         * A scan pasted into Word: pictures, and no text or a caption. Checked as a plan it would get every "not
         * found" finding there is; like a scanned PDF, its pages are read by OCR ({@link PagePictures}), and when that
         * cannot be done here it is reported as having no text layer. Null for a document with text.
         */
        private SourceText imageOnly(String displayName) throws UnreadableDocumentException {
            int count = 0;
            for (XWPFPictureData p : doc.getAllPictures()) {
                byte[] data = p.getData();
                if (data != null && data.length >= MIN_PICTURE_BYTES) {
                    count++;
                }
            }
            long letters = lines.letters();
            if (count > 0 && letters < MAX_LETTERS_OF_A_SCAN && letters < (long) LETTERS_PER_PICTURE * count) {
                String what = Problems.wordImagesOnly(count, letters);
                SourceText scanned = PagePictures.read(pictures, displayName, what, progress);
                if (scanned == null) {          // no picture large enough to be a page
                    throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, what);
                }
                return scanned;
            }
            return null;
        }

        private void paragraph(XWPFParagraph p, Location location) {
            for (XWPFRun run : p.getRuns()) {
                for (XWPFPicture picture : run.getEmbeddedPictures()) {
                    if (picture.getPictureData() != null) {
                        pictures.add(picture.getPictureData());
                    }
                }
            }
            String label = labels.labelFor(p);
            String text = NOTE_REF.matcher(p.getText()).replaceAll("");
            lines.addSplit(label.isEmpty() ? text : label + " " + text, location);
        }

        private void table(XWPFTable t, int tableNumber) {
            int r = 0;
            for (XWPFTableRow row : t.getRows()) {
                r++;
                int c = 0;
                for (XWPFTableCell cell : row.getTableCells()) {
                    c++;
                    if (!isMergedContinuation(cell)) {
                        cell(cell, Location.cell(tableNumber, r, c));
                    }
                }
            }
        }

        /** Nested tables keep the outer cell's location: that is where the reader will look. */
        private void cell(XWPFTableCell cell, Location location) {
            for (IBodyElement e : cell.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, location);
                } else if (e instanceof XWPFTable nested) {
                    for (XWPFTableRow row : nested.getRows()) {
                        for (XWPFTableCell inner : row.getTableCells()) {
                            cell(inner, location);
                        }
                    }
                } else if (e instanceof XWPFSDT sdt) {
                    lines.addSplit(sdt.getContent().getText(), location);
                }
            }
        }

        /** The lower parts of a vertically merged cell are empty placeholders; Word shows one cell. */
        private static boolean isMergedContinuation(XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr == null || pr.getVMerge() == null) {
                return false;
            }
            Object val = pr.getVMerge().getVal();
            return val == null || "continue".equals(val.toString());
        }
    }
}
