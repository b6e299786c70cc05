package vn.plancheck.parse;

import vn.plancheck.model.Location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Citation;

class CitationExtractorTest {
    private final CitationExtractor ex = new CitationExtractor();

    private List<Citation> seed(String prefix) {
        List<SourceLine> lines = CiteFixtures.seed(prefix);
        return ex.extract(lines, CiteFixtures.firstHeading(lines));
    }

    private List<Citation> of(String text) {
        return ex.extract(CiteFixtures.lines(text), Integer.MAX_VALUE);
    }

    private static Citation find(List<Citation> cs, String numberSymbol) {
        return cs.stream().filter(c -> numberSymbol.equals(c.getNumberSymbol())).findFirst()
                .orElseThrow(() -> new AssertionError(numberSymbol + " not in " + cs));
    }

    private static void check(Citation c, String type, LocalDate date, String issuer, boolean basis) {
        assertEquals(type, c.getDocType(), c.toString());
        assertEquals(date, c.getDate(), c.toString());
        assertEquals(issuer, c.getIssuer(), c.toString());
        assertEquals(basis, c.isBasis(), c.toString());
    }

    // ---- the seeds ------------------------------------------------------------------------------------------

    @Test
    void seed3CleanLaiChau() {
        List<Citation> cs = seed("seed3");
        Citation law = cs.get(0);
        assertEquals("LUAT", law.getDocType());
        assertEquals("Luật Trẻ em", law.getLawName());
        assertEquals(2016, law.getLawYear());
        assertNull(law.getNumberSymbol());
        assertTrue(law.isBasis());
        assertEquals(11, law.getLine());

        Citation cv = find(cs, "982/LĐTBXH-CTE");
        check(cv, "CONG_VAN", LocalDate.of(2024, 3, 12), "Bộ Lao động - Thương binh và Xã hội", true);
        assertEquals("982", cv.getNumber());
        assertEquals("LĐTBXH-CTE", cv.getSymbol());
        assertEquals("12/3/2024", cv.getDateText());
        assertEquals("Công văn", cv.getDocTypeName());
        assertEquals("Công văn số 982/LĐTBXH-CTE ngày 12/3/2024 của Bộ Lao động - Thương binh và Xã hội",
                cv.getText());

        check(find(cs, "28-CT/TW"), "CHI_THI", LocalDate.of(2023, 12, 25), "Bộ Chính trị", false);
        check(find(cs, "56/2017/NĐ-CP"), "NGHI_DINH", LocalDate.of(2017, 5, 9), "Chính phủ", false);
        Citation nd80 = find(cs, "80/2017/NĐ-CP");
        check(nd80, "NGHI_DINH", LocalDate.of(2017, 7, 17), "Chính phủ", false);
        assertEquals(79, nd80.getLine(), "the citation starts on line 79; its date is on line 81");
        assertEquals("2017/NĐ-CP", nd80.getSymbol());

        long laws = cs.stream().filter(c -> "Luật Trẻ em".equals(c.getLawName())).count();
        assertEquals(2, laws, "Luật Trẻ em năm 2016 (basis) and Luật Trẻ em 2016 (line 79)");
        assertEquals(6, cs.size(), cs.toString());
    }

    @Test
    void seed3WithoutDiacriticsGivesTheSameFacts() {
        List<SourceLine> lines = CiteFixtures.lines(CiteFixtures.strip(CiteFixtures.seedText("seed3")));
        List<Citation> cs = ex.extract(lines, CiteFixtures.firstHeading(lines));
        assertEquals(6, cs.size(), cs.toString());
        check(find(cs, "982/LDTBXH-CTE"), "CONG_VAN", LocalDate.of(2024, 3, 12),
                "Bo Lao dong - Thuong binh va Xa hoi", true);
        check(find(cs, "28-CT/TW"), "CHI_THI", LocalDate.of(2023, 12, 25), "Bo Chinh tri", false);
        check(find(cs, "80/2017/ND-CP"), "NGHI_DINH", LocalDate.of(2017, 7, 17), "Chinh phu", false);
        assertEquals("Luat Tre em", cs.get(0).getLawName());
    }

