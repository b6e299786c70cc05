package vn.plancheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code main} only exits; tests call {@link #run}. */
@Command(name = "plancheck", mixinStandardHelpOptions = true, versionProvider = PlancheckCli.Version.class,
        description = "Kiểm tra kế hoạch (văn bản \"Kế hoạch\") theo Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW và các quy tắc trong thư mục rules/.")
public final class PlancheckCli implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(CheckCommand.class, FactsCommand.class,
            RulesCommand.class, DecisionsCommand.class, BenchCommand.class, ServeCommand.class);

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
        // picocli reads every option of every command it is given (reflection, annotations; its classes are too old
        // for the AppCDS archive): a command named first is given alone, anything else (help, a typo) gets them all
        for (Class<?> c : commandsFor(args)) {
            cl.addSubcommand(c); // before the settings below, which apply to the subcommands present
        }
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

    private static java.util.List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return java.util.List.of(c);
                }
            }
        }
        return COMMANDS;
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
