package vn.plancheck.ocr;

/** A page could not be recognised; the message is Vietnamese and meant for the user. */
public class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
