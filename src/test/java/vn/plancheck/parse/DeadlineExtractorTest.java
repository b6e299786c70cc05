package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.Deadline;
import vn.plancheck.model.Deadline.Kind;

class DeadlineExtractorTest {
    private final DeadlineExtractor ex = new DeadlineExtractor();

    private List<Deadline> of(String text, Integer year) {
        return ex.extract(CiteFixtures.lines(text), year);
    }

    private static List<Deadline> reports(List<Deadline> ds) {
        return ds.stream().filter(d -> d.getKind() == Kind.REPORT).collect(Collectors.toList());
    }

    // ---- the seeds ------------------------------------------------------------------------------------------

    @Test
    void seed3ReportToUbndTinhBefore20July() {
        List<Deadline> ds = ex.extract(CiteFixtures.seed("seed3"), 2024);
        List<Deadline> r = reports(ds);
        assertEquals(1, r.size(), ds.toString());
        Deadline d = r.get(0);
        assertEquals(LocalDate.of(2024, 7, 20), d.getDate());
        assertEquals("UBND tỉnh", d.getRecipient());
        assertEquals("Các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố", d.getReporter());
        assertEquals(185, d.getLine());
        assertTrue(d.getText().contains("trước ngày 20/7/2024"), d.getText());
        assertTrue(!d.getText().contains("*") && !d.getText().contains("CHẾ ĐỘ"), d.getText());
        // "- Tổng hợp và báo cáo kết quả … theo quy định." under item 10
        Deadline p = ds.stream().filter(x -> x.getKind() == Kind.PERIODIC).findFirst().orElseThrow();
        assertEquals(181, p.getLine());
        assertNull(p.getDate());
        assertEquals("UBND các huyện, thành phố", p.getReporter());
        assertEquals(2, ds.size(), ds.toString());
    }

    @Test
    void seed1ReportToSoLdtbxh() {
        List<Deadline> ds = ex.extract(CiteFixtures.seed("seed1"), 2021);
        assertEquals(1, ds.size(), ds.toString());
        Deadline d = ds.get(0);
        assertEquals(Kind.REPORT, d.getKind());
        assertEquals(LocalDate.of(2021, 7, 5), d.getDate());
        assertEquals("Sở Lao động – Thương binh và Xã hội", d.getRecipient());
        assertEquals("Văn phòng Sở", d.getReporter());
        assertEquals(45, d.getLine());
        assertTrue(d.getText().startsWith("Tổng hợp báo cáo kết quả"), d.getText());
    }

    @Test
    void seed0OcrTruocNgay() {
        List<Deadline> ds = ex.extract(CiteFixtures.seed("seed0"), 2024);
        assertEquals(1, ds.size(), ds.toString());
        Deadline d = ds.get(0);
        assertEquals(LocalDate.of(2024, 7, 22), d.getDate());
        assertEquals(71, d.getLine());
        assertTrue(d.getRecipient().startsWith("SO' Lao dong"), d.getRecipient());
        assertTrue(d.getReporter().startsWith("Viin phong"), d.getReporter());
    }

    @Test
    void seed4PeriodicToBanThuongVu() {
        List<Deadline> ds = ex.extract(CiteFixtures.seed("seed4"), 2024);
        assertEquals(1, ds.size(), ds.toString());
        Deadline d = ds.get(0);
        assertEquals(Kind.PERIODIC, d.getKind());
        assertNull(d.getDate());
        assertEquals("Ban Thudng vu Huyén ay", d.getRecipient());
        assertEquals("Uy ban nhan dan huyén", d.getReporter());
        assertEquals(159, d.getLine());
    }

    @Test
    void seed2HasNone() {
        assertTrue(ex.extract(CiteFixtures.seed("seed2"), 2024).isEmpty());
    }

