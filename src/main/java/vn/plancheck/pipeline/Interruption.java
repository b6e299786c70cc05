package vn.plancheck.pipeline;

/**
 * A request to stop a batch before its end (Ctrl-C): the batch stops handing out documents, and the reports are
 * finished with the documents checked so far, marked as interrupted. Nothing is interrupted by force: a thread
 * interrupted while it writes a report would close the file under it. Thread-safe.
 */
public final class Interruption {
    private volatile boolean requested;

    /** Asks the batch to stop; returns at once. */
    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }
}
