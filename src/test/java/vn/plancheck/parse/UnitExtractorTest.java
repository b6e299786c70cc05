package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.TaskItem;
import vn.plancheck.model.UnitRef;
import vn.plancheck.model.UnitRole;

class UnitExtractorTest {
    private final UnitExtractor ex = new UnitExtractor();

    private UnitExtractor.Result seed(String prefix) {
        List<SourceLine> lines = CiteFixtures.seed(prefix);
        return ex.extract(CiteFixtures.orgSection(lines), lines);
    }

    private UnitExtractor.Result of(String text) {
        List<SourceLine> lines = CiteFixtures.lines(text);
        return ex.extract(CiteFixtures.orgSection(lines), lines);
    }

    private static UnitRef unit(UnitExtractor.Result r, String name) {
        return r.units().stream().filter(u -> u.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.units()));
    }

    private static List<String> numbers(UnitExtractor.Result r) {
        return r.tasks().stream().map(TaskItem::getNumber).collect(Collectors.toList());
    }

    private static List<String> unitNames(UnitExtractor.Result r) {
        return r.tasks().stream().map(TaskItem::getUnitName).collect(Collectors.toList());
    }

    private static void cleanNames(UnitExtractor.Result r) {
        for (UnitRef u : r.units()) {
            assertTrue(u.getName().split("\\s+").length <= UnitNames.MAX_WORDS, u.getName());
            assertFalse(u.getName().matches("(?s).*[,;:.(\\-]$"), u.getName());
        }
    }

    // ---- the seeds ------------------------------------------------------------------------------------------

    @Test
    void seed3TenItemsAndRoles() {
        UnitExtractor.Result r = seed("seed3");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "8.1", "8.2", "8.3", "8.4", "9", "10"),
                numbers(r));
        assertEquals(List.of("Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo", "Sở Y tế",
                "Công an tỉnh", "Sở Văn hoá, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
                "Bộ Chỉ huy Biên phòng tỉnh, Bộ Chỉ huy quân sự tỉnh",
                "Ủy ban Mặt trận tổ quốc và các tổ chức đoàn thể tỉnh", "Ủy ban Mặt trận tổ quốc tỉnh",
                "Đoàn thanh niên cộng sản Hồ Chí Minh tỉnh", "Hội Liên hiệp phụ nữ tỉnh", "Hội Nông dân tỉnh",
                "Các sở, ban, ngành, đoàn thể liên quan", "UBND các huyện, thành phố"), unitNames(r));
        assertEquals(67, r.tasks().get(0).getLine());
        assertEquals("1. Sở Lao động - Thương binh và Xã hội", r.tasks().get(0).getText());

        UnitRef ldtbxh = unit(r, "Sở Lao động - Thương binh và Xã hội");
        assertEquals(UnitRole.LEAD, ldtbxh.getRole(), "tham mưu, chủ trì");
        assertEquals(67, ldtbxh.getLine());
        assertEquals(UnitRole.LEAD, unit(r, "UBND các huyện, thành phố").getRole(), "tổng hợp và báo cáo");
        assertEquals(UnitRole.SUPPORT, unit(r, "Hội Nông dân tỉnh").getRole(), "- Phối hợp với các Sở …");
        assertEquals(UnitRole.SUPPORT, unit(r, "Các sở, ban, ngành, đoàn thể liên quan").getRole());
        assertEquals(UnitRole.MENTIONED, unit(r, "Sở Văn hoá, Thể thao và Du lịch").getRole(),
                "its units phối hợp; the Sở itself chỉ đạo");
        assertEquals(UnitRole.MENTIONED, unit(r, "Bộ Chỉ huy Biên phòng tỉnh").getRole(), "item 7 names two units");
        assertEquals(UnitRole.MENTIONED, unit(r, "Bộ Chỉ huy quân sự tỉnh").getRole());

        assertEquals(UnitRole.MENTIONED, unit(r, "Bộ Lao động - Thương binh và Xã hội").getRole());
        assertEquals(11, unit(r, "Bộ Lao động - Thương binh và Xã hội").getLine());
        unit(r, "Bộ Chính trị");
        unit(r, "Chính phủ");
        unit(r, "UBND tỉnh");
        long ldtbxhCount = r.units().stream().filter(u -> UnitExtractor.key(u.getName())
                .equals(UnitExtractor.key("Sở Lao động - Thương binh và Xã hội"))).count();
        assertEquals(1, ldtbxhCount, "de-duplicated by folded name");
        cleanNames(r);
    }

    @Test
    void seed3WithoutDiacriticsGivesTheSameFacts() {
        List<SourceLine> lines = CiteFixtures.lines(CiteFixtures.strip(CiteFixtures.seedText("seed3")));
        UnitExtractor.Result r = ex.extract(CiteFixtures.orgSection(lines), lines);
        UnitExtractor.Result clean = seed("seed3");
        assertEquals(numbers(clean), numbers(r));
        assertEquals(unitNames(clean).stream().map(CiteFixtures::strip).collect(Collectors.toList()), unitNames(r));
        assertEquals(UnitRole.LEAD, unit(r, "So Lao dong - Thuong binh va Xa hoi").getRole());
        assertEquals(UnitRole.SUPPORT, unit(r, "Hoi Nong dan tinh").getRole());
        unit(r, "Bo Lao dong - Thuong binh va Xa hoi");
        cleanNames(r);
    }

    @Test
    void seed1VanPhongSoLeads() {
        UnitExtractor.Result r = seed("seed1");
        assertEquals(List.of("1", "2", "3"), numbers(r), "'1 Trưởng …' has no dot");
        assertEquals(List.of("Trưởng các phòng, đơn vị thuộc Sở", "Văn phòng Sở", "Trung tâm Ứng dụng KH&CN"),
                unitNames(r));
        assertEquals(UnitRole.LEAD, unit(r, "Văn phòng Sở").getRole(), "đôn đốc, tổng hợp báo cáo");
        assertEquals(UnitRole.SUPPORT, unit(r, "Công đoàn sở").getRole(), "phối hợp với Công đoàn sở");
        assertEquals(UnitRole.MENTIONED, unit(r, "Sở Lao động – Thương binh và Xã hội").getRole());
        unit(r, "Sở Khoa học và Công nghệ");
        cleanNames(r);
    }

    @Test
    void seed4OcrPartyPlan() {
        UnitExtractor.Result r = seed("seed4");
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(r));
        assertEquals("Céc cap uy, chinh quyén, MTTQ va céc t6 chic chinh tri-xa hoi huyén", unitNames(r).get(0),
                "'1.Céc …' without a space; the verb 'to\\n\\nchtirc' is on the next line");
        assertEquals("Thuong truc HO1 déng nhan dan huyén", unitNames(r).get(1));
        assertEquals("Uy ban nhan dan huyén", unitNames(r).get(2));
        assertEquals("Ban Tuyén gido Huyén tuy", unitNames(r).get(4));
        assertEquals(UnitRole.LEAD, unit(r, "Uy ban nhan dan huyén").getRole(), "theo dõi, đôn đốc");
        unit(r, "Ban Thuong vu Tinh uy");
        unit(r, "Bo Chinh tri");
        cleanNames(r);
    }

    @Test
    void seed2OcrCommune() {
        UnitExtractor.Result r = seed("seed2");
        assertEquals(List.of("1", "2", "3"), numbers(r));
        assertEquals("Cong chirc phu trach Lao dong - TB&XH", unitNames(r).get(0));
        assertEquals("Cong chirc ké toan- ngan sach", unitNames(r).get(1));
        assertTrue(unitNames(r).get(2).startsWith("C4c nganh, doan thé"), unitNames(r).get(2));
        assertEquals(UnitRole.LEAD, unit(r, "Cong chirc phu trach Lao dong - TB&XH").getRole(), "tham muu");
        assertEquals(UnitRole.LEAD, unit(r, "Cong chirc ké toan- ngan sach").getRole());
        assertEquals(UnitRole.SUPPORT, unit(r, "cac nganh, doan thé, don vi lién quan").getRole(),
                "phdi hop véi cac nganh …");
        unit(r, "UBND huyén Hiép Hoa");
        cleanNames(r);
    }

    @Test
    void seed0OcrItemNumbers() {
        UnitExtractor.Result r = seed("seed0");
        assertEquals(List.of("1", "2", "3"), numbers(r), "'I.' and 'J.' are OCR for item numbers");
        assertEquals("Truong cac phong, dun vi thuoc SO'", unitNames(r).get(0));
        assertTrue(unitNames(r).get(1).startsWith("Viin phong"), unitNames(r).get(1));
        assertEquals(UnitRole.LEAD, r.units().stream().filter(u -> u.getName().startsWith("Viin phong"))
                .findFirst().orElseThrow().getRole());
        assertEquals(UnitRole.SUPPORT, unit(r, "Cong doan Sa").getRole());
        cleanNames(r);
    }

    // ---- a 2026 commune plan written for these tests ------------------------------------------------------------

    private static final String COMMUNE_2026 = "UBND XÃ TÂN LẬP\n\nKẾ HOẠCH\n\n"
            + "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/4/2026 của UBND tỉnh Thanh Hóa, UBND xã xây dựng kế hoạch:\n\n"
            + "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n\n"
            + "II. TỔ CHỨC THỰC HIỆN\n\n"
            + "1. Văn phòng HĐND và UBND xã\n\n"
            + "- Chủ trì, phối hợp với Trạm Y tế xã và Công an xã tổ chức các hoạt động Tháng hành động.\n\n"
            + "2. Trạm Y tế xã phối hợp với Trường Tiểu học Tân Lập tuyên truyền phòng, chống đuối nước.\n\n"
            + "3. Tổ chức tuyên truyền rộng rãi trên hệ thống loa truyền thanh của xã.\n\n"
            + "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo các tổ chức thành viên tham gia.\n\n"
            + "5 Công chức Văn hóa - Xã hội: Tham mưu UBND xã tổng hợp báo cáo gửi Sở Y tế tỉnh Thanh Hóa.\n\n"
            + "6. Giao Trường Mầm non Tân Lập chủ trì tổ chức vui chơi cho trẻ em.\n\n"
            + "Nơi nhận:\n- UBND tỉnh Thanh Hóa;\n- Lưu: VT.";

    @Test
    void communePlanOf2026() {
        UnitExtractor.Result r = of(COMMUNE_2026);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers(r));
        assertEquals("Văn phòng HĐND và UBND xã", unitNames(r).get(0));
        assertEquals("Trạm Y tế xã", unitNames(r).get(1));
        assertNull(unitNames(r).get(2), "'3. Tổ chức tuyên truyền' is an activity, not a unit");
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam xã", unitNames(r).get(3), "'Đề nghị' is dropped");
        assertEquals("Công chức Văn hóa - Xã hội", unitNames(r).get(4));
        assertEquals("Trường Mầm non Tân Lập", unitNames(r).get(5), "'Giao' is dropped");

        assertEquals(UnitRole.LEAD, unit(r, "Văn phòng HĐND và UBND xã").getRole());
        assertEquals(UnitRole.SUPPORT, unit(r, "Trạm Y tế xã").getRole(), "own item: phối hợp");
        assertEquals(UnitRole.SUPPORT, unit(r, "Công an xã").getRole(), "phối hợp với Trạm Y tế xã và Công an xã");
        assertEquals(UnitRole.SUPPORT, unit(r, "Trường Tiểu học Tân Lập").getRole());
        assertEquals(UnitRole.MENTIONED, unit(r, "Ủy ban Mặt trận Tổ quốc Việt Nam xã").getRole());
        assertEquals(UnitRole.LEAD, unit(r, "Công chức Văn hóa - Xã hội").getRole());
        assertEquals(UnitRole.LEAD, unit(r, "Trường Mầm non Tân Lập").getRole());
        assertEquals(UnitRole.MENTIONED, unit(r, "Sở Y tế tỉnh Thanh Hóa").getRole());
        assertEquals(UnitRole.MENTIONED, unit(r, "UBND tỉnh Thanh Hóa").getRole());
        assertEquals(5, unit(r, "UBND tỉnh Thanh Hóa").getLine(), "first line where it is named");
        cleanNames(r);

        UnitExtractor.Result s = of(CiteFixtures.strip(COMMUNE_2026));
        assertEquals(unitNames(r).stream().map(n -> n == null ? null : CiteFixtures.strip(n))
                .collect(Collectors.toList()), unitNames(s));
        assertEquals(UnitRole.SUPPORT, unit(s, "Cong an xa").getRole());
        unit(s, "So Y te tinh Thanh Hoa");
    }

    private static List<String> subjects(UnitExtractor.Result r) {
        return r.tasks().stream().map(TaskItem::getSubject).collect(Collectors.toList());
    }

    private UnitExtractor.Result org(String items) {
        return of("III. TỔ CHỨC THỰC HIỆN\n" + items + "\nNơi nhận:\n- Lưu: VT.");
    }

    @Test
    void markupLeftAroundTheNumberIsSkipped() {
        // plan 15 as the layout stage leaves it: "**2. **Sở Tài chính" → "2. *Sở Tài chính"
        UnitExtractor.Result r = org("1. *Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai.\n"
                + "2. *Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành bố trí kinh phí.\n"
                + "3. Đề nghị Công ty Điện lực Đắk Lắk:* *Khẩn trương khắc phục sự cố lưới điện.\n"
                + "4.* *Tất cả lực lượng, phương tiện tham gia phải tuân thủ quy định an toàn.\n"
                + "5. *Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch này;\n"
                + "6. Sở Nội vụ *(Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ):");
        assertEquals(Arrays.asList("Các cơ quan, đơn vị, địa phương", "Sở Tài chính", null, null, "Sở Tư pháp",
                "Sở Nội vụ"), unitNames(r));
        assertEquals("Công ty Điện lực Đắk Lắk", subjects(r).get(2));
        assertEquals("Tất cả lực lượng, phương tiện", subjects(r).get(3));
        assertEquals(UnitRole.LEAD, unit(r, "Sở Tư pháp").getRole());
    }

    @Test
    void subjectIsWhomTheItemAddressesEvenWhenNoUnit() {
        UnitExtractor.Result r = org("1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung.\n"
                + "2. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội\n- Chủ trì xây dựng kế hoạch.\n"
                + "3. Giáo viên chủ nhiệm\n- Phối hợp với gia đình quản lý học sinh.\n"
                + "4. Tổ chức tuyên truyền về phòng, chống đuối nước trẻ em.\n"
                + "5. Kinh phí thực hiện: Kinh phí được bảo đảm theo quy định.\n"
                + "6. Pe nghi Uy ban Mat tran To quoc xa van dong doan vien tham gia.");
        assertEquals(Arrays.asList(null, null, null, null, null, "Uy ban Mat tran To quoc xa"), unitNames(r));
        assertEquals(Arrays.asList("Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban",
                "Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội", "Giáo viên chủ nhiệm", null, "Kinh phí",
                "Uy ban Mat tran To quoc xa"), subjects(r), "'Giáo viên' is not 'Giao'; an item opening with a verb has none");
    }

    @Test
    void theSubjectAfterTheCircumstancesOrTheAgentOfAPassive() {
        UnitExtractor.Result r = org("3. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, tổ chức chính trị"
                + " - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch triển khai.\n"
                + "5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành kịp thời"
                + " phản ánh về Ban Chỉ huy Phòng thủ dân sự tỉnh.\n"
                + "6. Trong quá trình thực hiện, nếu có khó khăn, kịp thời báo cáo Ủy ban nhân dân tỉnh.\n"
                + "7. Nhiệm vụ cụ thể của từng thành viên do Tổ trưởng tổ công tác phân công.\n"
                + "8. Việc tuyên truyền trên hệ thống loa do Đài Truyền thanh xã thực hiện.\n"
                + "9. Phối hợp với Sở Y tế, UBND các xã tổ chức tiêm chủng.");
        assertEquals(Arrays.asList("các sở, ban, ngành", "các sở, ban, ngành", null, null, "Đài Truyền thanh xã", null),
                unitNames(r));
        assertEquals("Trong quá trình", subjects(r).get(2), "the plan's closing: no unit, its opening words");
        assertEquals("Tổ trưởng tổ công tác", subjects(r).get(3));
    }

    @Test
    void itemsUnderAColonOrAParentItemBelongToItsUnit() {
        UnitExtractor.Result r = org("1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:\n"
                + "2. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan.\n"
                + "3. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra.\n"
                + "4. Văn phòng Sở\n4.1. Bố trí phương tiện phục vụ đoàn kiểm tra.\n4.2. Tổng hợp báo cáo kết quả.\n"
                + "5. Trạm Y tế xã:\n- Thực hiện tiêm chủng.\n"
                + "6. Tổ chức tuyên truyền trên loa truyền thanh.");
        assertEquals(Arrays.asList("phòng Quản lý Công nghiệp", "phòng Quản lý Công nghiệp", "phòng Quản lý Công nghiệp",
                "Văn phòng Sở", "Văn phòng Sở", "Văn phòng Sở", "Trạm Y tế xã", null), unitNames(r),
                "a colon with a body under it does not carry over to the next item");
    }

    @Test
    void mentionsAreCutCleanly() {
        UnitExtractor.Result r = ex.extract(List.of(), CiteFixtures.lines(
                "Căn cứ hướng dẫn của Bộ Y tế, Sở Y tế về việc triển khai; Cục Bà mẹ và Trẻ em chủ trì.\n"
                + "Sở Nội vụ, Sở Giáo dục và Đào tạo tổ chức; Phòng Văn hóa - Xã hội xã Yên Định có trách nhiệm.\n"
                + "Ban Thường vụ Huyện ủy chỉ đạo; Phòng, chống đuối nước; Bộ chỉ tiêu thống kê; Sở Tài chính bố trí."));
        List<String> names = r.units().stream().map(UnitRef::getName).collect(Collectors.toList());
        assertEquals(List.of("Bộ Y tế", "Sở Y tế", "Cục Bà mẹ và Trẻ em", "Sở Nội vụ", "Sở Giáo dục và Đào tạo",
                "Phòng Văn hóa - Xã hội xã Yên Định", "Ban Thường vụ Huyện ủy", "Sở Tài chính"), names);
        assertTrue(r.units().stream().allMatch(u -> u.getRole() == UnitRole.MENTIONED));
        assertTrue(r.tasks().isEmpty());
    }

    @Test
    void neverThrowsOnRandomText() {
        java.util.Random r = new java.util.Random(3);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyASĐUBND0123456789/-.,;:()&\n\n Sởphốihợpvớichủtrì";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            List<SourceLine> lines = CiteFixtures.lines(b.toString());
            assertNotNull(ex.extract(lines, lines));
        }
        UnitExtractor.Result empty = ex.extract(null, null);
        assertTrue(empty.units().isEmpty() && empty.tasks().isEmpty());
    }

    @Test
    void pathologicalInputIsFast() {
        String big = "Sở Y tế" + ", - ".repeat(4000) + " x; Kế hoạch số 12/" + "KH-".repeat(2000) + "\n"
                + "báo cáo trước ngày ".repeat(2000) + "\n" + "Luật " + "Trẻ em ".repeat(3000) + "\n"
                + "1.".repeat(5000) + " Sở\n" + "a".repeat(50000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertNotNull(ex.extract(CiteFixtures.lines(big), CiteFixtures.lines(big))));
    }

    @Test
    void allThreeExtractorsGiveTheSameResultsInParallel() throws Exception {
        List<String> seeds = List.of("seed0", "seed1", "seed2", "seed3", "seed4");
        java.util.function.Function<String, String> run = p -> {
            List<SourceLine> lines = CiteFixtures.seed(p);
            return new CitationExtractor().extract(lines, CiteFixtures.firstHeading(lines)) + "|"
                    + new DeadlineExtractor().extract(lines, 2024) + "|"
                    + ex.extract(CiteFixtures.orgSection(lines), lines).units();
        };
        List<String> sequential = seeds.stream().map(run).collect(Collectors.toList());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int n = 0; n < 8; n++) {
                for (String p : seeds) {
                    futures.add(pool.submit(() -> run.apply(p)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(sequential.get(k % seeds.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewUnitStartsOnlyWhereAUnitNounFollowsTheCommaOrVa() {
        assertEquals(List.of("Bộ Khoa học và Công nghệ", "Chính phủ"), UnitExtractor.splitUnits("Bộ Khoa học và Công nghệ và Chính phủ"));
        assertEquals(List.of("Ủy ban nhân dân Tỉnh", "Bộ Khoa học và Công nghệ"),
                UnitExtractor.splitUnits("Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ"));
        assertEquals(List.of("Quốc hội", "Chính phủ", "Thủ tướng Chính phủ"), UnitExtractor.splitUnits("Quốc hội, Chính phủ, Thủ tướng Chính phủ"));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), UnitExtractor.splitUnits("Sở Văn hóa, Thể thao và Du lịch"));
        assertEquals(List.of("Bộ Lao động - Thương binh và Xã hội"), UnitExtractor.splitUnits("Bộ Lao động - Thương binh và Xã hội"));
        assertEquals(List.of("Các sở, ban, ngành", "UBND các xã, phường"), UnitExtractor.splitUnits("Các sở, ban, ngành, UBND các xã, phường"));
        assertEquals(List.of("Văn phòng HĐND và UBND xã"), UnitExtractor.splitUnits("Văn phòng HĐND và UBND xã"));
    }

    @Test
    void anItemWithoutAUnitAssignsInItsBullets() {
        UnitExtractor.Result r = of("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Thời gian thực hiện
                Từ ngày ban hành Kế hoạch đến hết năm 2026.
                2. Trách nhiệm thực hiện
                - Các cơ quan, đơn vị căn cứ Kế hoạch này để triển khai.
                - Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban
                Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí.
                - Sở Nội vụ hướng dẫn khen thưởng; tham mưu biểu dương các tập thể tiêu biểu.
                Nơi nhận:
                """);
        assertEquals(UnitRole.LEAD, unit(r, "Sở Nội vụ").getRole());
        assertEquals(UnitRole.SUPPORT, unit(r, "Sở Văn hóa, Thể thao và Du lịch").getRole());
        assertNull(r.tasks().get(1).getUnitName(), "the item itself still names no unit");
    }

    @Test
    void oneLineGivingTheItemsToAUnitMakesThemItsTasks() {
        UnitExtractor.Result r = of("""
                III. TỔ CHỨC THỰC HIỆN
                Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc:
                1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan.
                2. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra.
                Nơi nhận:
                """);
        assertEquals(List.of("phòng Quản lý Công nghiệp", "phòng Quản lý Công nghiệp"),
                r.tasks().stream().map(TaskItem::getUnitName).toList());
        assertTrue(r.tasks().get(0).isLead(), "the unit given the work is in charge of it");

        UnitExtractor.Result prose = of("""
                III. TỔ CHỨC THỰC HIỆN
                Căn cứ Kế hoạch này, các đơn vị chủ động triển khai.
                Trong quá trình thực hiện cần bảo đảm tiến độ:
                1. Tổ chức kiểm tra kỹ thuật an toàn.
                Nơi nhận:
                """);
        assertNull(prose.tasks().get(0).getUnitName(), "prose before the items gives them to nobody");
    }
}
