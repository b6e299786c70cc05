package vn.plancheck.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Scans made at test time, so that the facts they should give are known: the page images of a text PDF (rendered
 * with PDFBox) or of a plan's .txt (typeset here with Java2D the way a signed plan is laid out: the issuer and the
 * national header side by side, the title centred, "Nơi nhận" beside the signature), then scanned: turned a little,
 * softened, specked and saved as JPEG in an image-only PDF, as page images in a Word file, or as image files.
 * Everything is seeded by the file's name: the same plan always gives the same pixels (and hits the OCR cache).
 */
public final class ScanMaker {
    /** A4 in inches. */
    private static final double PAGE_W = 8.27;
    private static final double PAGE_H = 11.69;
    private static final double LEFT = 1.18;      // 3 cm
    private static final double RIGHT = 0.79;     // 2 cm
    private static final double TOP = 0.79;
    private static final double BOTTOM = 0.79;
    private static final Pattern WIDE = Pattern.compile(" {3,}");
    private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s.*");
    private static final String[] SERIF = {
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/Library/Fonts/Times New Roman.ttf",
        "C:/Windows/Fonts/times.ttf"};

    private ScanMaker() {
    }

    /** {@code ScanMaker PLAN.(pdf|txt) OUT.(pdf|docx|png) [DPI]}: a scan of a plan, for trying plancheck by hand. */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int dpi = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<BufferedImage> pages = scan(in.toString().endsWith(".pdf") ? renderPdf(in, dpi) : typeset(in, dpi),
                in.getFileName().toString());
        String name = out.getFileName().toString();
        if (name.endsWith(".docx")) {
            writeDocx(pages, out);
        } else if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            writeTiff(pages, out);
        } else if (name.endsWith(".pdf")) {
            writePdf(pages, out);
        } else {
            writeImages(pages, out.toAbsolutePath().getParent(), name.substring(0, name.lastIndexOf('.')),
                    name.substring(name.lastIndexOf('.') + 1));
        }
    }

    // ---------------------------------------------------------------------------------------------- page images

    /** The pages of a PDF, rendered as a printer would print them. */
    public static List<BufferedImage> renderPdf(Path pdf, int dpi) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, dpi, ImageType.GRAY));
            }
        }
        return out;
    }

    /** A Vietnamese-capable serif font of this machine, or null (the tests that typeset plans are then skipped). */
    public static Path fontFile() {
        for (String f : SERIF) {
            if (Files.isRegularFile(Path.of(f))) {
                return Path.of(f);
            }
        }
        return null;
    }

    /** The pages of a plan's .txt, typeset (see the class comment). */
    public static List<BufferedImage> typeset(Path txt, int dpi) throws IOException {
        Path fontFile = fontFile();
        if (fontFile == null) {
            throw new IOException("no Vietnamese font on this machine");
        }
        Font base = font(fontFile);
        Font bold = variant(fontFile, "Bold", base, Font.BOLD);
        Font italic = variant(fontFile, "Italic", base, Font.ITALIC);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\r?\n", -1)) {
            lines.add(Normalizer.normalize(l.strip().equals("*") ? "*" : l.replace("*", ""), Normalizer.Form.NFC).stripTrailing());
        }
        return new Typesetter(base, bold, italic, dpi).run(lines, txt.getFileName().toString().contains("-ocr"));
    }

    private static Font font(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }

    /** The font's bold or italic face from its own file (LiberationSerif-Bold.ttf), else a derived one. */
    private static Font variant(Path regular, String style, Font base, int awtStyle) throws IOException {
        String name = regular.getFileName().toString();
        String other = name.contains("-Regular") ? name.replace("-Regular", "-" + style) : name.replace(".ttf", "-" + style + ".ttf");
        Path file = regular.resolveSibling(other);
        return Files.isRegularFile(file) ? font(file) : base.deriveFont(awtStyle);
    }

    // ------------------------------------------------------------------------------------------------ scanning

    /** The page as a scanner gives it back: turned by 0.3–1°, softened, specked, on slightly grey paper. */
    public static BufferedImage scan(BufferedImage page, Random rnd) {
        int w = page.getWidth();
        int h = page.getHeight();
        double angle = Math.toRadians((0.3 + rnd.nextDouble() * 0.7) * (rnd.nextBoolean() ? 1 : -1));
        BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(new Color(246, 246, 246));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setTransform(AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0));
        g.drawImage(page, 0, 0, null);
        g.dispose();
        float[] k = {0.025f, 0.075f, 0.025f, 0.075f, 0.6f, 0.075f, 0.025f, 0.075f, 0.025f};
        BufferedImage soft = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(turned, null);
        byte[] px = ((java.awt.image.DataBufferByte) soft.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i += 1 + rnd.nextInt(3)) {
            int v = (px[i] & 0xff) + rnd.nextInt(17) - 8;     // sensor noise
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
        int specks = (int) (px.length * 0.0001);
        for (int i = 0; i < specks; i++) {                    // dust: dark dots of 1–3 pixels
            int x = rnd.nextInt(w - 3);
            int y = rnd.nextInt(h - 3);
            int size = 1 + rnd.nextInt(3);
            int v = rnd.nextInt(120);
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) {
                    px[(y + dy) * w + x + dx] = (byte) v;
                }
            }
        }
        return soft;
    }

    public static List<BufferedImage> scan(List<BufferedImage> pages, String seed) {
        Random rnd = new Random(seed.hashCode());
        List<BufferedImage> out = new ArrayList<>();
        for (BufferedImage p : pages) {
            out.add(scan(p, rnd));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ wrapping

    /** An image-only PDF: each page an A4 page holding its image as JPEG (quality 0.8), like a scanner's PDF. */
    public static void writePdf(List<BufferedImage> pages, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(doc, img, 0.8f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
    }

    /** A Word file that holds only the page images, one per paragraph, as a scan pasted into Word. */
    public static void writeDocx(List<BufferedImage> pages, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            int n = 0;
            for (BufferedImage img : pages) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                XWPFRun run = doc.createParagraph().createRun();
                try (InputStream in = new java.io.ByteArrayInputStream(png.toByteArray())) {
                    run.addPicture(in, Document.PICTURE_TYPE_PNG, "trang-" + (++n) + ".png",
                            Units.toEMU(PDRectangle.A4.getWidth() * 0.85), Units.toEMU(PDRectangle.A4.getHeight() * 0.85));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            doc.write(os);
        }
    }

    /** A multi-page TIFF (lossless), as a scanner's "one file per document" setting writes it. */
    public static void writeTiff(List<BufferedImage> pages, Path out) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (javax.imageio.stream.ImageOutputStream os = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(os);
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new javax.imageio.IIOImage(p, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** One image file per page ({@code format} "png", "jpg" or "tif"), named base-1, base-2, …; returns them. */
    public static List<Path> writeImages(List<BufferedImage> pages, Path dir, String base, String format) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path f = dir.resolve(base + "-" + (i + 1) + "." + format);
            if (!ImageIO.write(pages.get(i), "jpg".equals(format) ? "jpeg" : "tif".equals(format) ? "tiff" : format, f.toFile())) {
                throw new IOException("no ImageIO writer for " + format);
            }
            out.add(f);
        }
        return out;
    }

    // --------------------------------------------------------------------------------------------- typesetting

    /** Lays out a plan's lines on A4 pages at one resolution. */
    private static final class Typesetter {
        private final int dpi;
        private final Font body;
        private final Font bold;
        private final Font italic;
        private final Font small;
        private final Font boldSmall;
        private final int width;
        private final int height;
        private final int left;
        private final int right;
        private final int top;
        private final int bottom;
        private final List<BufferedImage> pages = new ArrayList<>();
        private Graphics2D g;
        private int y;

        Typesetter(Font base, Font boldFace, Font italicFace, int dpi) {
            this.dpi = dpi;
            float px = 13f / 72f * dpi;
            body = base.deriveFont(px);
            bold = boldFace.deriveFont(px);
            italic = italicFace.deriveFont(px);
            small = base.deriveFont(12f / 72f * dpi);
            boldSmall = boldFace.deriveFont(12f / 72f * dpi);
            width = (int) Math.round(PAGE_W * dpi);
            height = (int) Math.round(PAGE_H * dpi);
            left = (int) Math.round(LEFT * dpi);
            right = width - (int) Math.round(RIGHT * dpi);
            top = (int) Math.round(TOP * dpi);
            bottom = height - (int) Math.round(BOTTOM * dpi);
        }

        List<BufferedImage> run(List<String> lines, boolean asIs) {
            newPage();
            if (asIs) {
                asIs(lines);
            } else {
                plan(lines);
            }
            g.dispose();
            return pages;
        }

        /** OCR text of a scan: each line as it stands; a run of spaces is the gutter of two columns. */
        private void asIs(List<String> lines) {
            for (String l : lines) {
                if (l.isBlank()) {
                    skip(0.6);
                    continue;
                }
                String[] cells = WIDE.split(l.strip(), 2);
                if (cells.length == 2) {
                    ensure(1);
                    draw(cells[0], body, left);
                    draw(cells[1], body, left + (right - left) * 11 / 20);
                    next(body);
                } else {
                    paragraph(l.strip(), body, 0);
                }
            }
        }

        /** A clean plan: header table, title, body, closing table. */
        private void plan(List<String> lines) {
            int type = -1;
            for (int i = 0; i < lines.size() && type < 0; i++) {
                if (fold(lines.get(i)).matches("KE HOACH.*") && lines.get(i).strip().length() < 40) {
                    type = i;
                }
            }
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).isBlank()) {
                end--;
            }
            int closing = -1;
            for (int i = Math.max(type, 0); i < end; i++) {
                if (fold(lines.get(i)).startsWith("NOI NHAN")) {
                    closing = i;
                }
            }
            if (closing < 0) {                           // no "Nơi nhận": the signature follows the last "./."
                for (int i = end - 1; i > Math.max(type, 0); i--) {
                    if (lines.get(i).strip().endsWith("/.")) {
                        closing = i + 1;
                        break;
                    }
                }
            }
            int i = 0;
            if (type > 0) {
                header(lines.subList(0, type));
                i = type;
                centred(lines.get(i++).strip(), bold);
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    centred(lines.get(i++).strip(), bold);
                }
                skip(0.8);
            }
            int bodyEnd = closing >= 0 ? closing : end;
            for (; i < bodyEnd; i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty()) {
                    continue;
                }
                boolean heading = ROMAN.matcher(l).matches();
                paragraph(l, heading ? bold : body, heading ? 0 : dpi * 0.4);
            }
            if (closing >= 0) {
                closingTable(lines.subList(closing, end));
            }
        }

        private void header(List<String> lines) {
            List<String> l = new ArrayList<>();
            List<String> r = new ArrayList<>();
            for (String line : lines) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                String f = fold(s);
                String[] cells = WIDE.split(s, 2);
                if (cells.length == 2 && isRightCell(fold(cells[1]))) {    // else a blank left to fill in
                    l.add(cells[0]);
                    r.add(cells[1]);
                    continue;
                }
                if (f.startsWith("DU THAO")) {
                    draw(s, bold, right - width(s, bold));
                    next(body);
                } else if (f.startsWith("CONG HOA") || f.startsWith("DOC LAP") || f.startsWith("DANG CONG SAN")
                        || f.contains(", NGAY") || f.matches(".*NGAY .*THANG .*NAM \\d{4}.*")) {
                    r.add(s);
                } else {
                    l.add(s);
                }
            }
            int mid = left + (right - left) * 37 / 100;
            columns(l, r, left - dpi / 4, mid, mid, right + dpi / 8, true);
            skip(0.8);
        }

        private static boolean isRightCell(String f) {
            return f.startsWith("CONG HOA") || f.startsWith("DOC LAP") || f.startsWith("DANG CONG SAN") || f.contains(", NGAY");
        }

        private void closingTable(List<String> lines) {
            List<String> l = new ArrayList<>();
            List<String> r = new ArrayList<>();
            boolean recipients = !lines.isEmpty() && fold(lines.get(0)).startsWith("NOI NHAN");
            for (String line : lines) {
                String s = line.strip();
                String[] cells = WIDE.split(s, 2);
                if (cells.length == 2) {
                    l.add(cells[0]);
                    r.add(cells[1]);
                    continue;
                }
                String f = fold(s);
                boolean recipient = recipients && (f.startsWith("NOI NHAN") || s.startsWith("-") || s.startsWith("+")
                        || f.startsWith("LUU"));
                if (recipient) {
                    l.add(s);
                } else if (!s.isEmpty() || !r.isEmpty()) {
                    r.add(s);
                }
            }
            skip(0.5);
            int mid = left + (right - left) / 2;
            columns(l, r, left, mid, mid, right, false);
        }

        /** Two cells side by side: the left lines in [x0, x1], the right ones centred in [x2, x3]. */
        private void columns(List<String> l, List<String> r, int x0, int x1, int x2, int x3, boolean centreLeft) {
            ensure(Math.min(Math.max(l.size(), r.size()), 12));
            int startY = y;
            for (String s : l) {
                Font f = centreLeft ? (isUpper(s) ? bold : body) : (fold(s).startsWith("NOI NHAN") ? italic : small);
                for (String part : wrap(s, f, x1 - x0 - dpi / 10)) {      // a long name wraps in its cell
                    draw(part, f, centreLeft ? x0 + (x1 - x0 - width(part, f)) / 2 : x0);
                    next(f);
                }
            }
            int leftEnd = y;
            y = startY;
            for (String s : r) {
                Font f = isUpper(s) ? (centreLeft ? boldSmall : bold) : fold(s).contains(", NGAY") ? italic : body;
                if (s.isEmpty()) {
                    next(f);
                    continue;
                }
                for (String part : wrap(s, f, x3 - x2)) {
                    draw(part, f, x2 + Math.max(0, (x3 - x2 - width(part, f)) / 2));
                    next(f);
                }
            }
            y = Math.max(y, leftEnd);
        }

        private void centred(String s, Font f) {
            for (String part : wrap(s, f, right - left)) {
                ensure(1);
                draw(part, f, left + (right - left - width(part, f)) / 2);
                next(f);
            }
        }

        private void paragraph(String s, Font f, double indent) {
            List<String> parts = wrap(s, f, right - left - (int) indent, right - left);
            for (int k = 0; k < parts.size(); k++) {
                ensure(1);
                draw(parts.get(k), f, left + (k == 0 ? (int) indent : 0));
                next(f);
            }
        }

        /** Lines of at most {@code maxWidth} (the first) and {@code restWidth} (the others); spaces kept as typed. */
        private List<String> wrap(String s, Font f, int maxWidth) {
            return wrap(s, f, maxWidth, maxWidth);
        }

        private List<String> wrap(String s, Font f, int maxWidth, int restWidth) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int firstWidth = maxWidth;
            for (String word : s.split("(?<=\\S) (?=\\S)")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, f) > (out.isEmpty() ? firstWidth : restWidth)) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            return out;
        }

        private void newPage() {
            if (g != null) {
                g.dispose();
            }
            BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            pages.add(page);
            g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            y = top;
            if (pages.size() > 1) {
                String n = String.valueOf(pages.size());
                draw(n, body, (width - width(n, body)) / 2);
                next(body);
                skip(0.5);
            }
        }

        private void ensure(int lines) {
            if (y + lines * lineHeight(body) > bottom) {
                newPage();
            }
        }

        private void draw(String s, Font f, int x) {
            g.setFont(f);
            FontMetrics m = g.getFontMetrics();
            g.drawString(s, x, y + m.getAscent());
        }

        private void next(Font f) {
            y += lineHeight(f);
        }

        private void skip(double lines) {
            y += (int) (lines * lineHeight(body));
        }

        private int lineHeight(Font f) {
            return (int) Math.round(f.getSize2D() * 1.3);
        }

        private int width(String s, Font f) {
            return g.getFontMetrics(f).stringWidth(s);
        }

        private static boolean isUpper(String s) {
            return !s.isEmpty() && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.codePoints().anyMatch(Character::isLetter);
        }
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
