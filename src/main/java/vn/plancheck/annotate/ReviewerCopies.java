package vn.plancheck.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.report.AtomicFiles;
import vn.plancheck.report.ReportSink;

/**
 * {@code check --annotate DIR}: for every document checked, a reviewer's copy in DIR, written as results stream in:
 * {@code <name>.plancheck.docx} with Word comments ({@link DocxCopy}), {@code <name>.plancheck.pdf} with highlights
 * ({@link PdfCopy}), and for every other input, or a .docx/.pdf whose copy cannot be made, a one-page report
 * {@code <name>.plancheck.html} ({@link HtmlReport}). The original is only read; each copy is written to a
 * temporary file and moved into place ({@link AtomicFiles}), so a copy is complete or absent.
 */
public final class ReviewerCopies implements ReportSink {
    /** The kinds of copy, as the summary names them. */
    public enum Kind { DOCX, PDF, HTML }

    /**
     * One copy written.
     *
     * @param source    the checked file, as given
     * @param copy      the copy written
     * @param notes     comments or highlights and notes put in it (findings listed, for the HTML report)
     * @param onWords   of those, the ones on the quoted words
     * @param changes   tracked changes offered (Word only)
     * @param remark    why an HTML report stands in for an annotated copy, or null
     */
    public record Written(String source, Path copy, Kind kind, int notes, int onWords, int changes, String remark) {
    }

    private final Path dir;
    private final String version;
    private final Clock clock;
    private final Set<String> taken = new HashSet<>();
    private final List<Written> written = new ArrayList<>();

    /** Copies into {@code dir} (created when missing). */
    public ReviewerCopies(Path dir, String version) {
        this(dir, version, Clock.systemUTC());
    }

    ReviewerCopies(Path dir, String version, Clock clock) {
        this.dir = dir;
        this.version = version;
        this.clock = clock;
    }

    @Override
    public void add(DocumentResult doc) throws IOException {
        add(doc, Path.of(doc.getFile()));
    }

    /**
     * The copy of {@code doc} made from the bytes of {@code source}, when the file to read is not where
     * {@code doc.getFile()} says (an upload kept in a temporary folder under another name); the copy is named
     * and titled after {@code doc.getFile()}.
     */
    public void add(DocumentResult doc, Path source) throws IOException {
        Path named = Path.of(doc.getFile());
        String name = named.getFileName() == null ? doc.getFile() : named.getFileName().toString();
        String extension = extension(name);
        Instant now = clock.instant();
        String remark = null;
        if (doc.getStatus() != DocumentStatus.UNREADABLE && (extension.equals("docx") || extension.equals("pdf"))) {
            try {
                byte[] original = Files.readAllBytes(source);
                Path target = target(name, extension);
                written.add(extension.equals("docx") ? docx(doc, original, target, now) : pdf(doc, original, target, now));
                return;
            } catch (PdfCopy.NotAnnotatable e) {
                remark = e.getMessage();
            } catch (NoSuchFileException e) {
                remark = "Không còn đọc được tệp gốc để tạo bản có đánh dấu.";
            } catch (IOException | RuntimeException e) {
                remark = "Không tạo được bản có " + (extension.equals("docx") ? "nhận xét" : "đánh dấu")
                        + " từ tệp gốc (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); kết quả được ghi ra báo cáo này.";
            }
        }
        Path target = target(name, "html");
        String note = remark;
        AtomicFiles.write(target, out -> HtmlReport.write(doc, version, now, note, out));
        written.add(new Written(doc.getFile(), target, Kind.HTML, doc.getFindings().size(), 0, 0, remark));
    }

    private Written docx(DocumentResult doc, byte[] original, Path target, Instant now) throws IOException {
        DocxCopy.Result r = DocxCopy.annotate(original, doc.getFindings(), now);
        AtomicFiles.write(target, out -> out.write(r.docx()));
        DocxCopy.Stats s = r.stats();
        return new Written(doc.getFile(), target, Kind.DOCX, s.comments(), s.onQuote(), s.corrections(), null);
    }

    private Written pdf(DocumentResult doc, byte[] original, Path target, Instant now) throws IOException, PdfCopy.NotAnnotatable {
        PdfCopy.Result r = PdfCopy.annotate(original, doc.getFindings(), now);
        AtomicFiles.write(target, out -> out.write(r.pdf()));
        return new Written(doc.getFile(), target, Kind.PDF, r.highlights() + r.notes(), r.highlights(), 0, null);
    }

    /**
     * {@code DIR/<name>.plancheck.<ext>}; a second input of the same name in one run (two folders' "ke-hoach.docx")
     * gets "-2", "-3"… rather than overwriting the first one's copy.
     */
    private Path target(String name, String extension) {
        String base = stem(name) + ".plancheck";
        String candidate = base + "." + extension;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem(name) + "-" + n + ".plancheck." + extension;
        }
        return dir.resolve(candidate);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    @Override
    public void finish(RunTotals totals) {
        // every copy is complete when add returns
    }

    @Override
    public void close() {
        // nothing held open
    }

    /** The copies written so far, in input order. */
    public List<Written> written() {
        return List.copyOf(written);
    }

    /** One line for the console: where the copies are and how many of each kind. */
    public String summary() {
        long docx = written.stream().filter(w -> w.kind() == Kind.DOCX).count();
        long pdf = written.stream().filter(w -> w.kind() == Kind.PDF).count();
        long html = written.stream().filter(w -> w.kind() == Kind.HTML).count();
        List<String> parts = new ArrayList<>();
        if (docx > 0) {
            parts.add(docx + " tệp Word có nhận xét");
        }
        if (pdf > 0) {
            parts.add(pdf + " tệp PDF có đánh dấu");
        }
        if (html > 0) {
            parts.add(html + " báo cáo HTML");
        }
        return "Bản cho người soát: " + dir + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }
}