    @Test
    void seed1CleanBacGiang2021() {
        List<Citation> cs = seed("seed1");
        assertEquals(1, cs.size(), cs.toString());
        Citation c = cs.get(0);
        assertEquals("759/LĐTB&XH-TE&BDG", c.getNumberSymbol());
        check(c, "CONG_VAN", LocalDate.of(2021, 5, 12), "Sở Lao động – Thương binh và Xã hội", true);
    }

    @Test
    void seed2OcrThiTranThang() {
        List<Citation> cs = seed("seed2");
        check(find(cs, "16/KH-LDTB&XH"), "KE_HOACH", LocalDate.of(2024, 1, 23),
                "S¢ Lao dong - Thuong binh va Xa hoi tinh Bic Giang", true);
        check(find(cs, "53/KGH-UBND"), "KE_HOACH", LocalDate.of(2024, 2, 7), "UBND huyén Hiép Hoa", true);
        Citation tt = find(cs, "13/2021/TTBLDTBXH");
        check(tt, "THONG_TU", LocalDate.of(2021, 9, 30), "B0 truong Bo Lao dong - TB&XH", false);
        assertEquals(134, tt.getLine());
        Citation law = cs.stream().filter(c -> c.getLawName() != null).findFirst().orElseThrow();
        assertEquals("Luat Tré em", law.getLawName());
        assertEquals(2016, law.getLawYear());
        assertEquals(4, cs.size(), "'cac quyét dinh, dé an, chuong trinh, ké hoach ciia UBND tinh' is no citation");
    }

    @Test
    void seed4OcrHuyenUyBacAi() {
        List<Citation> cs = seed("seed4");
        Citation kh = find(cs, "273-KH/TU");
        check(kh, "KE_HOACH", LocalDate.of(2024, 2, 20), "Ban Thuong vu Tinh uy", true);
        check(find(cs, "28-CT/TW"), "CHI_THI", LocalDate.of(2023, 12, 25), "B Chinh tri", true);
        // later mentions: number only, no date, still citations; one is broken across lines "273-\nKH/TU"
        List<Citation> later = cs.stream().filter(c -> c.getLine() >= 134).collect(Collectors.toList());
        assertTrue(later.size() >= 6, later.toString());
        assertTrue(later.stream().allMatch(c -> c.getDate() == null && !c.isBasis()));
        Citation broken = later.stream().filter(c -> c.getLine() == 137 && "KE_HOACH".equals(c.getDocType()))
                .findFirst().orElseThrow();
        assertEquals("273-KH/TU", broken.getNumberSymbol());
        assertEquals("KH/TU", broken.getSymbol());
        assertEquals("273", broken.getNumber());
    }

    @Test
    void seed0OcrSoKhcn() {
        List<Citation> cs = seed("seed0");
        Citation kh = find(cs, "26/KH-UBND");
        check(kh, "KE_HOACH", LocalDate.of(2024, 4, 11), "UBND tinh B~c Giang", true);
        Citation ct = find(cs, "28-CT/TW");
        assertEquals(LocalDate.of(2023, 12, 25), ct.getDate(), "2511212023 is 25/12/2023 with the slashes read as 1");
        assertEquals("2511212023", ct.getDateText());
        assertEquals("B9 Chinh tri", ct.getIssuer());
        assertEquals(2, cs.size(), cs.toString());
    }

    // ---- sentences written for these tests -------------------------------------------------------------------

    @Test
    void decisionWithLongDateOfAnotherProvince() {
        List<Citation> cs = of("Căn cứ Quyết định số 1234/QĐ-UBND ngày 16 tháng 02 năm 2025 của UBND tỉnh Thanh Hóa"
                + " về việc phê duyệt Chương trình bảo vệ trẻ em;");
        assertEquals(1, cs.size(), cs.toString());
        Citation c = cs.get(0);
        check(c, "QUYET_DINH", LocalDate.of(2025, 2, 16), "UBND tỉnh Thanh Hóa", true);
        assertEquals("1234/QĐ-UBND", c.getNumberSymbol());
        assertEquals("16 tháng 02 năm 2025", c.getDateText());
    }

