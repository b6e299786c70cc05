package vn.plancheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code, found by Logback through {@code META-INF/services}: parsing a logback.xml costs a
 * few hundred milliseconds of start-up, a large part of a single-draft check. Quiet by default and on stderr
 * (users read the Vietnamese summary on stdout); {@code PLANCHECK_LOG=DEBUG} turns developer logging on.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        vn.plancheck.model.StartupTrace.mark("logging: configure");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(err);
        root.setLevel(Level.toLevel(System.getenv("PLANCHECK_LOG"), Level.WARN));
        for (String noisy : new String[] {"org.drools", "org.kie", "org.apache.poi", "org.apache.pdfbox", "org.apache.fontbox"}) {
            context.getLogger(noisy).setLevel(Level.ERROR);
        }
        // rule-file errors reach the user as file:line messages; Drools' own log line would repeat them
        context.getLogger("org.drools.compiler.kie.builder.impl").setLevel(Level.OFF);
        vn.plancheck.model.StartupTrace.mark("logging: configured");
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