    @Test
    void strippedSeedsGiveTheSameFacts() {
        Deadline d3 = reports(ex.extract(CiteFixtures.lines(CiteFixtures.strip(CiteFixtures.seedText("seed3"))),
                2024)).get(0);
        assertEquals(LocalDate.of(2024, 7, 20), d3.getDate());
        assertEquals("UBND tinh", d3.getRecipient());
        assertEquals("Cac so, ban, nganh, doan the tinh, UBND cac huyen, thanh pho", d3.getReporter());
        Deadline d1 = ex.extract(CiteFixtures.lines(CiteFixtures.strip(CiteFixtures.seedText("seed1"))), 2021).get(0);
        assertEquals(LocalDate.of(2021, 7, 5), d1.getDate());
        assertEquals("So Lao dong – Thuong binh va Xa hoi", d1.getRecipient());
        assertEquals("Van phong So", d1.getReporter());
    }

    // ---- sentences written for these tests -------------------------------------------------------------------

    @Test
    void communeReportChamNhat() {
        Deadline d = of("Các phòng, ban chuyên môn gửi báo cáo kết quả về UBND xã (qua Văn phòng HĐND và UBND xã)"
                + " chậm nhất ngày 15/12/2025.", 2025).get(0);
        assertEquals(Kind.REPORT, d.getKind());
        assertEquals(LocalDate.of(2025, 12, 15), d.getDate());
        assertEquals("UBND xã", d.getRecipient());
        assertEquals("Các phòng, ban chuyên môn", d.getReporter());
    }

    @Test
    void dateWithoutYearUsesPlanYearAndItemUnitReports() {
        List<Deadline> ds = of("IV. TỔ CHỨC THỰC HIỆN\n\n3. Sở Y tế\n\n- Chủ trì tuyên truyền.\n"
                + "- Tổng hợp báo cáo kết quả gửi UBND tỉnh trước ngày 20/7.\n\n4. Công an tỉnh\n\n- Bảo đảm an ninh.",
                2026);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(LocalDate.of(2026, 7, 20), ds.get(0).getDate());
        assertEquals("UBND tỉnh", ds.get(0).getRecipient());
        assertEquals("Sở Y tế", ds.get(0).getReporter());
        assertEquals(6, ds.get(0).getLine());
        assertEquals(LocalDate.of(2025, 7, 20), of("Báo cáo gửi Sở Y tế trước ngày 20/7. Kế hoạch năm 2025;"
                + " năm 2025.", null).get(0).getDate(), "without a plan year, the year the text uses most");
    }

