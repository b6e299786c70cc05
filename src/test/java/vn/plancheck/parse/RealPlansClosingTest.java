package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Signature;

/**
 * The closing of the 21 real plans (see real-plans/README.md): the signature's authority lines, position and
 * signer, and the number of recipients before the filing line, as a reader finds them in each document. They are
 * read from fixtures/real-plans when the project holds a copy, else from ../shared/real-plans; without either the
 * test is skipped.
 */
class RealPlansClosingTest {
    /** file prefix | authority lines (" / ") | position | name | recipients without "Lưu". */
    private static final List<String> EXPECTED = List.of(
            "01_ | T/M. ĐOÀN KIỂM TRA | TRƯỞNG ĐOÀN | Hoàng Văn Thuân | 4",
            "02_ | KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | Hoàng Văn Thuân | 1",
            "03_ | KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | Hoàng Văn Thuân | 1",
            "04_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Thành Sinh | 10",
            "05_ | KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | Trịnh Văn Thành | 5",
            "06_ | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Trần Thị Diệu Thúy | 15",
            "07_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Thị Nguyệt | 8",
            "08_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Thị Ngọc Điệp | 11",
            "09_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Bùi Thanh An | 8",
            "10_ | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Trần Thị Diệu Thúy | 8",
            "11_ | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Hồ Thị Nguyên Thảo | 16",
            "12_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Mai Xuân Liêm | 10",
            "13_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Trương Việt Dũng | 11",
            "14_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Thị Ngọc Điệp | 6",
            "15_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Phạm Văn Thịnh | 7",
            "16_ | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Văn Đệ | 9",
            "17_ | TM. BAN THƯỜNG TRỰC | CHỦ TỊCH | Lan Thị Vân | 9",
            "18_ | TM. BAN THƯỜNG TRỰC | CHỦ TỊCH | Lan Thị Vân | 9",
            "19_ | TM. BAN THƯỜNG TRỰC | CHỦ TỊCH | Lan Thị Vân | 9",
            "20_ | TM. TIỂU BAN | TRƯỞNG TIỂU BAN | Nguyễn Văn Hoàn | 3",
            "21_ | TM. BAN THƯỜNG TRỰC | CHỦ TỊCH | Lan Thị Vân | 9");

    static Path realPlans() {
        Path own = Path.of("fixtures/real-plans");
        return Files.isDirectory(own) ? own : Path.of("..", "shared", "real-plans");
    }

    @TestFactory
    Stream<DynamicTest> closingOfEachRealPlan() throws IOException {
        Path dir = realPlans();
        assumeTrue(Files.isDirectory(dir), "the real plans are not here (" + dir.toAbsolutePath() + ")");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d\\d_.*\\.(txt|docx)")).sorted().toList();
        }
        assertEquals(EXPECTED.size(), files.size(), "one expectation per real plan");
        return EXPECTED.stream().map(row -> {
            String[] f = row.split("\\s*\\|\\s*");
            Path file = files.stream().filter(p -> p.getFileName().toString().startsWith(f[0])).findFirst().orElseThrow();
            return DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Plan p = Parsers.standard().parse(DocumentReaders.read(file, file.toString()));
                Signature s = p.getSignature();
                assertNotNull(s, "signature");
                assertEquals(f[1], String.join(" / ", s.getAuthorityLines()), "authority lines");
                assertEquals(f[2], s.getPosition(), "position");
                assertEquals(f[3], s.getName(), "signer");
                assertEquals(Integer.parseInt(f[4]), p.getRecipients().stream().filter(r -> !r.isStorage()).count(), "recipients");
            });
        });
    }
}
