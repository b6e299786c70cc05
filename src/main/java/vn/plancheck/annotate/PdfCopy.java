package vn.plancheck.annotate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;

/**
 * The reviewer's copy of a PDF: a highlight on the words each finding quotes, on its page, with the finding as the
 * highlight's note ("[Lỗi] ID — message. Căn cứ: …"); a finding whose words are not in the page's text (they sit in
 * a form field or a stamp, or the page is turned) gets a sticky note in the page's top margin instead. The copy is
 * the original's bytes followed by an incremental update that adds the annotations, so nothing of the original
 * changes and the signatures of a signed PDF still cover exactly what was signed. A certified PDF whose signature
 * forbids adding annotations is not copied: {@link NotAnnotatable} says why.
 */
final class PdfCopy {
    private static final String AUTHOR = "plancheck";
    /** How short a found beginning of a quote may be: a few words, enough to be the quote's and not chance. */
    private static final int MIN_PREFIX_WORDS = 3;

    /** The copy's bytes and what was put in it. */
    record Result(byte[] pdf, int highlights, int notes, boolean signed) {
    }

    /** The PDF must not be changed (a certification signature forbids annotations); say so instead. */
    static final class NotAnnotatable extends Exception {
        NotAnnotatable(String reason) {
            super(reason);
        }
    }

    private final PDDocument doc;
    private final GregorianCalendar now;
    private final Map<Integer, PageGlyphs> pages = new HashMap<>();
    private final Map<Integer, Integer> notesOnPage = new HashMap<>();
    private int highlights;
    private int notes;
    private int serial;

    private PdfCopy(PDDocument doc, Instant now) {
        this.doc = doc;
        this.now = GregorianCalendar.from(now.atZone(ZoneOffset.UTC));
    }

    /**
     * The annotated copy of {@code original} (the bytes of a PDF), made in memory so that nothing is written for a
     * PDF that must not be changed.
     */
    static Result annotate(byte[] original, List<Finding> findings, Instant now) throws IOException, NotAnnotatable {
        try (PDDocument doc = Loader.loadPDF(original)) {
            boolean signed = !doc.getSignatureDictionaries().isEmpty();
            String forbidden = PdfSignatures.whyNoAnnotations(doc);
            if (forbidden != null) {
                throw new NotAnnotatable(forbidden);
            }
            PdfCopy copy = new PdfCopy(doc, now);
            for (Finding f : findings) {
                copy.annotate(f);
            }
            return new Result(copy.save(signed), copy.highlights, copy.notes, signed);
        }
    }

    private void annotate(Finding f) throws IOException {
        int count = doc.getNumberOfPages();
        Integer located = f.getLocation() == null ? null : f.getLocation().page();
        int home = located != null && located >= 1 && located <= count ? located : 1;
        List<Integer> order = new ArrayList<>();
        order.add(home);
        for (int p = 1; p <= count; p++) {
            if (p != home) {
                order.add(p);
            }
        }
        for (String quote : quoteForms(f.getQuote())) {
            for (int p : order) {
                PDPage page = doc.getPage(p - 1);
                if (page.getRotation() % 360 != 0) {
                    continue; // positions on a turned page are in turned space: a note is safer than a wrong box
                }
                PageGlyphs glyphs = glyphs(p);
                TextKey.Span span = nearest(glyphs, TextKey.of(glyphs.text()).findAll(quote),
                        p == home && f.getLocation() != null ? f.getLocation().line() : null);
                if (span != null) {
                    float[] quads = glyphs.quads(span, page.getCropBox());
                    if (quads.length > 0) {
                        highlight(page, quads, f);
                        return;
                    }
                }
            }
        }
        note(doc.getPage(home - 1), f);
    }

    /**
     * Of the places where the quote is on the page, the one nearest the line the finding names. The reader numbers
     * a page's lines in its reading order (a header table's left column before its right one), which is not quite
     * the order by position used here, but the nearest line tells a place name in the date line from the same
     * name in the issuer's above it.
     */
    private static TextKey.Span nearest(PageGlyphs glyphs, List<TextKey.Span> spans, Integer line) {
        if (spans.isEmpty()) {
            return null;
        }
        if (line == null || spans.size() == 1) {
            return spans.get(0);
        }
        TextKey.Span best = spans.get(0);
        int distance = Integer.MAX_VALUE;
        for (TextKey.Span s : spans) {
            int d = Math.abs(glyphs.lineOf(s.start()) - line);
            if (d < distance) {
                best = s;
                distance = d;
            }
        }
        return best;
    }