    @Test
    void issuerIsCutBeforeTheSummary() {
        assertEquals("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", of("Thực hiện Thông tư số 28/2019/TT-BLĐTBXH"
                + " ngày 26/12/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn tổ chức Tháng hành"
                + " động vì trẻ em.").get(0).getIssuer());
        assertEquals("Sở Y tế tỉnh Nghệ An", of("Công văn số 1205/SYT-BTXH, ngày 07/4/2026 của Sở Y tế tỉnh Nghệ An"
                + " V/v triển khai Tháng hành động vì trẻ em năm 2026").get(0).getIssuer());
        assertEquals("Quốc hội", of("Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội;").get(0).getIssuer());
        assertEquals("Ban Bí thư", of("Quy định số 399-QĐ/TW ngày 09/01/2026 của Ban Bí thư quy định về thể loại"
                + " văn bản").get(0).getIssuer());
        assertEquals("UBND xã Tân Lập", of("Đề án số 06/ĐA-UBND ngày 10/01/2025 của UBND xã Tân Lập, giai đoạn"
                + " 2025-2030").get(0).getIssuer());
    }

    @Test
    void everyDocumentType() {
        String text = "Luật số 64/2025/QH15; Bộ luật Lao động năm 2019; Nghị quyết 202/2025/QH15; Nghị định"
                + " 162/2025/NĐ-CP; Quyết định 827/QĐ-BYT; Quy định 399-QĐ/TW; Chỉ thị 36/CT-TTg; Thông tư"
                + " 13/2021/TT-BLĐTBXH; Thông báo số 290/TB-BYT; Công văn 4251/BLĐTBXH-CTE; Kế hoạch 29/KH-UBND;"
                + " Hướng dẫn số 36-HD/VPTW; Chương trình số 12-CTr/TU; Đề án số 06/ĐA-UBND.";
        List<String> types = of(text).stream().map(Citation::getDocType).collect(Collectors.toList());
        assertEquals(List.of("LUAT", "BO_LUAT", "NGHI_QUYET", "NGHI_DINH", "QUYET_DINH", "QUY_DINH", "CHI_THI",
                "THONG_TU", "THONG_BAO", "CONG_VAN", "KE_HOACH", "HUONG_DAN", "CHUONG_TRINH", "DE_AN"), types);
        Citation luat = of(text).get(0);
        assertEquals("64/2025/QH15", luat.getNumberSymbol());
        assertEquals(2025, luat.getLawYear());
        Citation bo = of(text).get(1);
        assertEquals("Bộ luật Lao động", bo.getLawName());
        assertEquals(2019, bo.getLawYear());
    }

    @Test
    void lawByNameWithNumber() {
        Citation c = of("Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;").get(0);
        assertEquals("LUAT", c.getDocType());
        assertEquals("Luật Trẻ em", c.getLawName());
        assertEquals("102/2016/QH13", c.getNumberSymbol());
        assertEquals(2016, c.getLawYear());
        assertEquals(LocalDate.of(2016, 4, 5), c.getDate());
    }

    @Test
    void lawByNameWithTheDayItWasPassed() {
        List<Citation> cs = of("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Luật Bảo vệ dữ liệu cá nhân ngày 26/6/2025;"
                + "\nTheo đề nghị của Bộ trưởng Bộ Công an, các cơ quan thực hiện pháp luật ngày càng tốt hơn.");
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("Luật Tổ chức Chính phủ", cs.get(0).getLawName());
        assertEquals(2025, cs.get(0).getLawYear());
        assertEquals(LocalDate.of(2025, 2, 18), cs.get(0).getDate());
        assertEquals("Luật Bảo vệ dữ liệu cá nhân", cs.get(1).getLawName());
        assertEquals(LocalDate.of(2025, 6, 26), cs.get(1).getDate());
    }

