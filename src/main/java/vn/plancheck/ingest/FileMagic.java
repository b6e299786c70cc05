package vn.plancheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file really is, from its first bytes. Users rename files freely (a .doc saved as .docx,
 * a .pdf downloaded as .doc), and a library error on such a file says nothing useful; knowing the
 * real kind lets the reader say what is wrong.
 */
enum FileMagic {
    ZIP, OLE2, PDF, RTF, HTML, OTHER;

    private static final byte[] OLE2_SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static FileMagic of(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        if (n >= 8 && startsWith(head, OLE2_SIGNATURE)) {
            return OLE2;
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (text.contains("%PDF-")) {           // the spec tolerates junk before the header
            return PDF;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return RTF;
        }
        if (start.startsWith("<html") || start.startsWith("<!doctype html") || start.startsWith("mime-version")
                || (start.startsWith("<?xml") && start.contains("<html"))) {
            return HTML;
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
