package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plancheck.model.DateMention;
import vn.plancheck.model.DateMention.Kind;

class VietDatesTest {

    /** "KIND start..end 'text'" or "INVALID reason 'text'", one per mention. */
    private static String describe(List<DateMention> ms) {
        return ms.stream().map(m -> m.isValid()
                ? m.getKind() + " " + m.getStart() + ".." + m.getEnd() + " '" + m.getText() + "'"
                : "INVALID " + m.getKind() + " " + m.getProblem() + " '" + m.getText() + "'")
                .collect(Collectors.joining(" | "));
    }

    private static String find(String line) {
        return describe(VietDates.find(line, 7, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thực hiện Kế hoạch số 26/KH-UBND ngày 11/4/2024 của UBND tỉnh | DATE 2024-04-11..2024-04-11 '11/4/2024'",
        "ban hành ngày 11-4-2024 | DATE 2024-04-11..2024-04-11 '11-4-2024'",
        "ban hành ngày 11.4.2024. | DATE 2024-04-11..2024-04-11 '11.4.2024'",
        "Thị trấn Thắng, ngày 16 tháng 02 năm 2024 | DATE 2024-02-16..2024-02-16 '16 tháng 02 năm 2024'",
        "Lai Châu, ngày 16 tháng 2 năm 2024 | DATE 2024-02-16..2024-02-16 '16 tháng 2 năm 2024'",
        "S6: 29 /KH-UBND Thi tran Thing, ngay 16 thang 02 nam 2024 | DATE 2024-02-16..2024-02-16 '16 thang 02 nam 2024'",
        " , Bac Ai, ngay 2sthang 3 nam 2024 | DATE 2024-03-25..2024-03-25 '2sthang 3 nam 2024'",
        "Bac Ai, ngày 25 th~ng 3 n~m 2024 | DATE 2024-03-25..2024-03-25 '25 th~ng 3 n~m 2024'",
        "thuc hien Chi thi s6 28-CT/TW ngay 2511212023 cua B9 | DATE 2023-12-25..2023-12-25 '2511212023'",
        "ngày 2O/02/2024 | DATE 2024-02-20..2024-02-20 '2O/02/2024'",
    })
    void findsSingleDates(String line, String expected) {
        assertEquals(expected, find(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bắt đầu từ 01/6 đến ngày 30/6/2024. | PERIOD 2024-06-01..2024-06-30 'từ 01/6 đến ngày 30/6/2024'",
        "Thời gian thực hiện từ ngày 01/6/2024 đến hết ngày 30/6/2024 | PERIOD 2024-06-01..2024-06-30 'từ ngày 01/6/2024 đến hết ngày 30/6/2024'",
        "từ 01/6 - 30/6/2024 | PERIOD 2024-06-01..2024-06-30 'từ 01/6 - 30/6/2024'",
        "từ ngày 01-30/6/2023 | PERIOD 2023-06-01..2023-06-30 '01-30/6/2023'",
        "từ 15/12 đến 15/01/2025 | PERIOD 2024-12-15..2025-01-15 'từ 15/12 đến 15/01/2025'",
        "từ ngày 01 tháng 6 đến ngày 30 tháng 6 năm 2024 | PERIOD 2024-06-01..2024-06-30 'từ ngày 01 tháng 6 đến ngày 30 tháng 6 năm 2024'",
        "01/6/2024 – 30/6/2024 | PERIOD 2024-06-01..2024-06-30 '01/6/2024 – 30/6/2024'",
        "từ cuối tháng 5 đến ngày 30/6/2024 | DATE 2024-06-30..2024-06-30 '30/6/2024'",
        "ngay 01/6/2024 dSn ngay 30/6/2024. | PERIOD 2024-06-01..2024-06-30 '01/6/2024 dSn ngay 30/6/2024'",
    })
    void findsPeriods(String line, String expected) {
        assertEquals(expected, find(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Thời gian: Quý I - IV/2024. ; QUARTER 2024-01-01..2024-12-31 'Quý I - IV/2024'",
        "2.4. Thoi gian: Quy |- 1V/2024. ; QUARTER 2024-01-01..2024-12-31 'Quy |- 1V/2024'",
        "Thoi gian: Quy I- 1V/2024. ; QUARTER 2024-01-01..2024-12-31 'Quy I- 1V/2024'",
        "- Thoi gian: Quy II- 111/2024. ; QUARTER 2024-04-01..2024-09-30 'Quy II- 111/2024'",
        "- Thoi gian: Quy 11-111/2024. ; QUARTER 2024-04-01..2024-09-30 'Quy 11-111/2024'",
        "Quý III/2024 ; QUARTER 2024-07-01..2024-09-30 'Quý III/2024'",
        "Quý 2 năm 2024 ; QUARTER 2024-04-01..2024-06-30 'Quý 2 năm 2024'",
        "- Thoi gian: Quy I- 1VV/2024. ; ''",
        "Quý IV - I/2024 ; INVALID PERIOD QUARTER_ORDER 'Quý IV - I/2024'",
        "Quý V/2024 ; INVALID DATE QUARTER 5 'Quý V/2024'",
    })
    void findsQuarters(String line, String expected) {
        assertEquals(expected, find(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "thành tích cao trong năm học 2023-2024; | SCHOOL_YEAR 2023-09-01..2024-05-31 'năm học 2023-2024'",
        "thanh Lich cao trong hoc t~p n3m hoc 2023-2024; t6ng | SCHOOL_YEAR 2023-09-01..2024-05-31 'n3m hoc 2023-2024'",
        "v ien chuc. ngll'O'i lao dong trong co quan dar thanh tich cao trong hoc tap narn hoc 202}-2024. | ''",
        "năm học 2023-2025 | INVALID DATE SCHOOL_YEAR 2023-2025 'năm học 2023-2025'",
        "cong tac tré em giai doan 2021- 2025; Can ctr | YEAR_RANGE 2021-01-01..2025-12-31 'giai doan 2021- 2025'",
        "Chương trình giai đoạn 2021-2030 | YEAR_RANGE 2021-01-01..2030-12-31 'giai đoạn 2021-2030'",
        "giai đoạn 2021 - 2025 | YEAR_RANGE 2021-01-01..2025-12-31 'giai đoạn 2021 - 2025'",
    })
    void findsSchoolYearsAndYearRanges(String line, String expected) {
        assertEquals(expected, find(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ngày 31/6/2024 | INVALID DATE MONTH_LENGTH 6 30 '31/6/2024'",
        "ngày 30/02/2024 | INVALID DATE MONTH_LENGTH 2/2024 29 '30/02/2024'",
        "ngày 29/02/2023 | INVALID DATE MONTH_LENGTH 2/2023 28 '29/02/2023'",
        "ngày 12/13/2024 | INVALID DATE MONTH 13 '12/13/2024'",
        "ngày 0/5/2024 | INVALID DATE DAY 0 '0/5/2024'",
        "phòng, chống thiếu vi chất dinh dưỡng ngay từ hộ gia đình nhân ngày vi chất dinh dưỡng 20/24; tăng | INVALID DATE MONTH 24 '20/24'",
        "từ 31/6 đến 30/7/2024 | INVALID PERIOD MONTH_LENGTH 6 30 'từ 31/6 đến 30/7/2024'",
    })
    void reportsImpossibleDates(String line, String expected) {
        assertEquals(expected, find(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Giam ty suat tré em bi tai nan, thuong tich (TNTT) con dudi 03/1.000 tré em.",
        "Giam ty suat tré em bi tr vong do TNTT xudng con dudi 02/1000 tré em; giam",
        "85% trd 1én gia dinh c6 tré em dugc cung cap; 96% trẻ em",
        "S6: 29 /KH-UBND Thi tran Thing",
        "Kế hoạch số 16/KH-LĐTB&XH của Sở",
        "Thông tư số 13/2021/TT-BLĐTBXH của Bộ",
        "Nghị định số 56/2017/NĐ-CP của Chính phủ",
        "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 và hệ thống",
        "Điện thoại: 0912345678, fax 0204.3854.123",
        "tỷ lệ 20/24 xã đạt chuẩn",
        "Tết thiếu nhi 1-6 và các hoạt động",
        "2.1. Muc tiéu: 3.2.1. To chirc",
        "Lai Châu, ngày tháng năm 2024",
        "Chỉ thị số 28-CT/TW, Quyết định 1/2",
    })
    void ignoresNumbersThatAreNotDates(String line) {
        assertEquals("", describe(VietDates.find(line, 1, 2024)), line);
    }

    @Test
    void dayMonthNeedsADateWordAndAContextYear() {
        assertEquals("", find("hưởng ứng ngày 12/6"));
        assertEquals("DATE 2024-06-12..2024-06-12 '12/6'", describe(VietDates.find("hưởng ứng ngày 12/6", 1, 2024)));
        assertEquals("", describe(VietDates.find("chiếm 12/6 số xã", 1, 2024)));
        assertEquals("INVALID DATE MONTH_LENGTH 2/2023 28 '29/2'",
                describe(VietDates.find("trước ngày 29/2", 1, 2023)));
    }

    @Test
    void aListOfDatesIsNoPeriod() {
        assertEquals("DATE 2024-06-01..2024-06-01 '01/6/2024' | DATE 2024-06-15..2024-06-15 '15/6/2024'",
                find("Ngày 01/6/2024, 15/6/2024"));
    }

    @Test
    void periodWithoutAWrittenYear() {
        assertEquals("", find("từ ngày 01/6 đến 30/6"), "no year anywhere: nothing to anchor it");
        assertEquals("PERIOD 2024-06-01..2024-06-30 'từ ngày 01/6 đến 30/6'",
                describe(VietDates.find("từ ngày 01/6 đến 30/6", 1, 2024)));
        assertEquals("PERIOD 2024-06-01..2024-06-30 'từ ngày 01/6/2024 đến 30/6'",
                describe(VietDates.find("từ ngày 01/6/2024 đến 30/6", 1, null)));
    }

    @Test
    void keepsOrderLineAndExactText() {
        String line = "Chỉ thị số 28-CT/TW ngày 25/12/2023 và Kế hoạch ngày 20/02/2024, Quý I - IV/2024";
        List<DateMention> ms = VietDates.find(line, 42, null);
        assertEquals(3, ms.size());
        for (DateMention m : ms) {
            assertEquals(42, m.getLine());
            assertTrue(line.contains(m.getText()));
        }
        assertEquals(Kind.QUARTER, ms.get(2).getKind());
    }

    @Test
    void textIsCutFromDecomposedOriginal() {
        String nfd = java.text.Normalizer.normalize("ngày 16 tháng 2 năm 2024", java.text.Normalizer.Form.NFD);
        List<DateMention> ms = VietDates.find(nfd, 1, null);
        assertEquals(1, ms.size());
        assertEquals(nfd.substring(nfd.indexOf("16")), ms.get(0).getText());
    }

    @Test
    void findAcrossJoinsBrokenDatesAndPeriods() {
        List<String> lines = List.of(
                "Thang hanh d(>ng vi tre em l1am 2024, duqc t6 ChLfClLI'ngay 01/6/2024",
                "",
                "dSn ngay 30/6/2024.",
                "111. NOr DUNG");
        List<DateMention> ms = VietDates.findAcross(lines, 38, null);
        assertEquals(1, ms.size(), describe(ms));
        assertEquals(Kind.PERIOD, ms.get(0).getKind());
        assertEquals(LocalDate.of(2024, 6, 1), ms.get(0).getStart());
        assertEquals(LocalDate.of(2024, 6, 30), ms.get(0).getEnd());
        assertEquals(38, ms.get(0).getLine());

        List<DateMention> nd = VietDates.findAcross(List.of(
                "phổ biến Luật Trẻ em 2016; Nghị định số 80/2017/NĐ-CP ngày", "", "17/7/2017 của Chính phủ"), 79, null);
        assertEquals("DATE 2017-07-17..2017-07-17 '17/7/2017'", describe(nd));
        assertEquals(81, nd.get(0).getLine());

        List<DateMention> range = VietDates.findAcross(List.of("dinh dudng giai doan 2021-", "2030; Chuong trinh"), 77, null);
        assertEquals(Kind.YEAR_RANGE, range.get(0).getKind());
        assertEquals(77, range.get(0).getLine());
        assertEquals("giai doan 2021-\n2030", range.get(0).getText());
    }

    @Test
    void findOnEmptyInput() {
        assertTrue(VietDates.find(null, 1, null).isEmpty());
        assertTrue(VietDates.find("", 1, 2024).isEmpty());
        assertTrue(VietDates.findAcross(List.of(), 1, null).isEmpty());
    }

    @Test
    void parsesNumericDates() {
        assertEquals(LocalDate.of(2024, 4, 11), VietDates.parseNumeric("11/4/2024"));
        assertEquals(LocalDate.of(2024, 4, 11), VietDates.parseNumeric(" 11-04-2024 "));
        assertEquals(LocalDate.of(2024, 4, 11), VietDates.parseNumeric("11.4.2024"));
        assertNull(VietDates.parseNumeric("31/6/2024"));
        assertNull(VietDates.parseNumeric("11/4-2024"));
        assertNull(VietDates.parseNumeric("ngày 11/4/2024"));
        assertNull(VietDates.parseNumeric(null));
        assertFalse(VietDates.parseNumeric("29/02/2024") == null);
    }

    /** A period that ends before it starts is kept as written, so TIME-PERIOD-ORDER can say so. */
    @org.junit.jupiter.api.Test
    void backwardsPeriodKeepsBothEnds() {
        java.util.List<vn.plancheck.model.DateMention> m = VietDates.find("từ 30/6/2024 đến 01/6/2024", 1, null);
        org.junit.jupiter.api.Assertions.assertEquals(1, m.size(), m.toString());
        org.junit.jupiter.api.Assertions.assertEquals(vn.plancheck.model.DateMention.Kind.PERIOD, m.get(0).getKind());
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2024, 6, 30), m.get(0).getStart());
        org.junit.jupiter.api.Assertions.assertEquals(java.time.LocalDate.of(2024, 6, 1), m.get(0).getEnd());
        org.junit.jupiter.api.Assertions.assertTrue(m.get(0).isValid());
    }
}
