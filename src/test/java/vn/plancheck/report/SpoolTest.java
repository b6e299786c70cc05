package vn.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpoolTest {
    @Test
    void staysInMemoryUnderItsLimit() throws IOException {
        try (Spool s = new Spool(1000)) {
            s.append("<row r=\"1\">ấ</row>");
            assertFalse(s.spilled());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.copyTo(out);
            assertEquals("<row r=\"1\">ấ</row>", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void spillsToACompressedFileOfTheRunsFolderAndDeletesIt() throws IOException {
        TempFiles.acquire();
        try {
            StringBuilder expected = new StringBuilder();
            Path dir = TempFiles.dir();
            try (Spool s = new Spool(100)) {
                for (int i = 0; i < 1000; i++) {
                    String row = "<row r=\"" + i + "\">Kế hoạch số " + i + "</row>\n";
                    expected.append(row);
                    s.append(row);
                }
                assertTrue(s.spilled());
                try (Stream<Path> files = Files.list(dir)) {
                    assertEquals(1, files.count(), "one temporary file in " + dir);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                s.copyTo(out);
                assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(0, files.count(), "deleted when closed");
            }
        } finally {
            TempFiles.release();
        }
    }
}
