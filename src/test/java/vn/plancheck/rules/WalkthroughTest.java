package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.SelfTestRunner;

/**
 * The everyday edits of rules/README.md, done as an official would do them on a copy of rules/: one data row and one
 * self-test. The self-test passes with the row, and fails once the row is removed, so it really tests the row.
 */
class WalkthroughTest {
    /** The shipped good Month of Action plan of 2024, moved to 2027 (only its theme matters here). */
    private static String actionMonth2027() throws IOException {
        return Files.readString(Path.of("rules/tests/good/tinh-dien-bien-thang-hanh-dong-2024.good.txt"))
                .replaceAll("(?m)^##!.*\\R", "").replace("2024", "2027");
    }

    /** The shipped good commune plan of 2026 (after the reorganisation), moved to 2027, with one more line. */
    private static String plan2027(String line) throws IOException {
        String good = Files.readString(Path.of("rules/tests/good/xa-tan-phu-cong-tac-tre-em-2026.good.txt"))
                .replaceAll("(?m)^##!.*\\R", "").replace("2026", "2027");
        String anchor = "2. Trạm Y tế xã phối hợp thực hiện các nội dung liên quan.";
        return line.startsWith("Căn cứ") ? good.replace("Căn cứ Kế hoạch", line + "\nCăn cứ Kế hoạch")
                : good.replace(anchor, anchor + "\n" + line);
    }

