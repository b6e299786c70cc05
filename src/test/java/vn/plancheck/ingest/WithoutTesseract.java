package vn.plancheck.ingest;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test as on a machine without Tesseract ({@code -Dplancheck.tesseract} names a command that does not exist),
 * whether or not this machine has it: what a scan gives then does not depend on where the tests run.
 */
public final class WithoutTesseract implements BeforeEachCallback, AfterEachCallback {
    public static final String MISSING = "/nonexistent/plancheck-test/tesseract";
    private static final String KEY = "plancheck.tesseract";
    private String previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = System.getProperty(KEY);
        System.setProperty(KEY, MISSING);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, previous);
        }
    }
}
