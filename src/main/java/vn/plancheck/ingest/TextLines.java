package vn.plancheck.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.plancheck.model.Location;

/**
 * Collects the lines a reader finds and turns them into a {@link SourceText}. Every format ends here,
 * so the steps that apply to all of them happen once: legacy-font detection (TCVN3 is converted, VNI
 * refused), and NFC normalisation, which rules and the parser rely on ("ệ" as one code point, even
 * when a producer wrote e + U+0302 + U+0323). One instance per document; not thread-safe.
 */
final class TextLines {
    private final List<Integer> numbers = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<String> originals = new ArrayList<>();
    /** For each line, whether Tesseract read it (its text may be repaired: {@link ScanRepairs}). */
    private final List<Boolean> scanned = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Integer> ocrPages = new ArrayList<>();

    /** Adds a line with an explicit number (a .txt line keeps its line number in the file). */
    void add(int number, String text, String original, Location location) {
        numbers.add(number);
        texts.add(text);
        originals.add(original);
        locations.add(location);
        scanned.add(false);
    }

    /** Adds a line numbered by its position among the lines emitted so far (1-based). */
    void add(String text, Location location) {
        add(texts.size() + 1, text, text, location);
    }

    /** Adds one line per piece of {@code text} split at line breaks, all with the same location. */
    void addSplit(String text, Location location) {
        for (String piece : text.split("\r\n|[\n\r\u000B\u000C\u2028\u2029]", -1)) {
            add(piece, location);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    /** Records that page (or image) {@code page} was read by optical character recognition. */
    void ocrPage(int page) {
        ocrPages.add(page);
    }

    /**
     * Adds the lines Tesseract read on a page, in reading order, located on that page; returns how many.
     *
     * @param page the page of a PDF, or the image's ordinal in a Word file or an image file
     */
    int addScan(Scans.Page read, int page) {
        ocrPage(page);
        List<ScanLines.Line> scanned = read.lines();
        for (int i = 0; i < scanned.size(); i++) {
            Location at = Location.scanLine(page, i + 1, scanned.get(i).area(read.width(), read.height()));
            if (scanned.get(i).spaceBefore()) {
                add(size() + 1, "", "", at);               // the blank line a typed text would have here
            }
            String text = PdfReader.spaces(scanned.get(i).text());
            add(size() + 1, text, text, at);
            this.scanned.set(this.scanned.size() - 1, true);
        }
        return scanned.size();
    }

    int size() {
        return texts.size();
    }

    /** How many letters the lines hold so far. */
    long letters() {
        long n = 0;
        for (String t : texts) {
            n += t == null ? 0 : t.codePoints().filter(Character::isLetter).count();
        }
        return n;
    }

    private static String nfc(String s) {
        return s == null || isPlainlyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Whether every char of {@code s} lies below U+0300 or among the precomposed Latin letters U+1E00–U+1EFF, as
     * typed Vietnamese does: such chars combine with nothing and are their own NFC form, so the string is in NFC
     * without asking {@link Normalizer} (which costs far more, line after line).
     */
    static boolean isPlainlyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }

    SourceText build(String file, String format) throws UnreadableDocumentException {
        if (!ocrPages.isEmpty()) {
            ScanRepairs.numbering(texts, scanned);
            for (int i = 0; i < texts.size(); i++) {
                if (scanned.get(i)) {
                    originals.set(i, texts.get(i));      // what was read is the scan's text: quotes are found in it
                }
            }
        }
        LegacyEncoding.Kind legacy = LegacyEncoding.detect(texts);
        if (legacy == LegacyEncoding.Kind.VNI) {
            throw new UnreadableDocumentException(Problems.LEGACY_ENCODING, Problems.VNI);
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (legacy == LegacyEncoding.Kind.TCVN3) {
            allNotes.add(0, Problems.TCVN3_NOTE);
        }
        List<SourceLine> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            // A line that already has Unicode Vietnamese (a header retyped later) must not go through the table.
            if (legacy == LegacyEncoding.Kind.TCVN3 && !LegacyEncoding.hasVietnameseUnicode(text)) {
                text = Tcvn3.decode(text);
            }
            String normal = nfc(text);
            String original = originals.get(i);
            // most lines are their own original, and in NFC already: checked once
            lines.add(new SourceLine(numbers.get(i), normal, locations.get(i),
                    original == text && normal == text ? text : nfc(original)));
        }
        return new SourceText(file, format, lines, allNotes, ocrPages);
    }
}
