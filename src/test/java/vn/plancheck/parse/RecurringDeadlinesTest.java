package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.Deadline;
import vn.plancheck.model.Deadline.Kind;
import vn.plancheck.model.Deadline.Recurrence;

/**
 * The four recurring deadlines of issue 10 ("trước ngày 18 hằng tháng", "02 lần/ngày (trước 9h00’ và 16h00’)",
 * "định kỳ hằng quý", "trước ngày 15/12 hằng năm") as real plans write them, and variants of each: "hàng" for
 * "hằng", "chậm nhất", the period before the day, OCR text without diacritics, hours written "9 giờ".
 */
class RecurringDeadlinesTest {
    private final DeadlineExtractor ex = new DeadlineExtractor();

    private Deadline one(String text) {
        List<Deadline> ds = ex.extract(CiteFixtures.lines(text), 2026);
        assertEquals(1, ds.size(), text + " → " + ds);
        return ds.get(0);
    }

    private void monthly(String text, int day) {
        Deadline d = one(text);
        assertEquals(Kind.REPORT, d.getKind(), text);
        assertEquals(Recurrence.MONTHLY, d.getRecurrence(), text);
        assertEquals(day, d.getDueDay(), text);
        assertNull(d.getDate(), text);
    }

    @Test
    void monthly() {
        monthly("Các phòng, đơn vị báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng tháng.", 18);
        monthly("Các xã báo cáo kết quả về UBND tỉnh trước ngày 18 hàng tháng.", 18);
        monthly("Các xã báo cáo kết quả về UBND tỉnh chậm nhất ngày 20 hằng tháng.", 20);
        monthly("Cac xa bao cao ket qua ve UBND tinh truoc ngay 18 hang thang.", 18);
        monthly("Hằng tháng, các xã báo cáo kết quả về UBND tỉnh trước ngày 25.", 25);
        monthly("Định kỳ hằng tháng, các đơn vị gửi báo cáo về Sở Y tế trước ngày 05 của tháng sau.", 5);
    }

    private void daily(String text, List<String> times) {
        Deadline d = one(text);
        assertEquals(Kind.REPORT, d.getKind(), text);
        assertEquals(Recurrence.DAILY, d.getRecurrence(), text);
        assertEquals(times, d.getDueTimes(), text);
        assertNull(d.getDate(), text);
    }

    @Test
    void severalTimesADay() {
        daily("Các xã báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp nhận gửi UBND tỉnh.", List.of("09:00", "16:00"));
        daily("Các xã báo cáo 2 lần/ngày (trước 9h00 và 16h00) về UBND tỉnh.", List.of("09:00", "16:00"));
        daily("Các xã báo cáo hai lần mỗi ngày, trước 9 giờ và 16 giờ, về UBND tỉnh.", List.of("09:00", "16:00"));
        daily("Cac xa bao cao 02 lan/ngay (truoc 9h00 va 16h00) ve UBND tinh.", List.of("09:00", "16:00"));
        daily("Các xã báo cáo UBND tỉnh trước 15h30 hằng ngày.", List.of("15:30"));
    }

    @Test
    void quarterlyWithoutADayIsPeriodic() {
        for (String text : List.of("Các xã, phường định kỳ hằng quý báo cáo kết quả về Sở Y tế.",
                "Định kỳ hàng quý, các xã báo cáo kết quả thực hiện về UBND tỉnh.",
                "Các đơn vị báo cáo kết quả về UBND huyện theo định kỳ hằng quý và đột xuất khi có yêu cầu.",
                "Cac xa dinh ky hang quy bao cao ket qua ve So Y te.")) {
            Deadline d = one(text);
            assertEquals(Kind.PERIODIC, d.getKind(), text);
            assertEquals(Recurrence.QUARTERLY, d.getRecurrence(), text);
            assertNull(d.getDate(), text);
        }
        Deadline d = one("Các xã báo cáo về Sở Y tế trước ngày 15 của tháng cuối quý.");
        assertEquals(Recurrence.QUARTERLY, d.getRecurrence());
        assertEquals(15, d.getDueDay());
    }

    private void yearly(String text, int day, int month) {
        Deadline d = one(text);
        assertEquals(Kind.REPORT, d.getKind(), text);
        assertEquals(Recurrence.YEARLY, d.getRecurrence(), text);
        assertEquals(List.of(day, month), List.of(d.getDueDay(), d.getDueMonth()), text);
        assertNull(d.getDate(), text);
    }

    @Test
    void yearly() {
        yearly("Các đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12 hằng năm.", 15, 12);
        yearly("Các đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15 tháng 12 hằng năm.", 15, 12);
        yearly("Hằng năm, các đơn vị báo cáo kết quả về UBND tỉnh trước ngày 15/12.", 15, 12);
        yearly("Các đơn vị báo cáo kết quả về UBND tỉnh chậm nhất ngày 15/12 hàng năm.", 15, 12);
        yearly("Cac don vi bao cao ket qua ve UBND tinh truoc ngay 15/12 hang nam.", 15, 12);
    }

    @Test
    void aDayWithoutAMonthIsMonthlyOnlyWhereTheClauseSaysSo() {
        Deadline d = one("Các xã báo cáo kết quả về UBND tỉnh trước ngày 25 tháng 7.");
        assertEquals(Recurrence.ONCE, d.getRecurrence(), "a day and its month");
        assertEquals(java.time.LocalDate.of(2026, 7, 25), d.getDate());
        for (Deadline x : ex.extract(CiteFixtures.lines("Các xã báo cáo kết quả về UBND tỉnh trước ngày 25."), 2026)) {
            assertEquals(Recurrence.ONCE, x.getRecurrence(), "no 'hằng tháng': not read as monthly");
        }
        Deadline h = one("Hằng tháng, các xã báo cáo kết quả về UBND tỉnh trong vòng 5 ngày sau khi kết thúc đợt kiểm tra.");
        assertEquals(Kind.PERIODIC, h.getKind(), "a count of days is no day of the month");
    }

    @Test
    void aDateWithItsYearHappensOnce() {
        Deadline d = one("Hằng năm các đơn vị báo cáo về UBND tỉnh trước ngày 15/12/2026.");
        assertEquals(Recurrence.ONCE, d.getRecurrence());
        Deadline m = one("Các xã báo cáo về UBND tỉnh trước ngày 18/7/2026.");
        assertEquals(Recurrence.ONCE, m.getRecurrence());
    }
}
