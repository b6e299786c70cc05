package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plancheck.ingest.Fixtures.line;
import static vn.plancheck.ingest.Fixtures.read;
import static vn.plancheck.ingest.Fixtures.texts;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TxtReaderTest {
    @TempDir
    Path tmp;

    @Test
    void utf8WithBomAndCrlfKeepsEditorLineNumbers() throws Exception {
        Path f = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "KẾ HOẠCH\r\n\r\nI. MỤC ĐÍCH\r\n".getBytes(StandardCharsets.UTF_8)));
        SourceText st = read(f);
        assertEquals(List.of("KẾ HOẠCH", "", "I. MỤC ĐÍCH"), texts(st), "no BOM char, no line after the final newline");
        assertEquals(Location.line(3), st.lines().get(2).location());
        assertEquals(3, st.lines().get(2).number());
        assertEquals("txt", st.format());
    }

    @Test
    void markdownEmphasisRemovedButLineNumbersStayThoseOfTheFile() {
        SourceText st = read(Fixtures.plan(Fixtures.SEED1, "txt"));
        SourceLine theme = st.lines().stream().filter(l -> l.text().contains("với chủ đề")).findFirst().orElseThrow();
        assertEquals(10, theme.number());
        assertEquals(Location.line(10), theme.location());
        assertTrue(theme.text().contains("chủ đề “Chung tay bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em trong thiên tai, dịch bệnh” cụ thể"),
                theme.text());
        SourceText seed3 = read(Fixtures.plan(Fixtures.SEED3, "txt"));
        assertTrue(texts(seed3).stream().noneMatch(t -> t.contains("**")));
        assertTrue(texts(seed3).stream().anyMatch(t -> t.contains("(Riêng các huyện, thành phố căn cứ")));
        assertEquals(3, line(seed3, "Số: /KH-UBND").number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "**trước ngày 20/7/2024** để tổng hợp|trước ngày 20/7/2024 để tổng hợp",
        "chủ đề ***“Chung tay”*** cụ thể|chủ đề “Chung tay” cụ thể",
        "(*Riêng các huyện*);|(Riêng các huyện);",
        "__Ghi chú__ và *nghiêng* và **đậm *lồng* nhau**|Ghi chú và nghiêng và đậm lồng nhau",
        "* gạch đầu dòng kiểu Markdown|* gạch đầu dòng kiểu Markdown",
        "5 * 3 * 2 = 30|5 * 3 * 2 = 30",
        "tệp ten_tep_moi.txt|tệp ten_tep_moi.txt"})
    void stripEmphasis(String in, String out) {
        assertEquals(out, TxtReader.stripEmphasis(in));
    }

    @Test
    void utf16WithBom() throws Exception {
        Path f = write("u16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Số: 29/KH-UBND\nKẾ HOẠCH".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("Số: 29/KH-UBND", "KẾ HOẠCH"), texts(read(f)));
    }

    @Test
    void tcvn3FileIsConvertedWithNote() {
        SourceText st = read(Fixtures.broken("legacy-tcvn3.txt"));
        assertEquals(List.of("Tệp dùng bảng mã TCVN3 (ABC) cũ; đã chuyển sang Unicode."), st.notes());
        Fixtures.inOrder(st, "ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: /KH-UBND", "Lai Châu, ngày tháng năm 2024",
                "KẾ HOẠCH", "Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024", "I. MỤC ĐÍCH, YÊU CẦU",
                "II. NỘI DUNG HOẠT ĐỘNG");
        assertEquals(10, st.lines().size());
    }

    @Test
    void vniFileIsRefused() {
        Fixtures.unreadable(Fixtures.broken("legacy-vni.txt"), "INPUT-LEGACY-ENCODING", "bảng mã VNI");
    }

    @Test
    void windows1258IsDecodedWithNote() throws Exception {
        Charset cp1258 = Charset.forName("windows-1258");
        String text = "Kế hoạch triển khai Tháng hành động vì trẻ em năm 2024 của Ủy ban nhân dân";
        SourceText st = read(write("cp1258.txt", cp1258Form(text).getBytes(cp1258)));
        assertEquals(List.of(text), texts(st));
        assertTrue(st.notes().get(0).contains("Windows-1258"), st.notes().toString());
    }

    @Test
    void otherEightBitTextFallsBackToWindows1252WithNote() throws Exception {
        SourceText st = read(write("cp1252.txt", "Caf\u00e9 r\u00e9union \u2013 ordre du jour".getBytes(Charset.forName("windows-1252"))));
        assertEquals(List.of("Café réunion – ordre du jour"), texts(st));
        assertTrue(st.notes().get(0).contains("Windows-1252"), st.notes().toString());
    }

    @Test
    void binaryContentIsRefused() throws Exception {
        Fixtures.unreadable(write("bin.txt", new byte[] {'P', 'K', 0, 0, 1, 2, 3}), "INPUT-UNREADABLE", "nhị phân");
    }

    /** OCR'd seeds lost most diacritics ("Trién khai", "S¢ Lao"): they must not pass for TCVN3 or VNI. */
    @Test
    void seedTextsAreNotMistakenForLegacyEncodings() throws Exception {
        try (var files = Files.list(Fixtures.PLANS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertEquals(List.of(), read(f).notes(), f.toString());
            }
        }
    }

    /** Windows-1258 has â ê ô ă ơ ư đ as letters and the five tones as combining marks: "ế" is ê + U+0301. */
    private static String cp1258Form(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < d.length()) {
            StringBuilder letter = new StringBuilder().append(d.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < d.length() && Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = d.charAt(i++);
                (m == '\u0302' || m == '\u0306' || m == '\u031B' ? letter : tones).append(m);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
