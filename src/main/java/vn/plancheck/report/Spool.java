package vn.plancheck.report;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The XML of one sheet's rows while the workbook is being fed: in memory up to {@value #MEMORY_LIMIT} bytes, then in
 * a compressed temporary file of the run's own folder ({@link TempFiles}), so that memory stays flat however large
 * the batch. {@link #copyTo} writes it all out; {@link #close} deletes the file.
 */
final class Spool implements Closeable {
    static final int MEMORY_LIMIT = 4 << 20;

    private final int limit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(16 * 1024);
    private Path file;
    private OutputStream out;

    Spool() {
        this(MEMORY_LIMIT);
    }

    /** For tests: a small limit, to see the temporary file used. */
    Spool(int limit) {
        this.limit = limit;
    }

    void append(CharSequence xml) throws IOException {
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        if (out == null && memory.size() + bytes.length > limit) {
            spill();
        }
        if (out == null) {
            memory.write(bytes, 0, bytes.length);
        } else {
            out.write(bytes);
        }
    }

    /** Whether the rows went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    private void spill() throws IOException {
        Path dir = TempFiles.dir();
        file = dir == null ? Files.createTempFile("plancheck-sheet", ".xml.z") : Files.createTempFile(dir, "sheet", ".xml.z");
        out = new java.io.BufferedOutputStream(new DeflaterOutputStream(Files.newOutputStream(file), new Deflater(Deflater.BEST_SPEED), 64 * 1024), 64 * 1024);
        memory.writeTo(out);
        memory = null;
    }

    void copyTo(OutputStream target) throws IOException {
        if (out == null) {
            memory.writeTo(target);
            return;
        }
        out.close();
        out = null;
        try (InputStream in = new InflaterInputStream(Files.newInputStream(file), new java.util.zip.Inflater(), 64 * 1024)) {
            in.transferTo(target);
        }
    }

    @Override
    public void close() throws IOException {
        memory = null;
        try {
            if (out != null) {
                out.close();
            }
        } finally {
            out = null;
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
