package vn.plancheck.ingest;

/**
 * Told of each scanned page as it is read, for a progress display: recognising a page takes seconds, a scan dozens of
 * pages. A page found in the OCR cache is read too (faster). Called on the threads that read the documents, several
 * at once in a batch: implementations must be thread-safe and quick.
 */
public interface ScanProgress {
    /** Tells nothing. */
    ScanProgress NONE = new ScanProgress() {
        @Override
        public void pageRead(String file, int page, int pages) {
        }
    };

    /**
     * A scanned page is about to be recognised.
     *
     * @param file  the document as the user named it
     * @param page  the page, counted from 1 as the document counts them (a PDF's page number, a picture's place)
     * @param pages the document's pages, those with a text layer included
     */
    default void pageStarted(String file, int page, int pages) {
    }

    /** A scanned page has been read (recognised, found in the cache, or given up); the parameters as for {@link #pageStarted}. */
    void pageRead(String file, int page, int pages);
}