    @Test
    void lawYearWithoutNam() {
        Citation c = of("tuyên truyền Luật Trẻ em 2016, Luật Giáo dục năm 2019 trong trường học").get(0);
        assertEquals("Luật Trẻ em", c.getLawName());
        assertEquals(2016, c.getLawYear());
        assertEquals("Luật Giáo dục", of("tuyên truyền Luật Trẻ em 2016, Luật Giáo dục năm 2019").get(1).getLawName());
    }

    @Test
    void impossibleDateIsKeptAsInvalid() {
        Citation c = of("Kế hoạch số 45/KH-UBND ngày 31/6/2024 của UBND huyện Yên Thế").get(0);
        assertNull(c.getDate());
        assertFalse(c.isDateValid());
        assertEquals("31/6/2024", c.getDateText());
        assertEquals("UBND huyện Yên Thế", c.getIssuer());
    }

    @Test
    void citationBrokenAcrossLines() {
        List<Citation> cs = of("Thực hiện Kế hoạch số 273-\nKH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy, về triển"
                + " khai; Nghị định số 80/2017/NĐ-CP ngày\n\n17/7/2017 của Chính phủ quy định về môi trường");
        assertEquals("273-KH/TU", cs.get(0).getNumberSymbol());
        assertEquals(1, cs.get(0).getLine());
        assertEquals("Ban Thường vụ Tỉnh ủy", cs.get(0).getIssuer());
        assertEquals("Kế hoạch số 273- KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy", cs.get(0).getText());
        assertEquals(LocalDate.of(2017, 7, 17), cs.get(1).getDate());
        assertEquals(2, cs.get(1).getLine());
    }

    @Test
    void issuerBeforeDate() {
        Citation c = of("Kế hoạch số 26/KH-UBND của UBND tỉnh Bắc Ninh ngày 11/4/2025 về tổ chức").get(0);
        assertEquals("UBND tỉnh Bắc Ninh", c.getIssuer());
        assertEquals(LocalDate.of(2025, 4, 11), c.getDate());
    }

    @Test
    void anIssuerLeadingAListIsEveryListedDocumentsIssuerUpToTheSentencesEnd() {
        List<Citation> cs = of("a) Thực hiện theo các Quyết định của Thủ tướng Chính phủ: Quyết định số 326/QĐ-TTg ngày 09/3/2022"
                + " về phân bổ chỉ tiêu sử dụng đất; Quyết định số 95/QĐ-TTg ngày 16/11/2023 phê duyệt quy hoạch. Quyết định số"
                + " 12/QĐ-UBND ngày 05/01/2024 về giao chỉ tiêu.");
        assertEquals(3, cs.size(), cs.toString());
        assertEquals("Thủ tướng Chính phủ", find(cs, "326/QĐ-TTG").getIssuer());
        assertEquals("Thủ tướng Chính phủ", find(cs, "95/QĐ-TTG").getIssuer());
        assertNull(find(cs, "12/QĐ-UBND").getIssuer(), "the next sentence is no longer the list");
    }

    @Test
    void twoNumbersOfOneType() {
        List<Citation> cs = of("theo các Nghị định số 56/2017/NĐ-CP và 80/2017/NĐ-CP của Chính phủ");
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("NGHI_DINH", cs.get(1).getDocType());
        assertEquals("80/2017/NĐ-CP", cs.get(1).getNumberSymbol());
        assertEquals("Chính phủ", cs.get(1).getIssuer());
    }

    @Test
    void ocrSpellings() {
        List<Citation> cs = of("Thuc hién Ké hoach sb 53/KGH-UBND, ngay 07/02/2024 ctia UBND huyén Hiép Hoa vé viéc"
                + " trién khai; K€ hoach s6 26/KH-UBND ngay 11/4/2024 cua UBND tinh\nB~c Giang v€ t6 chirc; Chi thi"
                + " s6 28-CT/TW ngay 2511212023 cua B9 Chinh tri v~ tang; Thong tu sd 13/2021/TTBLDTBXH ngay"
                + " 30/9/2021 cta B0 truong Bo Lao dong - TB&XH ban\nhanh Bo chi tieu");
        assertEquals(4, cs.size(), cs.toString());
        assertEquals("UBND huyén Hiép Hoa", cs.get(0).getIssuer());
        assertEquals("UBND tinh B~c Giang", cs.get(1).getIssuer());
        assertEquals(LocalDate.of(2023, 12, 25), cs.get(2).getDate());
        assertEquals("B0 truong Bo Lao dong - TB&XH", cs.get(3).getIssuer());
    }

