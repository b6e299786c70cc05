package vn.plancheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plancheck.ingest.Fixtures.read;
import static vn.plancheck.ingest.Fixtures.texts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.parse.PlanParser;
import vn.plancheck.parse.Parsers;

/**
 * Signed-looking PDFs of fixtures/layouts/ (see fixtures/README.md): header tables laid out as Word users lay them
 * out, numbers and dates written in by signing tools, e-office forms and clerks, and signature boxes over the
 * header. The header comes out cell by cell, every line whole; the signature boxes' lines come last.
 */
class SignedPdfTest {
    static final Path LAYOUTS = Path.of("fixtures", "layouts");

    /** The ward's plan: a 2 x 2 header table, "Số:" + no-break space + the number in another font. */
    private static final List<String> UBND_HEADER = List.of(
            "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH", "Số: 208/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 10 năm 2025",
            "KẾ HOẠCH");
    /** The ward department's plan: the issuer's name wraps in its cell, the date sits lower than any left line. */
    private static final List<String> PHONG_HEADER = List.of(
            "UBND PHƯỜNG HÒA BÌNH", "PHÒNG KINH TẾ, HẠ TẦNG", "VÀ ĐÔ THỊ", "Số: 208/KH-PKTHTĐT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 10 năm 2025",
            "KẾ HOẠCH");

    private static SourceText layout(String name) {
        return read(LAYOUTS.resolve(name + ".pdf"));
    }

    private static List<String> header(String name) {
        return name.startsWith("ubnd") ? UBND_HEADER : PHONG_HEADER;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd-phuong-2rows", "ubnd-phuong-2rows-signed", "phong-kthtdt-offset",
        "phong-kthtdt-stamped", "phong-kthtdt-annotated", "phong-kthtdt-fields"})
    void headerCellsComeWholeAndInOrder(String name) {
        SourceText st = layout(name);
        List<String> expected = header(name);
        assertEquals(expected, texts(st).subList(0, expected.size()));
        for (int i = 0; i < expected.size(); i++) {
            SourceLine l = st.lines().get(i);
            assertEquals(i + 1, l.number());
            assertEquals(Location.pageLine(1, i + 1), l.location(), l.text());
        }
        assertEquals(List.of(), st.notes());
    }

    /** The whole pipeline's parser: number, symbol, date and issuer of a signed plan, not an undated draft. */
    @ParameterizedTest
    @ValueSource(strings = {"ubnd-phuong-2rows", "ubnd-phuong-2rows-signed", "phong-kthtdt-offset",
        "phong-kthtdt-stamped", "phong-kthtdt-annotated", "phong-kthtdt-fields"})
    void parserReadsNumberDateAndIssuer(String name) {
        Plan plan = Parsers.standard().parse(layout(name));
        assertEquals("208", plan.getNumber());
        assertEquals(LocalDate.of(2025, 10, 10), plan.getIssueDate());
        assertEquals("Hòa Bình", plan.getPlace());
        assertTrue(plan.isNationalHeader());
        assertEquals("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 trên địa bàn phường Hòa Bình",
                plan.getTitle());
        if (name.startsWith("ubnd")) {
            assertEquals("KH-UBND", plan.getSymbol());
            assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", plan.getIssuer());
            assertEquals("Trần Minh Khoa", plan.getSignature().getName());
        } else {
            assertEquals("KH-PKTHTĐT", plan.getSymbol());
            assertEquals("UBND PHƯỜNG HÒA BÌNH", plan.getParentIssuer());
            // The name is "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", which the PDF wraps in its cell; the reader gives
            // the two lines one after the other, but the current parser takes one line per issuer part (joining
            // a wrapped line is left to the layout stage), so only the start is certain here.
            assertTrue(plan.getIssuer().startsWith("PHÒNG KINH TẾ, HẠ TẦNG"), plan.getIssuer());
            assertEquals("Lê Thị Thanh Hương", plan.getSignature().getName());
            assertEquals("TRƯỞNG PHÒNG", plan.getSignature().getPosition());
        }
        assertEquals(6, plan.getRecipients().size());
    }

    /** Word's no-break space after "Số:" reads as a space; the line's original keeps it. */
    @ParameterizedTest
    @ValueSource(strings = {"ubnd-phuong-2rows", "ubnd-phuong-2rows-signed"})
    void noBreakSpaceAfterTheLabel(String name) {
        SourceLine number = Fixtures.line(layout(name), "Số: 208/KH-UBND");
        assertEquals("Số:\u00A0208/KH-UBND", number.original());
    }

    /**
     * Signing, stamping or filling in the number and date adds no page text and loses none: the four department
     * PDFs (one exported from the filled-in document, three from the draft with blanks) read alike, line for line,
     * but for the signature box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"phong-kthtdt-stamped", "phong-kthtdt-annotated", "phong-kthtdt-fields"})
    void filledInDraftReadsAsTheFilledInDocument(String name) {
        List<String> filled = texts(layout("phong-kthtdt-offset"));
        List<String> lines = texts(layout(name));
        assertEquals(filled, lines.subList(0, filled.size()));
        assertEquals(List.of("Ký bởi: Phòng Kinh tế, Hạ tầng và Đô thị", "Cơ quan: UBND phường Hòa Bình",
                "Thời gian ký: 10.10.2025 16:05:44 +07:00"), lines.subList(filled.size(), lines.size()));
    }

    /**
     * The signature boxes' lines (the authority's over the date line on page 1, the signer's on page 2) come after
     * the document's text, each on its page, numbered on from the page's last line; none is inside the header.
     */
    @Test
    void signatureBoxesComeAfterTheText() {
        SourceText signed = layout("ubnd-phuong-2rows-signed");
        List<String> unsigned = texts(layout("ubnd-phuong-2rows"));
        List<SourceLine> lines = signed.lines();
        assertEquals(unsigned, texts(signed).subList(0, unsigned.size()));
        List<SourceLine> boxes = lines.subList(unsigned.size(), lines.size());
        assertEquals(List.of("Ký bởi: Ủy ban nhân dân phường Hòa Bình", "Email: vanthu.hoabinh@example.gov.vn",
                "Cơ quan: Ủy ban nhân dân phường Hòa Bình", "Thời gian ký: 10.10.2025 15:42:07 +07:00",
                "Ký bởi: Trần Minh Khoa", "Chức vụ: Phó Chủ tịch UBND phường Hòa Bình",
                "Thời gian ký: 10.10.2025 14:55:31 +07:00"), boxes.stream().map(SourceLine::text).toList());
        int page1 = (int) lines.subList(0, unsigned.size()).stream().filter(l -> l.location().page() == 1).count();
        int page2 = unsigned.size() - page1;
        for (int i = 0; i < boxes.size(); i++) {
            Location expected = i < 4 ? Location.pageLine(1, page1 + i + 1) : Location.pageLine(2, page2 + i - 4 + 1);
            assertEquals(expected, boxes.get(i).location(), boxes.get(i).text());
            assertEquals(unsigned.size() + i + 1, boxes.get(i).number());
        }
        for (String l : texts(signed).subList(0, unsigned.size())) {
            assertFalse(l.contains("Ký bởi") || l.contains("Thời gian ký") || l.contains("example.gov.vn"), l);
        }
    }
}
