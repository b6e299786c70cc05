package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.RosterUnit;

/** The roster of units expected to submit: read by header name, refused with file:line in Vietnamese. */
class RosterTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("don-vi.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private String error(String text) throws IOException {
        Path f = file(text);
        return assertThrows(Roster.RosterException.class, () -> Roster.read(f, "don-vi.csv")).getMessage();
    }

    @Test
    void readsByHeaderNameInAnyOrderWithCommentsABomAndQuotedCells() throws IOException {
        Roster r = Roster.read(file("\uFEFF# Các đơn vị phải nộp kế hoạch\nstt,province,name\n1,,UBND xã Đông Sơn\n"
                + "2,Quảng Ninh,Sở Y tế\n3,,\"Sở Lao động - Thương binh và Xã hội, tỉnh Lai Châu\"\n\n"), "don-vi.csv");
        assertEquals(List.of(new RosterUnit("UBND xã Đông Sơn", null, 3), new RosterUnit("Sở Y tế", "Quảng Ninh", 4),
                new RosterUnit("Sở Lao động - Thương binh và Xã hội, tỉnh Lai Châu", null, 5)), r.units());
        assertEquals(List.of(new RosterUnit("UBND xã Tân Yên", null, 2)), Roster.read(file("name\nUBND   xã Tân Yên\n"), "x").units(),
                "the province column may be left out; spaces collapsed");
        assertEquals(List.of(new RosterUnit("Sở Y tế", "Hà Tĩnh", 2)), Roster.read(file("Tên đơn vị,Tỉnh\nSở Y tế,Hà Tĩnh\n"), "x").units(),
                "Vietnamese headers");
    }

    @Test
    void problemsAreToldWithFileAndLineInVietnamese() throws IOException {
        String noName = error("stt,tinh\n1,Hà Tĩnh\n");
        assertTrue(noName.startsWith("don-vi.csv:1: dòng tiêu đề không có cột name (tên đơn vị); các cột đang có: stt, tinh."), noName);
        assertEquals("don-vi.csv:3: cột name để trống; mỗi dòng là một đơn vị phải nộp kế hoạch.",
                error("name,province\nSở Y tế,Hà Tĩnh\n,Quảng Ninh\n"));
        assertEquals("don-vi.csv:4: đơn vị “UBND Xã Đông Sơn” đã có ở dòng 2.", error("name\nUBND xã Đông Sơn\nSở Y tế\nUBND Xã Đông  Sơn\n"));
        assertTrue(error("name\n\"UBND xã Đông Sơn\nSở Y tế\n").startsWith("don-vi.csv:2: dấu ngoặc kép mở ở dòng này không được đóng"));
        assertEquals("don-vi.csv:1: danh sách không có đơn vị nào (chỉ có dòng tiêu đề).", error("name,province\n"));
        assertTrue(error("").startsWith("don-vi.csv:1: tệp không có dòng tiêu đề"));
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "name\nS\u1edf Y t\u1ebf\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(assertThrows(Roster.RosterException.class, () -> Roster.read(latin, "latin.csv")).getMessage()
                .contains("không phải văn bản UTF-8"));
        assertEquals("khong-co.csv: không tìm thấy tệp danh sách đơn vị.",
                assertThrows(Roster.RosterException.class, () -> Roster.read(dir.resolve("khong-co.csv"), "khong-co.csv")).getMessage());
    }
}
