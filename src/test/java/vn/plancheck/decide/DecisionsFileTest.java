package vn.plancheck.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import rewrites only the rows it changes: comments, extra columns, quoting and line endings stay as they were. */
class DecisionsFileTest {
    @TempDir
    Path dir;

    @Test
    void changedRowsAreRewrittenInPlaceAndNewRowsAppendedTheRestUntouched() throws Exception {
        String before = "# Quyết định của tổ thẩm định, năm 2024\r\n"
                + "Ghi chú,rule_id,file,quote,decision,reason\r\n"
                + "giữ nguyên,A,a.txt,\"câu có dấu phẩy, và\r\nhai dòng\",Bỏ qua,  \r\n"
                + "\r\n"
                + "# dưới đây: thêm sau\r\n"
                + "của Lan,B,a.txt,x,Đã sửa,\r\n";
        Path file = dir.resolve("d.csv");
        Files.writeString(file, before, StandardCharsets.UTF_8);
        DecisionsFile f = DecisionsFile.read(file);
        assertEquals(List.of(3, 7), f.rows().stream().map(DecisionRow::line).toList());

        Map<String, String> change = new LinkedHashMap<>();
        change.put("decision", "Chấp nhận");
        change.put("reason", "đã trao đổi, giữ nguyên");
        change.put("date", "2024-06-15");
        Map<String, String> added = new LinkedHashMap<>();
        added.put("rule_id", "C");
        added.put("file", "b.txt");
        added.put("quote", "# không phải chú thích");
        added.put("decision", "Bỏ qua");
        String after = new String(f.write(Map.of(1, change), List.of(added)), StandardCharsets.UTF_8);
        assertEquals("# Quyết định của tổ thẩm định, năm 2024\r\n"
                + "Ghi chú,rule_id,file,quote,decision,reason,by,date,message,issuer,number,issued\r\n"
                + "giữ nguyên,A,a.txt,\"câu có dấu phẩy, và\r\nhai dòng\",Bỏ qua,  \r\n"
                + "\r\n"
                + "# dưới đây: thêm sau\r\n"
                + "của Lan,B,a.txt,x,Chấp nhận,\"đã trao đổi, giữ nguyên\",,2024-06-15\r\n"
                + ",C,b.txt,\"# không phải chú thích\",Bỏ qua,,,,,,,\r\n", after);

        Files.writeString(file, after, StandardCharsets.UTF_8);
        DecisionsFile again = DecisionsFile.read(file);
        assertEquals(List.of("A", "B", "C"), again.rows().stream().map(DecisionRow::ruleId).toList());
        assertEquals("# không phải chú thích", again.rows().get(2).quote());
    }

    @Test
    void aNewFileStartsWithABomAndTheHeader() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rule_id", "A");
        row.put("decision", "Bỏ qua");
        String text = new String(DecisionsFile.empty().write(Map.of(), List.of(row)), StandardCharsets.UTF_8);
        assertEquals("\uFEFFrule_id,file,quote,decision,reason,by,date,message,issuer,number,issued\nA,,,Bỏ qua,,,,,,,\n", text);
    }
}
