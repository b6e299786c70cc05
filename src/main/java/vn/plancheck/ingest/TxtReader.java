package vn.plancheck.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.plancheck.model.Location;
import vn.plancheck.text.Emphasis;

/**
 * Plain-text plans: usually UTF-8 from a converter (with or without BOM), sometimes UTF-16 from
 * Notepad, sometimes a legacy 8-bit file. Line numbers are those an editor shows, so a finding on
 * "dòng 12" is found at line 12 even after Markdown emphasis is removed from the text.
 */
final class TxtReader implements FormatReader {

    @Override
    public SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException {
        byte[] bytes = Files.readAllBytes(file);
        TextLines lines = new TextLines();
        String text = decode(bytes, lines);
        if (text.indexOf('\u0000') >= 0) {
            throw Problems.unreadable("Tệp .txt chứa dữ liệu nhị phân, không phải văn bản thuần.");
        }
        java.util.List<String> parts = splitLines(text);
        int count = parts.size();
        if (count > 1 && parts.get(count - 1).isEmpty()) {
            count--;                    // the newline that ends the last line does not open another one
        }
        for (int i = 0; i < count; i++) {
            lines.add(i + 1, stripEmphasis(parts.get(i)), parts.get(i), Location.line(i + 1));
        }
        return lines.build(displayName, "txt");
    }

    /** The lines of {@code text} between the breaks "\r\n", "\n" and "\r", the last one even if empty. */
    static java.util.List<String> splitLines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(from, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /** Removes Markdown emphasis marks, keeping what they enclose; nested marks take a second pass. */
    static String stripEmphasis(String line) {
        return Emphasis.stripPairs(line);
    }

    /** Decodes by BOM, then strict UTF-8, then the 8-bit fallbacks described in {@link #decodeLegacy}. */
    private static String decode(byte[] b, TextLines lines) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return decodeLegacy(b, lines);
        }
    }

    /**
     * Not UTF-8. TCVN3 and VNI files are recognised on the bytes read as Latin-1 (one char per byte,
     * exactly what {@link Tcvn3} expects); {@link TextLines#build} converts or refuses them. Anything
     * else is read as Windows-1258 (Vietnamese ANSI) if it looks Vietnamese, else as Windows-1252, with a note.
     */
    private static String decodeLegacy(byte[] b, TextLines lines) {
        String latin1 = new String(b, StandardCharsets.ISO_8859_1);
        if (LegacyEncoding.detect(latin1) != LegacyEncoding.Kind.NONE) {
            return latin1;
        }
        if (Charset.isSupported("windows-1258")) {
            String cp1258 = new String(b, Charset.forName("windows-1258"));
            if (looksVietnamese(cp1258)) {
                lines.note("Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258 (tiếng Việt).");
                return cp1258;
            }
        }
        lines.note("Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1252 — chữ có dấu có thể sai, nên lưu lại tệp dạng UTF-8.");
        return new String(b, Charset.forName("windows-1252"));
    }

    /** Windows-1258 spells tones as combining marks after the vowel, and has ă ơ ư đ as single bytes. */
    private static boolean looksVietnamese(String s) {
        int hits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0300' && c <= '\u0323') || "ăĂơƠưƯđĐ".indexOf(c) >= 0) {
                hits++;
            }
        }
        return hits >= 3;
    }
}
