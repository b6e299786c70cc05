package vn.plancheck.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback set up by {@link LogConfigurator} directly, for the command line. SLF4J finding its provider looks
 * through every jar of the class path for a service file, and so does Logback for its configurators; then Logback
 * checks and prints its status. {@link PlancheckCli#main} names this provider with {@code -Dslf4j.provider}, which
 * skips the searches: the same logging, about half of its start-up. Not registered as a service (it would then be
 * a second provider next to Logback's); tests and embedders get Logback's own start-up, with the same configuration.
 */
public final class QuickLogging implements SLF4JServiceProvider {
    private final LoggerContext context = new LoggerContext();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

    /** Names this provider to SLF4J unless a provider was named already; before anything logs. */
    static void install() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", QuickLogging.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // else SLF4J says which provider it loads
            }
        }
    }

    @Override
    public void initialize() {
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(mdc);
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);
        configurator.configure(context);
        context.start();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return LogbackServiceProvider.REQUESTED_API_VERSION;
    }
}
