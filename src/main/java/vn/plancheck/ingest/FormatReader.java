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
    SourceText read(Path file, String displayName) throws IOException, UnreadableDocumentException;
}
