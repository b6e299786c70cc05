package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plancheck.ingest.Fixtures.SEED3;
import static vn.plancheck.ingest.Fixtures.line;
import static vn.plancheck.ingest.Fixtures.plan;
import static vn.plancheck.ingest.Fixtures.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocReaderTest {
    @TempDir
    Path tmp;

    @Test
    void seed3ParagraphsCellsAndRebuiltLabels() {
        SourceText st = read(plan(SEED3, "doc"));
        assertEquals("doc", st.format());
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày tháng năm 2024", "KẾ HOẠCH"),
                Fixtures.texts(st).subList(0, 7));
        SourceLine heading = line(st, "I. MỤC ĐÍCH, YÊU CẦU");
        assertEquals(Location.paragraph(heading.number()), heading.location());
        line(st, "IV. CHẾ ĐỘ BÁO CÁO");
        assertTrue(st.lines().stream().allMatch(l -> l.text().chars().allMatch(c -> c >= ' ' || c == '\t')),
                "no cell marks or other control characters");
    }

    @Test
    void cleanHidesFieldCodesAndSplitsSoftBreaks() {
        assertEquals("Trang 3 / 7", DocReader.clean("Trang \u0013 PAGE \u00143\u0015 / \u0013NUMPAGES\u00147\u0015\r"));
        assertEquals("xem 12", DocReader.clean("xem \u0013 REF a \u0013 SEQ b \u0014x\u0015 \u001412\u0015"));
        assertEquals("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", DocReader.clean("KT. CHỦ TỊCH\u000BPHÓ CHỦ TỊCH\u0007"));
        assertEquals("Bà Rịa-Vũng Tàu", DocReader.clean("Bà Rịa\u001EVũng\u001F Tàu\u0001"));
    }

    @Test
    void docxRenamedToDocIsNamed() throws Exception {
        Path f = tmp.resolve("ke-hoach.doc");
        Files.copy(plan(SEED3, "docx"), f);
        Fixtures.unreadable(f, "INPUT-UNREADABLE", "thực chất là tài liệu Word 2007 trở lên (.docx)");
    }

    @Test
    void rtfSavedAsDocIsNamed() throws Exception {
        Path f = tmp.resolve("rtf.doc");
        Files.writeString(f, "{\\rtf1\\ansi K\\'ea ho\\'e1ch}", StandardCharsets.US_ASCII);
        Fixtures.unreadable(f, "INPUT-UNREADABLE", "thực chất là tệp RTF");
    }

    @Test
    void textFileNamedDocIsCorrupt() throws Exception {
        Path f = tmp.resolve("x.doc");
        Files.writeString(f, "không phải Word");
        Fixtures.unreadable(f, "INPUT-UNREADABLE", "Tệp .doc bị hỏng");
    }
}
