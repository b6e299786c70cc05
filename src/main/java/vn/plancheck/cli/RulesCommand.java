package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.pipeline.SelfTestRunner;
import vn.plancheck.rules.RuleBase;

/** {@code plancheck rules list|validate|test}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Danh mục, kiểm tra cú pháp và tự kiểm thử các quy tắc.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class, RulesCommand.Test.class, RulesCommand.Cache.class})
final class RulesCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các quy tắc đang áp dụng.")
    static final class ListRules implements Callable<Integer> {
        @ParentCommand
        RulesCommand rulesCommand;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintStream out = rulesCommand.parent.out();
            RuleBase base = rules.load(rulesCommand.parent.err());
            if (base == null) {
                return ExitCode.USAGE_OR_RULES.code();
            }
            for (RuleInfo r : base.catalog()) {
                out.printf("%-40s %-9s %-8s %s%n      Căn cứ: %s   [%s]%n", r.getId(), r.getSeverity(), r.getCategory(),
                        r.getTitle(), r.getBasis(), r.getSource());
            }
            out.println(base.catalog().size() + " quy tắc.");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Biên dịch các tệp quy tắc và dữ liệu; báo lỗi kèm tệp và dòng.")
    static final class Validate implements Callable<Integer> {
        @ParentCommand
        RulesCommand rulesCommand;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            RuleBase base = rules.load(rulesCommand.parent.err(), false);
            if (base == null) {
                return ExitCode.USAGE_OR_RULES.code();
            }
            rulesCommand.parent.out().println("Hợp lệ: " + base.catalog().size() + " quy tắc trong " + base.files().size()
                    + " tệp, " + (base.referenceData().facts().size() + base.referenceData().words().size()) + " dòng dữ liệu tham chiếu.");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "cache", mixinStandardHelpOptions = true, description = "Biên dịch sẵn quy tắc vào bộ nhớ đệm (lần khởi động sau nhanh hơn).")
    static final class Cache implements Callable<Integer> {
        @ParentCommand
        RulesCommand rulesCommand;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws IOException {
            RuleBase.fillCache(rules.dir(), RuleBase.defaultCacheDir(), Environment.version());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Chạy các ví dụ tự kiểm thử trong rules/tests/.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        RulesCommand rulesCommand;
        @Mixin
        RulesOption rules;

        @Override
        public Integer call() throws IOException {
            PrintStream out = rulesCommand.parent.out();
            RuleBase base = rules.load(rulesCommand.parent.err());
            if (base == null) {
                return ExitCode.USAGE_OR_RULES.code();
            }
            SelfTestRunner.Report report = new SelfTestRunner(new Checker(base, Environment.version()))
                    .run(rules.dir().resolve("tests"), rules.display() + "/tests");
            for (SelfTestRunner.CaseResult c : report.cases()) {
                if (!c.passed()) {
                    out.println("SAI   " + c.name());
                    c.failures().forEach(f -> out.println("      " + f));
                }
            }
            out.println(report.passed() + " passed, " + report.failed() + " failed");
            return report.failed() == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        }
    }
}
