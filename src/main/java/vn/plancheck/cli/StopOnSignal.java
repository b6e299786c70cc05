package vn.plancheck.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import vn.plancheck.pipeline.Interruption;

/**
 * Ctrl-C (or a plain kill) during a check: the JVM runs this shutdown hook, which asks the batch to stop and waits
 * until the command has finished its reports with the documents checked so far and printed its last line; then
 * the JVM exits (130 after Ctrl-C). Closing it (the command is done) lets a later shutdown go at once.
 */
final class StopOnSignal implements AutoCloseable {
    /** How long the hook waits for the reports to be written; a kill -9 is the answer to anything longer. */
    private static final long WAIT_SECONDS = 60;

    private final Interruption interruption = new Interruption();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "plancheck-stop");

    private StopOnSignal() {
    }

    static StopOnSignal install() {
        StopOnSignal s = new StopOnSignal();
        try {
            Runtime.getRuntime().addShutdownHook(s.hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        return s;
    }

    Interruption interruption() {
        return interruption;
    }

    private void stop() {
        interruption.request();
        try {
            done.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the hook is running (Ctrl-C): it returns now that the reports are done
        }
    }
}
