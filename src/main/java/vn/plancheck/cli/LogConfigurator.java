package vn.plancheck.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
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
        Line layout = new Line();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
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

    /**
     * The line {@code %-5level %logger{20} - %msg%n} and the stack trace, written directly: a PatternLayout builds
     * its table of some sixty converters (a lambda each) when first used, a good part of logging's start-up.
     */
    static final class Line extends LayoutBase<ILoggingEvent> {
        private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder b = new StringBuilder(128);
            String level = event.getLevel().toString();
            b.append(level);
            for (int i = level.length(); i < 5; i++) {
                b.append(' ');
            }
            b.append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                    .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                b.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
            }
            return b.toString();
        }
    }
}