    @Test
    void strippedSentencesGiveTheSameFacts() {
        String text = "Căn cứ Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị về tăng cường; Kế hoạch số"
                + " 16/KH-SYT ngày 05/3/2026 của Sở Y tế tỉnh Quảng Ninh về việc triển khai; Luật Trẻ em năm 2016.";
        List<Citation> a = of(text);
        List<Citation> b = of(CiteFixtures.strip(text));
        assertEquals(3, a.size(), a.toString());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getDocType(), b.get(i).getDocType());
            assertEquals(CiteFixtures.strip(String.valueOf(a.get(i).getNumberSymbol())),
                    String.valueOf(b.get(i).getNumberSymbol()));
            assertEquals(a.get(i).getDate(), b.get(i).getDate());
            assertEquals(CiteFixtures.strip(String.valueOf(a.get(i).getIssuer())), String.valueOf(b.get(i).getIssuer()));
            assertEquals(a.get(i).getLawYear(), b.get(i).getLawYear());
        }
        assertEquals("Sở Y tế tỉnh Quảng Ninh", a.get(1).getIssuer());
    }

    @Test
    void notCitations() {
        String text = "KẾ HOẠCH\nTriển khai thực hiện công tác trẻ em năm 2024\n"
                + "Các cấp, các ngành triển khai Kế hoạch này; xây dựng kế hoạch cụ thể.\n"
                + "Thực hiện các quyết định, đề án, chương trình, kế hoạch của UBND tỉnh về công tác trẻ em giai đoạn"
                + " 2021- 2025.\nThực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030;\n"
                + "- Tổng đài 111- Tiếp nhận thông tin mọi lúc; phổ biến pháp luật năm 2024; Kế hoạch năm 2024.\n"
                + "Giảm tỷ suất xuống còn dưới 03/1.000 trẻ em.";
        assertTrue(of(text).isEmpty(), of(text).toString());
        assertTrue(of(CiteFixtures.strip(text)).isEmpty());
    }

    @Test
    void basisIsLinesBeforeTheFirstSection() {
        List<Citation> cs = ex.extract(CiteFixtures.lines(
                "Thực hiện Công văn số 12/UBND-VX ngày 02/01/2026 của UBND tỉnh;\nI. MỤC ĐÍCH\nQuán triệt Công văn"
                + " 12/UBND-VX."), 2);
        assertTrue(cs.get(0).isBasis());
        assertFalse(cs.get(1).isBasis());
        assertNull(cs.get(1).getDate());
        assertTrue(cs.get(1).isDateValid(), "no date written is not an invalid date");
    }

    @Test
    void neverThrowsOnRandomText() {
        java.util.Random r = new java.util.Random(42);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789/-.,;:()& \n\tKếhoạchsốngàycủaQĐ"
                + "€¢~ÉéLuậtnăm";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertNotNull(ex.extract(CiteFixtures.lines(b.toString()), r.nextInt(10)));
        }
        assertTrue(ex.extract(List.of(), 3).isEmpty());
        assertTrue(ex.extract(null, 3).isEmpty());
        assertTrue(ex.extract(List.of(new SourceLine(1, null, Location.line(1))), 3).isEmpty());
    }

    @Test
    void pathologicalInputIsFast() {
        String big = "Sở Y tế" + ", - ".repeat(4000) + " x; Kế hoạch số 12/" + "KH-".repeat(2000) + "\n"
                + "báo cáo trước ngày ".repeat(2000) + "\n" + "Luật " + "Trẻ em ".repeat(3000) + "\n"
                + "1.".repeat(5000) + " Sở\n" + "a".repeat(50000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertNotNull(ex.extract(CiteFixtures.lines(big), 3)));
    }
}
