package vn.plancheck.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import vn.plancheck.ocr.OcrException;

/**
 * A scanned page saved as an image (.png, .jpg, .tif; every page of a multi-page TIFF), read by Tesseract
 * ({@link Scans}). The image's stated resolution is used when it is plausible, else the one an A4 page of its size
 * would have. Each image is a page: findings point at "trang N" and the line on it. Without Tesseract the file is
 * reported as having no text layer, with the command that installs it.
 */
final class ImageReader implements FormatReader {
    private final String format;

    ImageReader(String format) {
        this.format = format;
    }

    @Override
    public SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException {
        Scans scans = new Scans(displayName, pages);
        if (scans.unavailable() != null) {
            throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, Problems.IMAGE + Scans.because(scans.unavailable()));
        }
        TextLines lines = new TextLines();
        int letters = 0;
        String problem = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw Problems.unreadable(Problems.corrupt(format));
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int all = Math.max(1, reader.getNumImages(true));
                int count = Math.min(Scans.MAX_PAGES, all);
                if (all > count) {
                    lines.note(Problems.ocrPagesCut(count, all));
                }
                for (int i = 0; i < count; i++) {
                    BufferedImage image = reader.read(i, subsampled(reader, i));
                    int dpi = Scans.imageDpi(image, statedDpi(reader, i) / subsampling(reader, i));
                    try {
                        Scans.Page read = scans.read(image, dpi, i + 1, all);
                        int found = read.letters();
                        if (found > 0) {
                            lines.addScan(read, i + 1);
                            letters += found;
                        }
                    } catch (OcrException e) {
                        problem = problem == null ? e.getMessage() : problem;
                    }
                }
            } finally {
                reader.dispose();
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Problems.unreadable(Problems.corrupt(format), e);
        }
        if (letters < PdfReader.MIN_LETTERS_PER_PAGE) {
            throw new UnreadableDocumentException(Problems.NO_TEXT_LAYER, Problems.IMAGE_OCR_FAILED
                    + Scans.because(problem != null ? problem : Problems.OCR_PAGE_EMPTY));
        }
        return lines.build(displayName, format);
    }

    /** Reads a page larger than {@link Scans#MAX_PIXELS} with every n-th pixel, so that no scan fills the heap. */
    private static ImageReadParam subsampled(javax.imageio.ImageReader reader, int i) throws IOException {
        ImageReadParam p = reader.getDefaultReadParam();
        int n = subsampling(reader, i);
        if (n > 1) {
            p.setSourceSubsampling(n, n, 0, 0);
        }
        return p;
    }

    private static int subsampling(javax.imageio.ImageReader reader, int i) throws IOException {
        long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
        return pixels <= Scans.MAX_PIXELS ? 1 : (int) Math.ceil(Math.sqrt((double) pixels / Scans.MAX_PIXELS));
    }

    /** The resolution the file states (PNG pHYs, JPEG JFIF, TIFF XResolution, via the standard metadata), or 0. */
    private static int statedDpi(javax.imageio.ImageReader reader, int i) {
        try {
            IIOMetadata meta = reader.getImageMetadata(i);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node dimension = child(meta.getAsTree("javax_imageio_1.0"), "Dimension");
            Node size = dimension == null ? null : child(dimension, "HorizontalPixelSize");
            NamedNodeMap attrs = size == null ? null : size.getAttributes();
            Node value = attrs == null ? null : attrs.getNamedItem("value");
            if (value == null) {
                return 0;
            }
            double mmPerPixel = Double.parseDouble(value.getNodeValue().trim().toLowerCase(Locale.ROOT));
            return mmPerPixel > 0 ? (int) Math.round(25.4 / mmPerPixel) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n;
            }
        }
        return null;
    }
}
