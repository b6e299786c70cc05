package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.plancheck.decide.DecisionsException;
import vn.plancheck.decide.DecisionsImport;

/** {@code plancheck decisions import}: the reviewer's choices in a workbook, merged into a decisions file. */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = "Quản lý tệp quyết định (Đã sửa, Bỏ qua, Chấp nhận) dùng với check --decisions.",
        subcommands = DecisionsCommand.Import.class)
final class DecisionsCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Đọc cột “Xử lý” và “Lý do” của sổ kết quả đã điền và gộp vào tệp quyết định.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        DecisionsCommand decisions;

        @Parameters(index = "0", paramLabel = "WORKBOOK.xlsx", description = "Sổ kết quả (trang tính “Phát hiện”) đã điền cột “Xử lý”.")
        Path workbook;

        @Option(names = "--into", required = true, paramLabel = "FILE.csv",
                description = "Tệp quyết định cần gộp vào (tạo mới nếu chưa có).")
        Path into;

        @Option(names = "--by", paramLabel = "NAME", description = "Người quyết định, ghi vào cột by.")
        String by;

        @Override
        public Integer call() throws IOException {
            PrintStream out = decisions.parent.out();
            PrintStream err = decisions.parent.err();
            try {
                DecisionsImport.Result r = DecisionsImport.run(workbook, into, by, LocalDate.now());
                out.println((r.changed() ? "Đã ghi " + into : "Không có gì thay đổi trong " + into) + ": "
                        + r.added() + " quyết định mới, " + r.updated() + " cập nhật, " + r.unchanged() + " không đổi; "
                        + r.undecided() + " phát hiện còn để “Mới” (không ghi).");
                return ExitCode.OK.code();
            } catch (DecisionsException e) {
                e.problems().forEach(err::println);
                return ExitCode.USAGE_OR_RULES.code();
            }
        }
    }
}