    static Stream<Arguments> walkthroughs() {
        return Stream.of(
                // 1. the theme of a new year
                Arguments.of("yearly-themes.csv",
                        "CHILD_ACTION_MONTH,2027,\"Trẻ em được an toàn trên môi trường số\",,,walkthrough",
                        "CONTENT/CONTENT-THEME-MISMATCH.good-2027.txt",
                        "##! expect-none CONTENT-THEME-MISMATCH\n##! expect-none CONTENT-THEME-OTHER-YEAR\n",
                        "theme"),
                // 2. a new guidance document in the registry
                Arguments.of("legal-documents.csv",
                        "CONG_VAN,555/BYT-BMTE,2027-02-20,Bộ Y tế,Hướng dẫn triển khai Tháng hành động vì trẻ em năm 2027,IN_FORCE,,,",
                        "REF/REF-DATE-MISMATCH.bad-555.txt",
                        "##! expect REF-DATE-MISMATCH\n",
                        "Căn cứ Công văn số 555/BYT-BMTE ngày 21/02/2027 của Bộ Y tế về triển khai Tháng hành động vì trẻ em năm 2027;"),
                // 3. a unit dissolved by the reorganisation
                Arguments.of("dissolved-units.csv",
                        "Trung tâm Công tác xã hội tỉnh,Trung tâm Công tác xã hội tỉnh,2027-01-01,Sở Y tế,Quyết định 1/QĐ-UBND",
                        "UNIT/UNIT-DISSOLVED.bad-trung-tam.txt",
                        "##! expect UNIT-DISSOLVED\n",
                        "3. Trung tâm Công tác xã hội tỉnh chủ trì tổ chức các lớp tập huấn kỹ năng bảo vệ trẻ em."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walkthroughs")
    void theSelfTestPassesWithTheRowAndFailsWithout(String table, String row, String testFile, String directives, String body,
            @TempDir Path dir) throws IOException {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Path data = rules.resolve("data").resolve(table);
        String original = Files.readString(data);
        String text = body.equals("theme")
                ? actionMonth2027().replace("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em", "Trẻ em được an toàn trên môi trường số")
                : plan2027(body);
        Path tests = dir.resolve("tests");
        Path test = tests.resolve(testFile);
        Files.createDirectories(test.getParent());
        Files.writeString(test, directives + text);

        Files.writeString(data, original.endsWith("\n") ? row + "\n" : "\n" + row + "\n", StandardOpenOption.APPEND);
        assertTrue(run(rules, tests).cases().get(0).passed(), () -> "with the row: " + run(rules, tests).cases().get(0).failures());

        Files.writeString(data, original);
        assertFalse(run(rules, tests).cases().get(0).passed(), "without the row the self-test must fail");
    }

    private static SelfTestRunner.Report run(Path rules, Path tests) {
        try {
            return new SelfTestRunner(new Checker(RuleBase.load(rules, "rules"), "test")).run(tests, "tests");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    /** One edit of a data table: rows inserted above the first line starting with {@code before}, or appended. */
    record Edit(String table, String rows, String before) {
        void apply(Path data) throws IOException {
            Path file = data.resolve(table);
            String text = Files.readString(file);
            if (before == null) {
                Files.writeString(file, (text.endsWith("\n") ? text : text + "\n") + rows + "\n");
            } else {
                int at = text.indexOf("\n" + before) + 1;
                assertTrue(at > 0, before + " not found in " + table);
                Files.writeString(file, text.substring(0, at) + rows + "\n" + text.substring(at));
            }
        }
    }

    static Stream<Arguments> profileWalkthroughs() {
        return Stream.of(
                // 4. a deadline changed by new guidance: communes report their child-work plan by 10 December
                Arguments.of("deadline", List.of(new Edit("report-deadlines.csv",
                                "2027,,CHILD_ANNUAL,COMMUNE,12-10,Hướng dẫn của UBND tỉnh năm 2027 (hạn báo cáo của xã trước ngày 10/12)", null)),
                        "REPORT/REPORT-DEADLINE-PAST-GUIDANCE.bad-2027.txt", "##! expect REPORT-DEADLINE-PAST-GUIDANCE\n",
                        (java.util.function.UnaryOperator<String>) t -> t),
                // 5. a new plan profile, with its required sections: a drowning-prevention plan must plan its budget
                Arguments.of("profile", List.of(
                                new Edit("plan-profiles.csv", "CHILD_DROWNING,\"Kế hoạch phòng, chống đuối nước trẻ em\",,\"phòng, chống đuối nước\",,,,yes,", "GENERIC,"),
                                new Edit("required-sections.csv", String.join("\n",
                                        "CHILD_DROWNING,PURPOSE,\"MỤC ĐÍCH, YÊU CẦU\"", "CHILD_DROWNING,CONTENT,NỘI DUNG",
                                        "CHILD_DROWNING,ORGANIZATION,TỔ CHỨC THỰC HIỆN", "CHILD_DROWNING,BUDGET,KINH PHÍ THỰC HIỆN"), null)),
                        "STRUCT/STRUCT-SECTION-MISSING.bad-duoi-nuoc.txt", "##! profile CHILD_DROWNING\n##! expect STRUCT-SECTION-MISSING\n",
                        (java.util.function.UnaryOperator<String>) t -> t.replace("Thực hiện công tác trẻ em năm 2027",
                                "Phòng, chống đuối nước trẻ em năm 2027")),
                // 6. another name for a section: "CÁC GIẢI PHÁP CHỦ YẾU" is the plan's content
                Arguments.of("section", List.of(new Edit("section-titles.csv", "CONTENT,CÁC GIẢI PHÁP", null)),
                        "STRUCT/STRUCT-SECTION-MISSING.good-giai-phap.txt", "##! expect-none STRUCT-SECTION-MISSING\n",
                        (java.util.function.UnaryOperator<String>) t -> t.replace("II. NỘI DUNG", "II. CÁC GIẢI PHÁP CHỦ YẾU")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileWalkthroughs")
    void theProfileWalkthroughsNeedTheirRows(String name, List<Edit> edits, String testFile, String directives,
            java.util.function.UnaryOperator<String> change, @TempDir Path dir) throws IOException {
        Path rules = RulesCopy.into(dir.resolve("rules"));
        Path tests = dir.resolve("tests");
        Path test = tests.resolve(testFile);
        Files.createDirectories(test.getParent());
        Files.writeString(test, directives + change.apply(plan2027("")));
        assertFalse(run(rules, tests).cases().get(0).passed(), "without the rows the self-test must fail");
        for (Edit e : edits) {
            e.apply(rules.resolve("data"));
        }
        assertTrue(run(rules, tests).cases().get(0).passed(), () -> "with the rows: " + run(rules, tests).cases().get(0).failures());
    }
}
