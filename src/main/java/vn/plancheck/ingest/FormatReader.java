package vn.plancheck.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One reader per file format. Implementations are stateless, so one instance serves all threads.
 * {@link DocumentReaders} has already checked that the file exists, is not empty and is not too
 * large; an {@link IOException} or unexpected runtime exception left here is turned into
 * INPUT-UNREADABLE by the caller.
 */
interface FormatReader {
    /** @param pages told of each scanned page read (never null: {@link ScanProgress#NONE} tells nobody) */
    SourceText read(Path file, String displayName, ScanProgress pages) throws IOException, UnreadableDocumentException;

    default SourceText read(Path file, String displayName) throws IOException, UnreadableDocumentException {
        return read(file, displayName, ScanProgress.NONE);
    }
}
