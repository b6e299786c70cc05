package vn.plancheck.ingest;

import vn.plancheck.model.Location;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97-2003 .doc through HWPF (poi-scratchpad): paragraphs in order, table cells as one paragraph
 * each (row-end marks dropped), list labels rebuilt with HWPF's own list formatter (the same one
 * its WordExtractor uses), field codes hidden, location: the N-th paragraph. Word 6/95 files, which HWPF
 * refuses, are read with {@link Word6Extractor} (no labels).
 */
final class DocReader implements FormatReader {
    @Override
    public SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException {
        FileMagic magic = FileMagic.of(file);
        if (magic != FileMagic.OLE2) {
            throw Problems.unreadable(magic == FileMagic.OTHER ? Problems.corrupt("doc") : Problems.misnamed("doc", magic));
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw Problems.unreadable(Problems.WORD_PASSWORD);
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw Problems.unreadable("Tệp có đuôi .doc nhưng không phải tài liệu Word (có thể là tệp Excel/PowerPoint 97-2003 đổi đuôi).");
            }
            try {
                return paragraphs(new HWPFDocument(fs), displayName);
            } catch (OldWordFileFormatException e) {
                return word6(fs, displayName);
            }
        } catch (EncryptedDocumentException e) {
            throw Problems.unreadable(Problems.WORD_PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            throw Problems.unreadable(Problems.isZipBomb(e) ? Problems.ZIP_BOMB : Problems.corrupt("doc"), e);
        }
    }

    private static SourceText paragraphs(HWPFDocument doc, String displayName) throws UnreadableDocumentException {
        TextLines lines = new TextLines();
        AbstractWordUtils.NumberingState numbering = new AbstractWordUtils.NumberingState();
        Range range = doc.getRange();
        int n = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd()) {
                continue;                       // the row-end mark after the last cell holds no text
            }
            String text = clean(p.text());
            String label = label(numbering, p);
            lines.addSplit(label.isEmpty() ? text : label + " " + text, Location.paragraph(++n));
        }
        return lines.build(displayName, "doc");
    }

    /** HWPF's formatter gives "I.", "1.", "a)" and the bullet glyph, often a Symbol-font code: that becomes "-". */
    private static String label(AbstractWordUtils.NumberingState numbering, Paragraph p) {
        if (p.getIlfo() == 0 || p.getList() == null) {
            return "";
        }
        try {
            String label = AbstractWordUtils.getBulletText(numbering, p.getList(), (char) p.getIlvl()).strip();
            return label.isEmpty() || label.codePoints().noneMatch(Character::isLetterOrDigit) ? "-" : label;
        } catch (RuntimeException e) {
            return "";                          // a broken list table costs the label, not the document
        }
    }

    private static SourceText word6(POIFSFileSystem fs, String displayName) throws IOException, UnreadableDocumentException {
        TextLines lines = new TextLines();
        lines.note("Tệp Word 6.0/95 rất cũ: đã đọc văn bản nhưng không dựng lại được số thứ tự tự động của danh sách.");
        try (Word6Extractor ex = new Word6Extractor(fs)) {
            ex.setCloseFilesystem(false);
            int n = 0;
            for (String para : ex.getParagraphText()) {
                lines.addSplit(clean(para), Location.paragraph(++n));
            }
        }
        return lines.build(displayName, "doc");
    }

    /**
     * Word's control characters: a field is 0x13 code 0x14 result 0x15 (only the result is shown, and
     * fields nest); 0x07 ends a cell; 0x0B is a soft line break; 0x0C a page break; 0x1E a non-breaking
     * hyphen; 0x1F an optional hyphen; 0x01/0x08 anchor pictures and drawings.
     */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int depth = 0;
        long codeMask = 0;                      // bit d set: the field at depth d is still in its code part
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> {
                    depth++;
                    if (depth < 64) {
                        codeMask |= 1L << depth;
                    }
                }
                case '\u0014' -> {
                    if (depth > 0 && depth < 64) {
                        codeMask &= ~(1L << depth);
                    }
                }
                case '\u0015' -> {
                    if (depth > 0) {
                        if (depth < 64) {
                            codeMask &= ~(1L << depth);
                        }
                        depth--;
                    }
                }
                default -> {
                    if (codeMask != 0) {
                        continue;
                    }
                    if (c == '\u000B' || c == '\u000C') {
                        out.append('\n');
                    } else if (c == '\u001E') {
                        out.append('-');
                    } else if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '\r' || out.charAt(end - 1) == '\n')) {
            end--;                              // the paragraph mark itself
        }
        return out.substring(0, end);
    }
}