    @Test
    void longDateAndTwoDeadlinesInOneClause() {
        Deadline d = of("UBND các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 10 tháng 7 năm 2026.",
                2026).get(0);
        assertEquals(LocalDate.of(2026, 7, 10), d.getDate());
        assertEquals("Sở Y tế", d.getRecipient());
        assertEquals("UBND các xã, phường", d.getReporter());
        List<Deadline> two = of("Các đơn vị báo cáo 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày"
                + " 15/12/2025 về Ban Thường vụ Huyện ủy.", 2025);
        assertEquals(List.of(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 15)),
                two.stream().map(Deadline::getDate).collect(Collectors.toList()));
        assertTrue(two.stream().allMatch(x -> x.getKind() == Kind.REPORT));
    }

    @Test
    void reporterAfterALeadInColon() {
        Deadline d = of("5. Chế độ báo cáo: UBND các xã, phường, đặc khu báo cáo kết quả về UBND tỉnh (qua Sở Y tế)"
                + " trước ngày 20/7/2026.", 2026).get(0);
        assertEquals("UBND các xã, phường, đặc khu", d.getReporter());
        assertEquals("UBND tỉnh", d.getRecipient());
    }

    @Test
    void periodicWording() {
        Deadline d = of("Định kỳ 6 tháng, hằng năm, các đơn vị báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện.",
                2026).get(0);
        assertEquals(Kind.PERIODIC, d.getKind());
        assertEquals("Ban Thường vụ Đảng ủy", d.getRecipient());
        Deadline q = of("Thực hiện chế độ báo cáo hàng quý về Phòng Văn hóa - Xã hội theo quy định.", 2026).get(0);
        assertEquals(Kind.PERIODIC, q.getKind());
        assertEquals("Phòng Văn hóa - Xã hội", q.getRecipient());
    }

    @Test
    void sentenceSplitByBlankLineInOcr() {
        List<Deadline> ds = of("tong hop bao cao ket qua gui So Lao dong - Thuong binh va Xa hoi\n\ntruoc ngay"
                + " 05/7/2021.", 2021);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(3, ds.get(0).getLine());
        assertEquals("So Lao dong - Thuong binh va Xa hoi", ds.get(0).getRecipient());
        assertEquals(LocalDate.of(2021, 7, 5), ds.get(0).getDate());
    }

    @Test
    void notDeadlines() {
        String text = "IV. CHẾ ĐỘ BÁO CÁO\n\n"
                + "Đăng tải các tin, bài hưởng ứng Ngày quốc tế phòng, chống lao động trẻ em ngày 12/6/2024.\n"
                + "Thời gian triển khai từ 01/6 đến ngày 30/6/2024.\n"
                + "Tổ chức hội nghị trước ngày 30/5/2024 tại hội trường.\n"
                + "Xây dựng báo cáo tham luận tại diễn đàn trẻ em.\n"
                + "Thoi gian: Quy I- 1V/2024.";
        assertTrue(of(text, 2024).isEmpty(), of(text, 2024).toString());
        assertTrue(of(CiteFixtures.strip(text), 2024).isEmpty());
    }

    // ---- recurring and intra-day deadlines (real wordings of plans 05, 11, 13, 15, 04) ---------------------------

    private Deadline one(String text, Integer year) {
        List<Deadline> ds = of(text, year);
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    @Test
    void monthlyDayIsARecurringReport() {
        Deadline d = one("Các phòng, đơn vị báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng"
                + " tháng, đảm bảo theo đúng mẫu báo cáo quy định (tại Phụ lục đính kèm). Phòng Kế hoạch - Tổng hợp tổng hợp,"
                + " báo cáo Lãnh đạo Sở và gửi UBND tỉnh theo quy định.", 2026);
        assertEquals(Kind.REPORT, d.getKind(), "a day that recurs is a due day: not 'periodic only'");
        assertEquals(Deadline.Recurrence.MONTHLY, d.getRecurrence());
        assertEquals(18, d.getDueDay());
        assertNull(d.getDate(), "no single date: REPORT-DEADLINE-BEFORE-END and LINK-DEADLINE-AFTER-PARENT compare none");
        assertEquals("trước ngày 18 hằng tháng", d.getDueText());
        assertEquals("ngày 18 hằng tháng", d.getDueLabel());
        assertEquals("Phòng Kế hoạch", d.getRecipient());
        assertEquals(Kind.REPORT, one("Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 25 hàng tháng.", 2026).getKind());
    }

    @Test
    void yearlyDayIsARecurringReport() {
        Deadline a = one("Các đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12 hằng năm.", 2026);
        assertEquals(Deadline.Recurrence.YEARLY, a.getRecurrence());
        assertEquals(15, a.getDueDay());
        assertEquals(12, a.getDueMonth());
        assertNull(a.getDate());
        assertEquals("ngày 15/12 hằng năm", a.getDueLabel());
        Deadline b = one("- Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo Ủy ban nhân"
                + " dân tỉnh (qua Sở Nông nghiệp và Môi trường) về tình hình, kết quả triển khai thực hiện Kế hoạch này.", 2026);
        assertEquals(Deadline.Recurrence.YEARLY, b.getRecurrence());
        assertEquals(List.of(10, 12), List.of(b.getDueDay(), b.getDueMonth()));
        assertEquals("Ủy ban nhân dân tỉnh", b.getRecipient());
        Deadline c = one("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11)"
                + " hoặc theo đề nghị để tổng hợp, báo cáo theo quy định.", 2025);
        assertEquals(List.of(15, 11), List.of(c.getDueDay(), c.getDueMonth()));
        assertEquals(Kind.REPORT, c.getKind());
        Deadline d = one("định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Ban Quản lý"
                + " các khu công nghệ cao và khu công nghiệp).", 2025);
        assertEquals(List.of(30, 11), List.of(d.getDueDay(), d.getDueMonth()));
        assertEquals(Deadline.Recurrence.YEARLY, d.getRecurrence());
    }

    @Test
    void quarterlyWithAndWithoutADay() {
        Deadline q = one("Các xã, phường định kỳ hằng quý báo cáo kết quả về Sở Y tế.", 2026);
        assertEquals(Kind.PERIODIC, q.getKind(), "no day: still periodic only");
        assertEquals(Deadline.Recurrence.QUARTERLY, q.getRecurrence());
        Deadline d = one("Các xã, phường báo cáo kết quả về Sở Y tế trước ngày 20 tháng cuối quý.", 2026);
        assertEquals(Kind.REPORT, d.getKind());
        assertEquals(Deadline.Recurrence.QUARTERLY, d.getRecurrence());
        assertEquals(20, d.getDueDay());
        assertEquals(Deadline.Recurrence.UNSTATED, one("Định kỳ tổng hợp, báo cáo UBND tỉnh theo quy định.", 2026).getRecurrence());
        assertEquals(Deadline.Recurrence.HALF_YEARLY,
                one("Định kỳ 6 tháng, hằng năm, các đơn vị báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện.", 2026).getRecurrence());
    }

    @Test
    void hoursOfEveryDay() {
        Deadline d = one("- Huy động nguồn lực xã hội hóa tại chỗ; báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp"
                + " nhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương).", 2025);
        assertEquals(Kind.REPORT, d.getKind());
        assertEquals(Deadline.Recurrence.DAILY, d.getRecurrence());
        assertEquals(List.of("09:00", "16:00"), d.getDueTimes());
        assertNull(d.getDate());
        assertEquals("UBND tỉnh", d.getRecipient());
        Deadline e = one("UBND các xã, phường tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất"
                + " khi cần thiết.", 2025);
        assertEquals(List.of("19:00"), e.getDueTimes());
        assertEquals("UBND tỉnh", e.getRecipient());
        assertEquals("19h00 hằng ngày", e.getDueLabel());
        Deadline f = one("Các đơn vị báo cáo về Sở Y tế trước 16h00 ngày 20/7/2025.", 2025);
        assertEquals(Deadline.Recurrence.ONCE, f.getRecurrence(), "an hour of a given day happens once");
        assertEquals(LocalDate.of(2025, 7, 20), f.getDate());
        assertTrue(f.isYearWritten());
    }

    @Test
    void onceStaysOnce() {
        Deadline d = one("Định kỳ hằng năm, các đơn vị báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.", 2025);
        assertEquals(Deadline.Recurrence.ONCE, d.getRecurrence(), "a date with its year happens once");
        assertEquals(LocalDate.of(2025, 12, 15), d.getDate());
        assertTrue(d.isYearWritten());
        Deadline y = one("Báo cáo gửi Sở Y tế trước ngày 20/7.", 2026);
        assertEquals(LocalDate.of(2026, 7, 20), y.getDate());
        assertTrue(!y.isYearWritten(), "the year is the plan's, not written");
        assertEquals(LocalDate.of(2026, 7, 20), one("Báo cáo gửi Sở Y tế trước ngày 20 tháng 7.", 2026).getDate());
    }

    // ---- deadlines of tasks ----------------------------------------------------------------------------------

    private List<Deadline> tasks(String text, int year) {
        return ex.extractAll(CiteFixtures.lines(text), year, 0, true).tasks();
    }

    @Test
    void taskDeadlines() {
        List<Deadline> t = tasks("2. Tổ chức hội nghị tập huấn chuyên sâu; hoàn thành trong quý III năm 2025.\n"
                + "Xong trong Quý II/2026\n"
                + "- Thời gian hoàn thành: Quý IV/2025;\n"
                + "Quý IV/2025- Quý II/2026\n"
                + "- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n"
                + "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày).\n"
                + "Các cơ quan xây dựng Kế hoạch triển khai xong trong tháng 12/2025.", 2025);
        assertEquals(List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 31)),
                t.stream().map(Deadline::getDate).collect(Collectors.toList()), t.toString());
        assertTrue(t.stream().allMatch(d -> d.getKind() == Kind.TASK && d.isYearWritten()));
        assertEquals("hoàn thành trong quý III năm 2025", t.get(0).getDueText());
        assertEquals(1, t.get(0).getLine());
        assertEquals(4, t.get(3).getLine());
    }

    @Test
    void notTaskDeadlines() {
        String text = "1. Năm 2024, toàn tỉnh đã tổ chức 12 hội nghị trong quý III năm 2024.\n"
                + "2. Kết quả tập huấn trong quý II năm 2025 cho thấy cần tiếp tục bồi dưỡng.\n"
                + "3. Thời gian thực hiện: Từ 01/7/2025.\n"
                + "4. Tổ chức tổng kết trước ngày 20/7 hằng năm; tổ chức hội nghị trong năm 2025.\n"
                + "5. Hoàn thành trước ngày bầu cử 10 ngày.";
        assertTrue(tasks(text, 2025).isEmpty(), tasks(text, 2025).toString());
        List<Deadline> basis = ex.extractAll(CiteFixtures.lines("Thực hiện Chỉ thị số 27/CT-TTg yêu cầu hoàn thành trong"
                + " quý III năm 2024.\n\nI. MỤC ĐÍCH\n1. Hoàn thành trong quý IV năm 2025."), 2025, 3, true).tasks();
        assertEquals(1, basis.size(), "the basis paragraph quotes other documents' deadlines: " + basis);
    }

    @Test
    void aReportsDueDayIsNotAlsoATask() {
        DeadlineExtractor.Result r = ex.extractAll(CiteFixtures.lines(
                "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 30/9/2025."), 2025, 0, true);
        assertEquals(1, r.reports().size());
        assertTrue(r.tasks().isEmpty(), r.tasks().toString());
    }

    @Test
    void neverThrowsOnRandomText() {
        java.util.Random r = new java.util.Random(7);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ0123456789/-.,;:()&*\n\n báocáotrướcngàygửiđịnhkỳ";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertNotNull(ex.extract(CiteFixtures.lines(b.toString()), r.nextBoolean() ? 2024 : null));
        }
        assertTrue(ex.extract(List.of(), 2024).isEmpty());
        assertTrue(ex.extract(null, null).isEmpty());
    }

    @Test
    void pathologicalInputIsFast() {
        String big = "Sở Y tế" + ", - ".repeat(4000) + " x; Kế hoạch số 12/" + "KH-".repeat(2000) + "\n"
                + "báo cáo trước ngày ".repeat(2000) + "\n" + "Luật " + "Trẻ em ".repeat(3000) + "\n"
                + "1.".repeat(5000) + " Sở\n" + "a".repeat(50000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertNotNull(ex.extract(CiteFixtures.lines(big), 2024)));
    }

    @Test
    void aReportToTwoBodiesNamesBoth() {
        // plan 09: "Bộ Công an, UBND tỉnh" is two bodies, each checked against "Nơi nhận" on its own
        Deadline d = of("6. Công an tỉnh định kỳ báo cáo kết quả thực hiện về Bộ Công an, UBND tỉnh theo quy định.", 2025)
                .get(0);
        assertEquals("Bộ Công an, UBND tỉnh", d.getRecipient());
        assertEquals(List.of("Bộ Công an", "UBND tỉnh"), d.getRecipients());
        Deadline v = of("Sở Y tế tổng hợp, báo cáo UBND tỉnh và Sở Nội vụ trước ngày 20/12/2025.", 2025).get(0);
        assertEquals(List.of("UBND tỉnh", "Sở Nội vụ"), v.getRecipients());
        Deadline one = of("Các sở báo cáo về Sở Văn hóa, Thể thao và Du lịch trước ngày 20/12/2025.", 2025).get(0);
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), one.getRecipients(), "one Sở with a comma in its name");
    }

    @Test
    void markupAfterTheItemNumberDoesNotHideTheReporter() {
        Deadline d = of("2. *Sở Tư pháp tổng hợp, báo cáo UBND tỉnh trước ngày 15/11/2026.", 2026).get(0);
        assertEquals("Sở Tư pháp", d.getReporter());
        assertEquals(List.of("UBND tỉnh"), d.getRecipients());
    }
}
