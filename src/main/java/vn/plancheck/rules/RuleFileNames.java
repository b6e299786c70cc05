package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Files in the rules folder that look like rules but would not be read: a decision table saved by LibreOffice as
 * {@code .ods} (Drools reads only .xlsx, .xls and .csv), or a spreadsheet without ".drl" in its name. Each is an
 * error naming the file and the fix, so that a table an official added is never silently left out.
 * {@code data/} (reference tables) and {@code tests/} are not looked at.
 */
final class RuleFileNames {
    private RuleFileNames() {
    }

    static List<RuleError> problems(Path rulesDir, String displayPrefix) throws IOException {
        List<RuleError> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(rulesDir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                Path rel = rulesDir.relativize(p);
                String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                if (top.equals("tests") || top.equals("data")) {
                    continue;
                }
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                String display = displayPrefix + "/" + rel.toString().replace('\\', '/');
                String base = lower.replaceAll("\\.[^.]+$", "");
                if (lower.endsWith(".ods") || lower.endsWith(".fods")) {
                    out.add(new RuleError(display, 0, "bảng quyết định dạng .ods (LibreOffice) không đọc được. Hãy mở bảng và lưu lại "
                            + "dạng Excel (Tệp > Lưu thành > Excel 2007-365, .xlsx) với tên " + base.replaceAll("\\.drl$", "") + ".drl.xlsx, "
                            + "rồi xóa tệp .ods."));
                } else if ((lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv"))
                        && !RuleCompiler.isRuleFile(name) && !name.startsWith("~$") && !name.startsWith(".")) {
                    String ext = lower.substring(lower.lastIndexOf('.'));
                    out.add(new RuleError(display, 0, "bảng tính này không được đọc: bảng quyết định phải có tên dạng *.drl" + ext
                            + " (ví dụ " + base + ".drl" + ext + "); bảng dữ liệu tham chiếu phải nằm trong thư mục data/."));
                }
            }
        }
        return out;
    }
}
