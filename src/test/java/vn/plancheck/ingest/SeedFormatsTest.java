package vn.plancheck.ingest;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plancheck.ingest.Fixtures.SEED1;
import static vn.plancheck.ingest.Fixtures.SEED3;
import static vn.plancheck.ingest.Fixtures.inOrder;
import static vn.plancheck.ingest.Fixtures.plan;
import static vn.plancheck.ingest.Fixtures.read;
import static vn.plancheck.ingest.Fixtures.texts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same plan in every committed format yields the same key lines, in reading order. */
class SeedFormatsTest {
    private static final String[] SEED3_KEYS = {
        "Số: /KH-UBND", "Lai Châu, ngày tháng năm 2024", "KẾ HOẠCH",
        "Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG HOẠT ĐỘNG", "2. Thời gian triển khai",
        "III. TỔ CHỨC THỰC HIỆN", "8.1. Ủy ban Mặt trận tổ quốc tỉnh", "IV. CHẾ ĐỘ BÁO CÁO",
        "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Tổng Thanh Hải"};
    private static final String[] SEED1_KEYS = {
        "Số: /KH-KHCN", "Bắc Giang, ngày tháng 5 năm 2021", "KẾ HOẠCH",
        "Tổ chức Tháng hành động vì trẻ em năm 2021", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
        "- Thúc đẩy phong trào toàn dân chăm sóc, giáo dục và bảo vệ trẻ em.", "2. Yêu cầu",
        "II. NỘI DUNG HOẠT ĐỘNG", "III. THỜI GIAN", "Thời gian thực hiện từ ngày 1/6/2021 đến ngày 30/6/2021",
        "IV. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Lãnh đạo Sở;", "Nguyễn Thanh Bình"};

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc", "pdf"})
    void seed3KeyLinesInEveryFormat(String ext) {
        SourceText st = read(plan(SEED3, ext));
        assertEquals(ext, st.format());
        inOrder(st, SEED3_KEYS);
        assertTrue(texts(st).contains("KT. CHỦ TỊCH") && texts(st).contains("PHÓ CHỦ TỊCH"));
        assertNormalised(st);
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "pdf"})
    void seed1KeyLinesInEveryFormat(String ext) {
        SourceText st = read(plan(SEED1, ext));
        inOrder(st, SEED1_KEYS);
        assertTrue(texts(st).contains("GIÁM ĐỐC"));
        assertNormalised(st);
    }

    /** Word versions keep each paragraph of the seed whole, so every non-blank .txt line is a line there. */
    @ParameterizedTest
    @ValueSource(strings = {SEED3 + ".docx", SEED3 + ".doc", SEED1 + ".docx"})
    void wordVersionsCarryEveryLineOfTheSeed(String name) {
        String seed = name.substring(0, name.lastIndexOf('.'));
        Set<String> word = new HashSet<>(texts(read(Fixtures.PLANS.resolve(name))));
        List<String> missing = new ArrayList<>();
        for (String line : texts(read(plan(seed, "txt")))) {
            if (!line.isBlank() && !word.contains(line)) {
                missing.add(line);
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc", "pdf"})
    void linesAreNumberedInOrderWithLocations(String ext) {
        SourceText st = read(plan(SEED3, ext));
        for (int i = 0; i < st.lines().size(); i++) {
            SourceLine l = st.lines().get(i);
            assertEquals(i + 1, l.number(), "lines are numbered 1..n in reading order");
            assertTrue(switch (ext) {
                case "txt" -> l.location().line() != null && l.location().line() == i + 1;
                case "pdf" -> l.location().page() != null && l.location().line() != null;
                default -> l.location().paragraph() != null || l.location().cell() != null;
            }, l.location().toString());
            assertTrue(l.text().chars().noneMatch(c -> c == 7 || c == '\r' || c == '\n'), l.text());
        }
    }

    private static void assertNormalised(SourceText st) {
        for (SourceLine l : st.lines()) {
            assertTrue(Normalizer.isNormalized(l.text(), Normalizer.Form.NFC), l.toString());
        }
        assertEquals(List.of(), st.notes());
    }
}
