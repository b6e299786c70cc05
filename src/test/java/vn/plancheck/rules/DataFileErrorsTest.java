package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken data file is refused with its name, the line and what is wrong, in Vietnamese — never read half. */
class DataFileErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "yearly-events.csv|extra,\"unclosed|yearly-events.csv:|ngoặc kép",
        "legal-documents.csv|LUAT,102/2016/QH13|legal-documents.csv:|dòng có 2 cột",
        "yearly-themes.csv|CHILD_ACTION_MONTH,2015,Trùng năm,,,x|yearly-themes.csv:|trùng với một dòng trước: CHILD_ACTION_MONTH năm 2015",
        "yearly-themes.csv|CHILD_ACTION_MONTH,2028,x,,2028-13-01,x|yearly-themes.csv:|YYYY-MM-DD",
        "yearly-themes.csv|TET_TRUNG_THU,2028,x,,,x|yearly-themes.csv:|không có sự kiện mã TET_TRUNG_THU",
        "plan-profiles.csv|LATE,Kế hoạch muộn,,muộn,,,,no,|plan-profiles.csv:|không bao giờ được dùng",
        "plan-profiles.csv|BAD,x,,,,,,maybe,|plan-profiles.csv:|report_deadline",
        "plan-profiles.csv|ODD,x,,,,sắc lệnh,,no,|plan-profiles.csv:|sắc lệnh",
        "required-sections.csv|NO_SUCH,PURPOSE,x|required-sections.csv:|không có hồ sơ NO_SUCH",
        "required-sections.csv|GENERIC,NO_SUCH_PART,x|required-sections.csv:|không có phần NO_SUCH_PART",
        "yearly-events.csv|Ngày hội,X,06-31,07-01,,,|yearly-events.csv:|MM-DD",
        "ten-sai.csv|a,b|ten-sai.csv|không thuộc bảng nào",
    })
    void isRefusedWithFileLineAndReason(String file, String row, String where, String reason, @TempDir Path dir) throws IOException {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Path data = rules.resolve("data").resolve(file);
        if (Files.exists(data)) {
            String text = Files.readString(data);
            Files.writeString(data, (text.endsWith("\n") ? "" : "\n") + row + "\n", StandardOpenOption.APPEND);
        } else {
            Files.writeString(data, row + "\n");
        }
        RuleFileException e = assertThrows(RuleFileException.class, () -> RuleBase.load(rules, "rules"));
        assertTrue(e.errors().stream().anyMatch(x -> x.toString().contains(where) && x.message().contains(reason)),
                e.errors().toString());
    }

}
