package vn.plancheck.ingest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Writes the signed-looking PDFs of fixtures/layouts/ (not a test; run by fixtures/tools/make-layout-fixtures.sh)
 * from the PDFs LibreOffice exported, doing to them what Vietnamese e-signing tools and clerks do:
 * <ul>
 *   <li>{@code ubnd-phuong-2rows-signed.pdf}: the signer's and then the authority's digital signature, each an
 *       incremental update with a visible signature widget — a red seal image and "Ký bởi: …", "Thời gian ký: …"
 *       in a box; the authority's box lies over the date line and the motto, the signer's in the signing space;</li>
 *   <li>{@code phong-kthtdt-stamped.pdf}: the draft (number, day and month blank) with the number and the day and
 *       month written in by the signing tool as text of their own, in another font and a hair off the line, in a
 *       content stream appended after the body (so the page draws them last), then the department's signature
 *       over the number and date;</li>
 *   <li>{@code phong-kthtdt-annotated.pdf}: the same draft with the number and the day and month as FreeText
 *       annotations (a clerk's typewriter stamps), then the department's signature;</li>
 *   <li>{@code phong-kthtdt-fields.pdf}: the same draft with the number and the day and month as filled, read-only
 *       form fields (as an e-office system fills them in at issue), then the department's signature.</li>
 * </ul>
 * The signature values are placeholders (no certificate; a validator reports them as invalid): the files look
 * signed to a reader and to a text extractor, which is all the tests need.
 *
 * <p>Arguments: LAYOUTS_DIR EXPORT_DIR SERIF_TTF SANS_TTF. EXPORT_DIR holds LibreOffice's
 * {@code ubnd-phuong-2rows.pdf} and {@code phong-kthtdt-draft.pdf}.
 */
public final class SignedPdfMaker {
    /** 10/10/2025, Asia/Ho_Chi_Minh: the plans' date. */
    private static final int YEAR = 2025;
    private static final int MONTH = Calendar.OCTOBER;
    private static final int DAY = 10;

    private final Path serif;
    private final Path sans;

    private SignedPdfMaker(Path serif, Path sans) {
        this.serif = serif;
        this.sans = sans;
    }

    public static void main(String[] args) throws Exception {
        Path layouts = Path.of(args[0]);
        Path exported = Path.of(args[1]);
        SignedPdfMaker maker = new SignedPdfMaker(Path.of(args[2]), Path.of(args[3]));
        Files.createDirectories(layouts);
        maker.signed(exported.resolve("ubnd-phuong-2rows.pdf"), layouts.resolve("ubnd-phuong-2rows-signed.pdf"));
        Path draft = exported.resolve("phong-kthtdt-draft.pdf");
        maker.stamped(draft, layouts.resolve("phong-kthtdt-stamped.pdf"), Fill.CONTENT);
        maker.stamped(draft, layouts.resolve("phong-kthtdt-annotated.pdf"), Fill.FREE_TEXT);
        maker.stamped(draft, layouts.resolve("phong-kthtdt-fields.pdf"), Fill.FORM_FIELDS);
    }

    /** The signer's signature in the signing space, then the authority's over the date line (two updates). */
    private void signed(Path source, Path out) throws IOException {
        Path personal = Files.createTempFile("signed-1-", ".pdf");
        try {
            try (PDDocument doc = Loader.loadPDF(source.toFile())) {
                int last = doc.getNumberOfPages() - 1;
                Glyphs g = Glyphs.of(doc, last);
                Box name = g.find("Trần Minh Khoa");
                Box deputy = g.find("PHÓ CHỦ TỊCH");
                float w = 190;
                float x = (name.x0() + name.x1()) / 2 - w / 2;
                // in the signing space between "PHÓ CHỦ TỊCH" and the name
                PDRectangle rect = new PDRectangle(x, g.pdfY(name.baseline()) + 16, w, g.pdfY(deputy.baseline()) - g.pdfY(name.baseline()) - 26);
                sign(doc, personal, last, rect, "Trần Minh Khoa", 14, 55, 31, new String[] {
                    "Ký bởi: Trần Minh Khoa",
                    "Chức vụ: Phó Chủ tịch UBND phường Hòa Bình",
                    "Thời gian ký: 10.10.2025 14:55:31 +07:00"}, false);
            }
            try (PDDocument doc = Loader.loadPDF(personal.toFile())) {
                Glyphs g = Glyphs.of(doc, 0);
                Box date = g.find("Hòa Bình, ngày");
                Box motto = g.find("Độc lập");
                // over the right half of the date line and the end of the motto, as the tools place it by default
                float x = Math.min(date.x0() + 95, doc.getPage(0).getMediaBox().getWidth() - 42 - 205);
                PDRectangle rect = new PDRectangle(x, g.pdfY(date.baseline()) - 22, 205, g.pdfY(motto.baseline()) - g.pdfY(date.baseline()) + 30);
                sign(doc, out, 0, rect, "Ủy ban nhân dân phường Hòa Bình", 15, 42, 7, new String[] {
                    "Ký bởi: Ủy ban nhân dân phường Hòa Bình",
                    "Email: vanthu.hoabinh@example.gov.vn",
                    "Cơ quan: Ủy ban nhân dân phường Hòa Bình",
                    "Thời gian ký: 10.10.2025 15:42:07 +07:00"}, true);
            }
        } finally {
            Files.deleteIfExists(personal);
        }
    }

    /** How the number and the day and month get into the draft. */
    private enum Fill {
        /** Text drawn by a content stream appended to the page, after the body. */
        CONTENT,
        /** FreeText annotations (a clerk's typewriter stamps). */
        FREE_TEXT,
        /** Read-only text fields filled by the e-office system at issue (widgets with /FT /Tx). */
        FORM_FIELDS
    }

    /**
     * The draft with the number and the day and month filled in, then the department's signature over them.
     */
    private void stamped(Path draft, Path out, Fill fill) throws IOException {
        Path filled = Files.createTempFile("stamped-", ".pdf");
        try {
            try (PDDocument doc = Loader.loadPDF(draft.toFile())) {
                Glyphs g = Glyphs.of(doc, 0);
                Box so = g.find("Số:");
                Box symbol = g.find("/KH-PKTHTĐT");
                Box ngay = g.find("Bình, ngày");
                Box thang = g.after(ngay, "tháng");
                Box nam = g.after(thang, "năm");
                PDType0Font font = PDType0Font.load(doc, serif.toFile());
                float size = 13;
                // the tool sets the number against the "/", and the day and month in the middle of their blanks,
                // on a baseline a little off the line's (its own metrics)
                List<Stamp> stamps = List.of(
                        new Stamp("208", symbol.x0() - 1 - width(font, size, "208"), g.pdfY(so.baseline()) + 0.8f),
                        new Stamp("10", (ngay.x1() + thang.x0()) / 2 - width(font, size, "10") / 2, g.pdfY(ngay.baseline()) - 0.6f),
                        new Stamp("10", (thang.x1() + nam.x0()) / 2 - width(font, size, "10") / 2, g.pdfY(ngay.baseline()) - 0.6f));
                PDPage page = doc.getPage(0);
                if (fill == Fill.FREE_TEXT) {
                    for (Stamp s : stamps) {
                        page.getAnnotations().add(freeText(doc, font, size, s));
                    }
                    font.subset();   // used by appearance streams only: save() would not subset (embed) it
                } else if (fill == Fill.FORM_FIELDS) {
                    textFields(doc, page, size, stamps);
                } else {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                        cs.beginText();
                        cs.setFont(font, size);
                        for (Stamp s : stamps) {
                            cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(s.x(), s.y()));
                            cs.showText(s.text());
                        }
                        cs.endText();
                    }
                }
                doc.save(filled.toFile());
            }
            try (PDDocument doc = Loader.loadPDF(filled.toFile())) {
                Glyphs g = Glyphs.of(doc, 0);
                Box date = g.find("Bình, ngày");
                Box so = g.find("Số:");
                // from the end of the number line across the gap to the date's day and month
                float x = g.find("/KH-PKTHTĐT").x1() - 12;
                PDRectangle rect = new PDRectangle(x, g.pdfY(so.baseline()) - 14, 215, g.pdfY(date.baseline()) - g.pdfY(so.baseline()) + 40);
                sign(doc, out, 0, rect, "Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Bình", 16, 5, 44, new String[] {
                    "Ký bởi: Phòng Kinh tế, Hạ tầng và Đô thị",
                    "Cơ quan: UBND phường Hòa Bình",
                    "Thời gian ký: 10.10.2025 16:05:44 +07:00"}, true);
            }
        } finally {
            Files.deleteIfExists(filled);
        }
    }

    private record Stamp(String text, float x, float y) {
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * Read-only text fields "so", "ngay", "thang" holding the stamps' text, their appearances made by PDFBox from
     * the form's default appearance (Helvetica, which has the digits), in borderless boxes over the blanks.
     */
    private static void textFields(PDDocument doc, PDPage page, float size, List<Stamp> stamps) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources dr = new PDResources();
        dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(dr);
        form.setDefaultAppearance("/Helv " + size + " Tf 0 g");
        String[] names = {"so", "ngay", "thang"};
        for (int i = 0; i < stamps.size(); i++) {
            Stamp s = stamps.get(i);
            PDTextField field = new PDTextField(form);
            field.setPartialName(names[i]);
            field.setDefaultAppearance("/Helv " + size + " Tf 0 g");
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(s.x() - 2, s.y() - 4, size * 0.56f * s.text().length() + 4, size + 5));
            widget.setPage(page);
            widget.setPrinted(true);
            PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
            widget.setAppearanceCharacteristics(mk);   // no border, no background
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            field.setValue(s.text());
            field.setReadOnly(true);
        }
    }

    /** A borderless FreeText annotation whose appearance is the text on its baseline. */
    private static PDAnnotationFreeText freeText(PDDocument doc, PDType0Font font, float size, Stamp s) throws IOException {
        float w = width(font, size, s.text()) + 2;
        float descent = 4;
        PDAnnotationFreeText a = new PDAnnotationFreeText();
        a.setRectangle(new PDRectangle(s.x() - 1, s.y() - descent, w, size + descent));
        a.setContents(s.text());
        a.setDefaultAppearance("/F1 " + size + " Tf 0 g");
        a.setPrinted(true);
        a.setModifiedDate(date(9, 30, 0));
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(w, size + descent));
        ap.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(1, descent);
            cs.showText(s.text());
            cs.endText();
        }
        PDAppearanceDictionary apd = new PDAppearanceDictionary();
        apd.setNormalAppearance(ap);
        a.setAppearance(apd);
        return a;
    }

    /**
     * Adds a signature as an incremental update, with a visible widget on page {@code page}: a seal image (the
     * authority's red seal, or the signer's scribble) and the signing tool's lines of text in a thin frame.
     */
    private void sign(PDDocument doc, Path out, int page, PDRectangle rect, String name, int hour, int minute, int second,
            String[] lines, boolean seal) throws IOException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
        signature.setName(name);
        signature.setLocation("Hòa Bình");
        signature.setReason("Ký số văn bản");
        signature.setSignDate(date(hour, minute, second));
        SignatureOptions options = new SignatureOptions();
        options.setPreferredSignatureSize(1024);
        options.setPage(page);
        doc.addSignature(signature, content -> {
            content.readAllBytes();
            return new byte[0];   // placeholder: no certificate, so no real signature value
        }, options);
        PDSignatureField field = null;
        for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (f instanceof PDSignatureField s && s.getSignature() != null
                    && s.getSignature().getCOSObject() == signature.getCOSObject()) {
                field = s;
            }
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setAppearance(signatureAppearance(doc, rect, lines, seal));
        widget.getCOSObject().setNeedToBeUpdated(true);
        try (OutputStream os = new FileOutputStream(out.toFile())) {
            doc.saveIncremental(os);
        }
        options.close();
    }

    private PDAppearanceDictionary signatureAppearance(PDDocument doc, PDRectangle rect, String[] lines, boolean seal)
            throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        float w = rect.getWidth();
        float h = rect.getHeight();
        ap.setBBox(new PDRectangle(w, h));
        ap.setResources(new PDResources());
        PDType0Font font = PDType0Font.load(doc, sans.toFile());
        PDImageXObject image = LosslessFactory.createFromImage(doc, seal ? sealImage() : scribbleImage());
        float size = 6.5f;
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
            cs.setStrokingColor(0.8f, 0.1f, 0.1f);
            cs.setLineWidth(0.6f);
            cs.addRect(0.5f, 0.5f, w - 1, h - 1);
            cs.stroke();
            float img = Math.min(h - 4, 46);
            cs.drawImage(image, 2, (h - img) / 2, img, img);
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            cs.newLineAtOffset(img + 6, h / 2 + (lines.length - 2) * (size + 1.5f) + 1);
            for (String line : lines) {
                cs.showText(line);
                cs.newLineAtOffset(0, -(size + 1.5f));
            }
            cs.endText();
        }
        font.subset();   // an incremental save does not subset fonts (nor write their ToUnicode map) by itself
        PDAppearanceDictionary apd = new PDAppearanceDictionary();
        apd.setNormalAppearance(ap);
        return apd;
    }

    /** A round red seal (ring, star, and a band of ticks for the lettering), 96 px. */
    private static BufferedImage sealImage() {
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(200, 20, 20));
        g.setStroke(new BasicStroke(4));
        g.drawOval(4, 4, 88, 88);
        g.setStroke(new BasicStroke(1.5f));
        g.drawOval(20, 20, 56, 56);
        for (int i = 0; i < 36; i++) {
            double a = Math.toRadians(i * 10);
            g.drawLine((int) (48 + 30 * Math.cos(a)), (int) (48 + 30 * Math.sin(a)),
                    (int) (48 + 40 * Math.cos(a)), (int) (48 + 40 * Math.sin(a)));
        }
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 22 : 9;
            double a = Math.toRadians(-90 + i * 36);
            xs[i] = (int) (48 + r * Math.cos(a));
            ys[i] = (int) (48 + r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        return img;
    }

    /** A blue pen scribble standing for the signer's handwritten signature, 96 px. */
    private static BufferedImage scribbleImage() {
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {8, 22, 30, 38, 44, 52, 60, 70, 86};
        int[] ys = {60, 30, 66, 28, 62, 34, 58, 40, 50};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        return img;
    }

    private static Calendar date(int hour, int minute, int second) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        c.clear();
        c.set(YEAR, MONTH, DAY, hour, minute, second);
        return c;
    }

    /** Where a piece of text is on the page: left and right edge (PDF units), baseline from the top. */
    private record Box(float x0, float x1, float baseline) {
    }

    /** The page's glyphs in reading order, to find where the tool has to write. */
    private static final class Glyphs extends PDFTextStripper {
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> at = new ArrayList<>();
        private float height;

        static Glyphs of(PDDocument doc, int pageIndex) throws IOException {
            Glyphs g = new Glyphs();
            g.setSortByPosition(true);
            g.setStartPage(pageIndex + 1);
            g.setEndPage(pageIndex + 1);
            g.height = doc.getPage(pageIndex).getMediaBox().getHeight();
            g.getText(doc);
            return g;
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                for (int i = 0; i < p.getUnicode().length(); i++) {
                    text.append(p.getUnicode().charAt(i));
                    at.add(p);
                }
            }
            text.append('\n');
            at.add(null);
        }

        Box find(String s) {
            return box(text.indexOf(s), s.length());
        }

        Box after(Box from, String s) {
            int start = 0;
            for (int i = 0; i < at.size(); i++) {
                if (at.get(i) != null && at.get(i).getXDirAdj() == from.x0() && at.get(i).getYDirAdj() == from.baseline()) {
                    start = i;
                    break;
                }
            }
            return box(text.indexOf(s, start), s.length());
        }

        private Box box(int i, int length) {
            if (i < 0) {
                throw new IllegalStateException("text not found on the page:\n" + text);
            }
            TextPosition first = at.get(i);
            TextPosition last = at.get(i + length - 1);
            return new Box(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj());
        }

        /** PDF user-space y of a baseline measured from the top. */
        float pdfY(float fromTop) {
            return height - fromTop;
        }
    }
}
