package vn.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --annotate DIR}: the reviewer's copies next to the workbook, the originals untouched. */
class AnnotateOptionTest {

    @Test
    void writesACopyPerInputAndSaysWhere(@TempDir Path dir) throws IOException {
        Path docx = Path.of("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.docx");
        Path txt = Path.of("fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
        byte[] original = Files.readAllBytes(docx);
        Path copies = dir.resolve("ban soat");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--rules", "rules", "-o", dir.resolve("k.xlsx").toString(),
                "--annotate", copies.toString(), docx.toString(), txt.toString());
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(Files.isRegularFile(copies.resolve("seed3-ubnd-laichau-thang-hanh-dong-2024.plancheck.docx")));
        assertTrue(Files.isRegularFile(copies.resolve("own-01-xa-dong-son-cong-tac-tre-em-2023.plancheck.html")));
        assertTrue(r.out().contains("Bản cho người soát: " + copies + " (1 tệp Word có nhận xét, 1 báo cáo HTML)"), r.out());
        assertArrayEquals(original, Files.readAllBytes(docx));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("soat"), "x");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--rules", "rules", "-o", dir.resolve("k.xlsx").toString(),
                "--annotate", file.toString(), "fixtures/plans/own-01-xa-dong-son-cong-tac-tre-em-2023.txt");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--annotate: " + file + " là một tệp, không phải thư mục."), r.err());
    }
}