    /** The quote's forms ({@link TextKey#variants}), then shorter and shorter beginnings of it. */
    private static List<String> quoteForms(String quote) {
        List<String> forms = new ArrayList<>(TextKey.variants(quote));
        if (!forms.isEmpty()) {
            String[] words = forms.get(0).split("\\s+");
            for (int n = words.length - 1; n >= MIN_PREFIX_WORDS; n--) {
                forms.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
            }
        }
        return forms;
    }

    private PageGlyphs glyphs(int page) throws IOException {
        PageGlyphs g = pages.get(page);
        if (g == null) {
            g = PageGlyphs.of(doc, page);
            pages.put(page, g);
        }
        return g;
    }

    private void highlight(PDPage page, float[] quads, Finding f) throws IOException {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < quads.length; i += 2) {
            minX = Math.min(minX, quads[i]);
            maxX = Math.max(maxX, quads[i]);
            minY = Math.min(minY, quads[i + 1]);
            maxY = Math.max(maxY, quads[i + 1]);
        }
        h.setRectangle(new PDRectangle(minX - 1, minY - 1, maxX - minX + 2, maxY - minY + 2));
        h.setQuadPoints(quads);
        h.setColor(color(f.getSeverity()));
        h.setConstantOpacity(1f);
        describe(h, f);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        PDRectangle crop = page.getCropBox();
        // the note opens in the right margin beside the words, as viewers place a reviewer's comment
        float width = Math.min(200, crop.getWidth() / 3);
        popup.setRectangle(new PDRectangle(crop.getUpperRightX() - width, Math.max(crop.getLowerLeftY(), maxY - 120), width, 120));
        popup.setOpen(false);
        popup.setParent(h);
        h.setPopup(popup);
        add(page, h, popup);
        h.constructAppearances(doc);
        highlights++;
    }

    /** A sticky note in the page's top left margin, one under the other, for a finding whose words were not found. */
    private void note(PDPage page, Finding f) throws IOException {
        int index = notesOnPage.merge(doc.getPages().indexOf(page), 1, Integer::sum) - 1;
        PDRectangle crop = page.getCropBox();
        PDAnnotationText t = new PDAnnotationText();
        t.setName(PDAnnotationText.NAME_COMMENT);
        t.setRectangle(new PDRectangle(crop.getLowerLeftX() + 6, crop.getUpperRightY() - 26 - index * 22f, 18, 18));
        t.setColor(color(f.getSeverity()));
        describe(t, f);
        add(page, t);
        t.constructAppearances(doc);
        notes++;
    }

    private void describe(PDAnnotationMarkup a, Finding f) {
        a.setContents(CommentText.withSuggestion(f));
        a.setTitlePopup(AUTHOR);
        a.setSubject(f.getRuleId());
        a.setCreationDate(now);
        a.setModifiedDate(now);
        a.setAnnotationName("plancheck-" + (++serial));
        a.setPrinted(true);
    }

    private static PDColor color(Severity s) {
        float[] rgb = s == Severity.ERROR ? new float[] {1f, 0.6f, 0.6f}
                : s == Severity.WARNING ? new float[] {1f, 0.9f, 0.3f} : new float[] {0.65f, 0.85f, 1f};
        return new PDColor(rgb, PDDeviceRGB.INSTANCE);
    }

    private static void add(PDPage page, PDAnnotation... annotations) throws IOException {
        List<PDAnnotation> list = page.getAnnotations();
        for (PDAnnotation a : annotations) {
            a.setPage(page);
            list.add(a);
        }
        page.setAnnotations(list);
        // an incremental update writes only what is marked as changed: the page and its annotation array
        page.getCOSObject().setNeedToBeUpdated(true);
        COSBase annots = page.getCOSObject().getDictionaryObject(COSName.ANNOTS);
        if (annots instanceof COSArray array) {
            array.setNeedToBeUpdated(true);
        }
        for (PDAnnotation a : annotations) {
            COSDictionary d = a.getCOSObject();
            d.setNeedToBeUpdated(true);
        }
    }

    /**
     * Saves by incremental update; an unsigned PDF that PDFBox cannot update that way (a damaged cross-reference it
     * had to rebuild) is saved whole instead.
     */
    private byte[] save(boolean signed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.saveIncremental(out);
        } catch (IOException | RuntimeException e) {
            if (signed) {
                throw new IOException("Không ghi được bản cập nhật bổ sung cho tệp PDF đã ký số: " + e.getMessage(), e);
            }
            out = new ByteArrayOutputStream();
            doc.save(out);
        }
        return out.toByteArray();
    }
}
