package vn.plancheck.report;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Severity;

/**
 * Run totals accumulated while a writer walks the documents once, so that no writer needs a
 * second pass over the batch just to print its summary. One instance per write call.
 */
final class Tally {
    private long documents;
    private long checked;
    private long unreadable;
    private long errors;
    private long warnings;
    private long infos;
    private long dismissed;
    private long newFindings;

    void add(DocumentResult doc) {
        documents++;
        if (doc.getStatus() == DocumentStatus.UNREADABLE) {
            unreadable++;
        } else {
            checked++;
        }
        errors += doc.count(Severity.ERROR);
        warnings += doc.count(Severity.WARNING);
        infos += doc.count(Severity.INFO);
        dismissed += doc.dismissed();
        newFindings += doc.countNew();
    }

    long documents() { return documents; }
    long checked() { return checked; }
    long unreadable() { return unreadable; }
    long errors() { return errors; }
    long warnings() { return warnings; }
    long infos() { return infos; }
    /** Findings a reviewer dismissed ("Bỏ qua", "Chấp nhận"), counted in none of the above. */
    long dismissed() { return dismissed; }
    /** Findings new since the baseline run (0 without one). */
    long newFindings() { return newFindings; }

    long count(Severity s) {
        return switch (s) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
