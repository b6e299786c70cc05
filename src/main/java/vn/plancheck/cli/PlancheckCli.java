package vn.plancheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code main} only exits; tests call {@link #run}. */
@Command(name = "plancheck", mixinStandardHelpOptions = true, versionProvider = PlancheckCli.Version.class,
        description = "Kiểm tra kế hoạch (văn bản \"Kế hoạch\") theo Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW và các quy tắc trong thư mục rules/.",
        subcommands = {CheckCommand.class, FactsCommand.class, RulesCommand.class, DecisionsCommand.class, BenchCommand.class,
                ServeCommand.class})
public final class PlancheckCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        vn.plancheck.model.StartupTrace.mark("main");
        QuickLogging.install();
        Prestart.begin(args);
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new PlancheckCli(out, err));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("Lỗi: " + ex.getMessage());
            org.slf4j.LoggerFactory.getLogger(PlancheckCli.class).debug("failure", ex);
            return ExitCode.USAGE_OR_RULES.code();
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE_OR_RULES.code();
        });
        return cl.execute(args);
    }

    private final PrintStream out;
    private final PrintStream err;

    PlancheckCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    private static PrintStream utf8(PrintStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    /** Version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"plancheck " + Environment.version()};
        }
    }
}
