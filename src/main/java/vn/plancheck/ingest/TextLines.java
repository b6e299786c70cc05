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
    private final List<String> notes = new ArrayList<>();

    /** Adds a line with an explicit number (a .txt line keeps its line number in the file). */
    void add(int number, String text, String original, Location location) {
        numbers.add(number);
        texts.add(text);
        originals.add(original);
        locations.add(location);
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

    int size() {
        return texts.size();
    }

    private static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The lines joined by '\n', as far as {@link LegacyEncoding#detect} reads them. */
    private CharSequence joinedHead() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.size() && b.length() < LegacyEncoding.SAMPLE_CHARS; i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(texts.get(i));
        }
        return b;
    }

    SourceText build(String file, String format) throws UnreadableDocumentException {
        LegacyEncoding.Kind legacy = LegacyEncoding.detect(joinedHead());
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
            lines.add(new SourceLine(numbers.get(i), nfc(text), locations.get(i),
                    nfc(originals.get(i))));
        }
        return new SourceText(file, format, lines, allNotes);
    }
}
