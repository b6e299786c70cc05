package vn.plancheck.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.plancheck.model.Finding;
import vn.plancheck.model.Suggestion;

/**
 * The reviewer's copy of a Word document: the original package with one comment per finding, by "plancheck", on
 * the words it quotes, and, where the rule knows the right value, a tracked change the reviewer accepts or rejects
 * with Word's own buttons. Everything else (styles, numbering, headers, tables, existing comments) is the
 * original's: the package is opened from the original's bytes and only the body and the comments part change.
 */
final class DocxCopy {
    static final String AUTHOR = "plancheck";
    private static final String INITIALS = "PC";

    /** What was put in the copy. */
    record Stats(int onQuote, int onPlace, int onTitle, int corrections) {
        int comments() {
            return onQuote + onPlace + onTitle;
        }
    }

    private final XWPFDocument document;
    private final Instant now;
    private long nextId;

    private DocxCopy(byte[] original, Instant now) throws IOException {
        this.document = new XWPFDocument(new ByteArrayInputStream(original));
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        long max = WordXml.maxId(document.getDocument());
        if (document.getDocComments() != null) {
            max = Math.max(max, WordXml.maxId(document.getDocComments().getCtComments()));
        }
        this.nextId = max + 1;
    }

    /** The copy's bytes and what was put in it. */
    record Result(byte[] docx, Stats stats) {
    }

    /**
     * The annotated copy of {@code original} (the bytes of a .docx), made in memory.
     *
     * @throws IOException when the package cannot be read or written
     */
    static Result annotate(byte[] original, List<Finding> findings, Instant now) throws IOException {
        DocxCopy copy = new DocxCopy(original, now);
        try (XWPFDocument document = copy.document) {
            Stats stats = copy.annotate(findings);
            ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16 * 1024);
            document.write(out);
            return new Result(out.toByteArray(), stats);
        }
    }

    private Stats annotate(List<Finding> findings) {
        XWPFComments comments = document.getDocComments() != null ? document.getDocComments() : document.createComments();
        DocxPlaces places = DocxPlaces.of(document.getDocument().getBody());
        int[] how = new int[DocxPlaces.How.values().length];
        List<Pending> corrections = new ArrayList<>();
        // comments first, all of them: a correction removes words that another finding's quote may still need
        for (Finding f : findings) {
            DocxPlaces.Target target = places.locate(f);
            if (target == null) {
                continue;
            }
            long id = nextId++;
            WordMarks.comment(target.paragraphs(), target.span(), id);
            addComment(comments, id, f);
            how[target.how().ordinal()]++;
            if (f.getSuggestion() != null && target.how() == DocxPlaces.How.QUOTE) {
                corrections.add(new Pending(target, id, f.getSuggestion()));
            }
        }
        int made = 0;
        for (Pending p : corrections) {
            made += correct(p) ? 1 : 0;
        }
        return new Stats(how[DocxPlaces.How.QUOTE.ordinal()], how[DocxPlaces.How.PLACE.ordinal()],
                how[DocxPlaces.How.TITLE.ordinal()], made);
    }

    private record Pending(DocxPlaces.Target target, long commentId, Suggestion suggestion) {
    }

    /** The correction as a tracked change on the words it replaces, looked for inside its finding's comment. */
    private boolean correct(Pending p) {
        RunText text = RunText.of(p.target().paragraphs());
        TextKey.Span range = text.commentRange(Long.toString(p.commentId()));
        if (range == null) {
            return false;
        }
        TextKey.Span found = TextKey.of(text.text()).find(p.suggestion().found(), range.start(), range.end());
        if (found == null || found.end() > range.end()) {
            return false;
        }
        long del = nextId++;
        long ins = nextId++;
        return WordMarks.replace(p.target().paragraphs(), found, p.suggestion().replacement(), AUTHOR, isoNow(), del, ins);
    }

    private void addComment(XWPFComments comments, long id, Finding f) {
        XWPFComment c = comments.createComment(BigInteger.valueOf(id));
        c.setAuthor(AUTHOR);
        c.setInitials(INITIALS);
        GregorianCalendar date = GregorianCalendar.from(now.atZone(ZoneOffset.UTC));
        c.setDate(date);
        XWPFParagraph p = c.createParagraph();
        // Word starts every comment with the mark that ties it to its reference in the text
        p.getCTP().addNewR().addNewAnnotationRef();
        p.createRun().setText(CommentText.of(f));
    }

    private String isoNow() {
        return DateTimeFormatter.ISO_INSTANT.format(now);
    }
}
