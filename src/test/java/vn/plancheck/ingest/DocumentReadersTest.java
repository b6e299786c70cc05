package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static vn.plancheck.ingest.Fixtures.SEED1;
import static vn.plancheck.ingest.Fixtures.SEED3;
import static vn.plancheck.ingest.Fixtures.plan;
import static vn.plancheck.ingest.Fixtures.read;
import static vn.plancheck.ingest.Fixtures.texts;
import static vn.plancheck.ingest.Fixtures.unreadable;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReadersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "corrupt.docx    | INPUT-UNREADABLE      | Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ.",
        "truncated.docx  | INPUT-UNREADABLE      | Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ.",
        "empty.txt       | INPUT-UNREADABLE      | Tệp rỗng (0 byte).",
        "scanned.pdf     | INPUT-NO-TEXT-LAYER   | PDF không có lớp văn bản (bản scan) — cần chạy OCR trước khi kiểm tra.",
        "encrypted.pdf   | INPUT-UNREADABLE      | Tệp PDF được đặt mật khẩu, không đọc được nội dung.",
        "encrypted.docx  | INPUT-UNREADABLE      | Tệp Word được đặt mật khẩu",
        "zipbomb.docx    | INPUT-UNREADABLE      | Tệp có cấu trúc bất thường hoặc quá lớn",
        "legacy-vni.txt  | INPUT-LEGACY-ENCODING | Tệp dùng bảng mã VNI cũ, không phải Unicode; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi kiểm tra lại.",
        "notes.xyz       | INPUT-UNREADABLE      | Định dạng .xyz không được hỗ trợ; chỉ đọc .docx, .doc, .pdf, .txt và ảnh scan .png, .jpg, .tif."})
    @ExtendWith(WithoutTesseract.class)
    void brokenFixtures(String name, String ruleId, String message) {
        unreadable(Fixtures.broken(name), ruleId, message);
    }

    @Test
    void sizeIsCheckedBeforeAnythingIsRead() throws Exception {
        Path big = tmp.resolve("rat-lon.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);                 // sparse: no data, only a size
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReaders.read(big, "rat-lon.pdf"));
        assertEquals("INPUT-UNREADABLE", e.ruleId());
        assertEquals("Tệp quá lớn (200 MB; giới hạn 50 MB) — không đọc.", e.getMessage());
        assertEquals(null, e.getCause(), "no reader was involved");
    }

    @Test
    void explicitLimit() throws Exception {
        Path docx = plan(SEED1, "docx");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentReaders.read(docx, "kh.docx", 1000));
        assertEquals("Tệp quá lớn (" + Problems.megabytes(Files.size(docx)) + "; giới hạn 1000 byte) — không đọc.", e.getMessage());
        assertEquals("docx", DocumentReaders.read(docx, "kh.docx", Files.size(docx)).format());
    }

    @Test
    void sizesInVietnameseStyle() {
        assertEquals("200 MB", Problems.megabytes(200L * 1024 * 1024));
        assertEquals("1,5 MB", Problems.megabytes(3L * 512 * 1024));
        assertEquals("7 KB", Problems.megabytes(7 * 1024 + 100));
        assertEquals("1000 byte", Problems.megabytes(1000));
    }

    @Test
    void missingFileDirectoryAndPermission() throws Exception {
        unreadable(tmp.resolve("khong-co.docx"), "INPUT-UNREADABLE", "Không tìm thấy tệp.");
        Path dir = Files.createDirectory(tmp.resolve("thu-muc.pdf"));
        unreadable(dir, "INPUT-UNREADABLE", "thư mục");
        Path locked = Files.copy(plan(SEED1, "txt"), tmp.resolve("khoa.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "root reads everything; permission check not observable");
        unreadable(locked, "INPUT-UNREADABLE", "Không có quyền đọc tệp.");
    }

    @Test
    void contentThatDoesNotMatchTheExtensionIsNamed() throws Exception {
        Path docAsDocx = Files.copy(plan(SEED3, "doc"), tmp.resolve("ke-hoach.docx"));
        unreadable(docAsDocx, "INPUT-UNREADABLE", "thực chất là tài liệu Word 97-2003 (.doc)");
        Path pdfAsDocx = Files.copy(plan(SEED1, "pdf"), tmp.resolve("ban-in.docx"));
        unreadable(pdfAsDocx, "INPUT-UNREADABLE", "thực chất là tệp PDF");
        Path docxAsPdf = Files.copy(plan(SEED1, "docx"), tmp.resolve("ban-word.pdf"));
        unreadable(docxAsPdf, "INPUT-UNREADABLE", "thực chất là tài liệu Word 2007 trở lên (.docx)");
    }

    @Test
    void extensionIsCaseInsensitiveAndDisplayNameIsKept() throws Exception {
        Path upper = Files.copy(plan(SEED1, "docx"), tmp.resolve("KE-HOACH.DOCX"));
        SourceText st = DocumentReaders.read(upper, "ho-so/KE-HOACH.DOCX");
        assertEquals("ho-so/KE-HOACH.DOCX", st.file());
        assertEquals(upper.toString(), DocumentReaders.read(upper, null).file());
        assertTrue(DocumentReaders.isSupported(Path.of("a.Pdf")));
        assertTrue(DocumentReaders.isSupported(Path.of("thu muc/b.TXT")));
        assertFalse(DocumentReaders.isSupported(Path.of("c.odt")));
        assertFalse(DocumentReaders.isSupported(Path.of("README")));
        for (String ext : DocumentReaders.EXTENSIONS) {
            assertTrue(DocumentReaders.isSupported(Path.of("a." + ext)), "the extensions a file chooser offers are read: " + ext);
        }
        assertTrue(DocumentReaders.EXTENSIONS.containsAll(DocumentReaders.IMAGE_EXTENSIONS));
        unreadable(tmp.resolve("README"), "INPUT-UNREADABLE", "Tệp không có đuôi; chỉ đọc .docx, .doc, .pdf, .txt và ảnh scan .png, .jpg, .tif.");
    }

    /** Readers keep no shared state: reading all fixtures on 4 threads gives what one thread gives. */
    @Test
    void parallelReadsAgreeWithSequentialOnes() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String ext : List.of("txt", "docx", "pdf")) {
            files.add(plan(SEED1, ext));
            files.add(plan(SEED3, ext));
        }
        files.add(plan(SEED3, "doc"));
        files.add(Fixtures.broken("legacy-tcvn3.txt"));
        List<List<String>> expected = files.stream().map(f -> texts(read(f))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) {
                    results.add(pool.submit(() -> texts(read(f))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % files.size()), results.get(i).get(), files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
