package vn.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multipart reader on bodies as browsers and curl send them, read in pieces of any size. */
class MultipartTest {
    static final UploadLimits WIDE = new UploadLimits(10 * UploadLimits.MB, 10, 50 * UploadLimits.MB);

    /** A stream that hands out at most {@code n} bytes per read, as a slow network does. */
    static InputStream trickle(byte[] body, int n) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, n));
            }
        };
    }

    static Upload read(byte[] body, String contentType, UploadLimits limits, Path dir, int piece) throws Exception {
        Upload u = new Upload(Files.createDirectories(dir.resolve("u" + piece)));
        Multipart.read(trickle(body, piece), Multipart.boundary(contentType), limits, u);
        return u;
    }

    @Test
    void filesComeOutByteForByteWhateverTheReadSizes(@TempDir Path dir) throws Exception {
        byte[] binary = new byte[200_000];
        new Random(7).nextBytes(binary);
        // the delimiter's beginning inside the content must not end the part
        byte[] tricky = "a\r\n--plancheck-x\r\n--\r\n-".getBytes(StandardCharsets.ISO_8859_1);
        MultipartBody body = new MultipartBody().file("files", "du-thảo 1.docx", binary).file("files", "b.txt", tricky)
                .file("parent", "tỉnh.pdf", new byte[0]);
        for (int piece : new int[] {1, 7, 70, 65536, 1 << 20}) {
            Upload u = read(body.bytes(), body.contentType(), WIDE, dir, piece);
            assertEquals(2, u.files().size());
            assertEquals("du-thảo 1.docx", u.files().get(0).name());
            assertArrayEquals(binary, Files.readAllBytes(u.files().get(0).path()), "piece " + piece);
            assertArrayEquals(tricky, Files.readAllBytes(u.files().get(1).path()));
            assertEquals("tỉnh.pdf", u.parent().name());
        }
    }

    @Test
    void fieldsWithoutAFileNameAndOtherFieldsAreReadPast(@TempDir Path dir) throws Exception {
        String b = "XyZ";
        String raw = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\"\r\n\r\n\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"C:\\\\Users\\\\lan\\\\ke \\\"hoach\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nnội dung\r\n--XyZ--\r\nepilogue";
        Upload u = read(raw.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=\"" + b + "\"", WIDE, dir, 5);
        assertEquals(1, u.files().size());
        assertEquals("ke _hoach_.txt", u.files().get(0).name(), "the last part of a Windows path, quotes made safe");
        assertEquals("nội dung", Files.readString(u.files().get(0).path()));
        assertNull(u.parent());
    }

    @Test
    void rfc5987NamesAreDecoded(@TempDir Path dir) throws Exception {
        String raw = "--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.txt\"; filename*=UTF-8''k%E1%BA%BF%20ho%E1%BA%A1ch.txt\r\n\r\nx\r\n--B--\r\n";
        Upload u = read(raw.getBytes(StandardCharsets.US_ASCII), "multipart/form-data; boundary=B", WIDE, dir, 3);
        assertEquals("kế hoạch.txt", u.files().get(0).name());
    }

    @Test
    void limitsAndCutBodies(@TempDir Path dir) throws Exception {
        UploadLimits small = new UploadLimits(100, 2, 1000);
        MultipartBody big = new MultipartBody().file("files", "a.txt", new byte[101]);
        UploadLimits.Exceeded e = assertThrows(UploadLimits.Exceeded.class, () -> read(big.bytes(), big.contentType(), small, dir, 10));
        assertEquals(small.fileTooLarge("a.txt").getMessage(), e.getMessage());
        MultipartBody exact = new MultipartBody().file("files", "a.txt", new byte[100]);
        assertEquals(100, read(exact.bytes(), exact.contentType(), small, dir, 9).files().get(0).size());
        MultipartBody three = new MultipartBody().file("files", "a", new byte[1]).file("files", "b", new byte[1]).file("files", "c", new byte[1]);
        e = assertThrows(UploadLimits.Exceeded.class, () -> read(three.bytes(), three.contentType(), small, dir, 11));
        assertEquals(small.tooManyFiles().getMessage(), e.getMessage());
        MultipartBody heavy = new MultipartBody().file("files", "a", new byte[90]).file("files", "b", new byte[90]);
        UploadLimits tight = new UploadLimits(100, 5, 300);
        e = assertThrows(UploadLimits.Exceeded.class, () -> read(heavy.bytes(), heavy.contentType(), tight, dir, 12));
        assertEquals(tight.tooLarge().getMessage(), e.getMessage());

        byte[] whole = new MultipartBody().file("files", "a.txt", "abc".getBytes(StandardCharsets.UTF_8)).bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
        assertThrows(Multipart.Malformed.class, () -> read(cut, "multipart/form-data; boundary=" + new String(whole, 2, 46, StandardCharsets.US_ASCII), WIDE, dir, 13));
        assertNull(Multipart.boundary("application/json"));
        assertEquals("abc", Multipart.boundary("multipart/form-data; charset=utf-8; boundary=abc"));
    }

    @Test
    void safeNames() {
        assertEquals("ke-hoach.docx", Upload.safeName("../../etc/ke-hoach.docx"));
        assertEquals("a_b_.txt", Upload.safeName("a<b>.txt"));
        assertEquals("tep", Upload.safeName(".."));
        assertEquals("tep", Upload.safeName(""));
        assertEquals(150, Upload.safeName("x".repeat(300) + ".docx").length());
        assertEquals(".docx", Upload.safeName("x".repeat(300) + ".docx").substring(145));
    }
}
