package vn.plancheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as it arrives, writing each file straight into the request's
 * private folder, and stops at the first limit passed: the size of a file, the number of files, the whole body. Only
 * the fields {@code files} (any number) and {@code parent} (one) are kept; a field without a file name (an empty file
 * input) and any other field are read past.
 */
final class Multipart {
    /** Field of the files to check. */
    static final String FILES = "files";
    /** Field of the parent plan. */
    static final String PARENT = "parent";

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");

    /** A malformed body: the message is for the user. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final UploadLimits limits;
    private final byte[] buf = new byte[BUFFER];
    private int start;
    private int end;
    private boolean eof;
    private long total;

    private Multipart(InputStream in, String boundary, UploadLimits limits) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.limits = limits;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when it is not one. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String b = m.group(1) != null ? m.group(1) : m.group(2);
        return b.isEmpty() || b.length() > 200 ? null : b;
    }

    /** Reads the whole body into {@code upload}. */
    static void read(InputStream in, String boundary, UploadLimits limits, Upload upload)
            throws IOException, UploadLimits.Exceeded {
        try {
            new Multipart(in, boundary, limits).parse(upload);
        } catch (TotalExceeded e) {
            throw limits.tooLarge();
        }
    }

    private void parse(Upload upload) throws IOException, UploadLimits.Exceeded {
        // the body starts with "--boundary" (after an optional preamble): a CR LF put in front makes it a delimiter
        buf[0] = '\r';
        buf[1] = '\n';
        end = 2;
        if (copyTo(OutputStream.nullOutputStream(), Long.MAX_VALUE) != FOUND) {
            throw new Malformed("Yêu cầu không có phần dữ liệu nào (multipart/form-data trống).");
        }
        int count = 0;
        while (true) {
            if (!fill(2)) {
                throw new Malformed("Dữ liệu tải lên bị cắt ngang.");
            }
            if (buf[start] == '-' && buf[start + 1] == '-') {
                return; // the closing delimiter; an epilogue is not read
            }
            if (buf[start] == '\r' && buf[start + 1] == '\n') {
                start += 2;
            }
            Headers h = headers();
            boolean isFile = h.fileName != null && !h.fileName.isEmpty() && (FILES.equals(h.name) || PARENT.equals(h.name));
            if (!isFile) {
                if (copyTo(OutputStream.nullOutputStream(), Long.MAX_VALUE) != FOUND) {
                    throw new Malformed("Dữ liệu tải lên bị cắt ngang.");
                }
                continue;
            }
            String name = Upload.safeName(h.fileName);
            if (++count > limits.maxFiles()) {
                throw limits.tooManyFiles();
            }
            if (PARENT.equals(h.name) && upload.parent() != null) {
                throw new Malformed("Chỉ được chọn một kế hoạch cấp trên.");
            }
            Path file = upload.nextSlot().resolve(name);
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                CountingStream counted = new CountingStream(out);
                int outcome = copyTo(counted, limits.maxFileBytes());
                if (outcome == OVER) {
                    throw limits.fileTooLarge(name);
                }
                if (outcome == END) {
                    throw new Malformed("Dữ liệu tải lên bị cắt ngang.");
                }
                size = counted.count;
            }
            Upload.File f = new Upload.File(name, file, size);
            if (PARENT.equals(h.name)) {
                upload.parent(f);
            } else {
                upload.add(f);
            }
        }
    }

    private record Headers(String name, String fileName) {
    }

    /** The part's headers, up to the empty line; only Content-Disposition matters. */
    private Headers headers() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        while (true) {
            if (!fill(4)) {
                throw new Malformed("Dữ liệu tải lên bị cắt ngang.");
            }
            if (buf[start] == '\r' && buf[start + 1] == '\n' && buf[start + 2] == '\r' && buf[start + 3] == '\n') {
                start += 4;
                break;
            }
            raw.write(buf[start++]);
            if (raw.size() > MAX_HEADER_BYTES) {
                throw new Malformed("Phần đầu của một tệp tải lên quá dài.");
            }
        }
        // a part that starts straight with the empty line has no header at all
        String text = raw.toString(StandardCharsets.UTF_8);
        String name = null;
        String fileName = null;
        String fileNameStar = null;
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase("content-disposition")) {
                continue;
            }
            name = param(line, "name");
            fileName = param(line, "filename");
            String star = param(line, "filename*");
            if (star != null) {
                int quote = star.indexOf("''");
                if (quote >= 0 && star.substring(0, quote).equalsIgnoreCase("utf-8")) {
                    try {
                        fileNameStar = URLDecoder.decode(star.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        fileNameStar = null;
                    }
                }
            }
        }
        return new Headers(name, fileNameStar != null ? fileNameStar : fileName);
    }

    /** A parameter of a Content-Disposition header: quoted (with backslash escapes) or a bare token. */
    static String param(String header, String key) {
        int i = 0;
        String lower = header.toLowerCase(Locale.ROOT);
        while ((i = lower.indexOf(key.toLowerCase(Locale.ROOT), i)) >= 0) {
            int before = i - 1;
            while (before >= 0 && header.charAt(before) == ' ') {
                before--;
            }
            int after = i + key.length();
            while (after < header.length() && header.charAt(after) == ' ') {
                after++;
            }
            if ((before >= 0 && header.charAt(before) != ';') || after >= header.length() || header.charAt(after) != '=') {
                i += key.length();
                continue;
            }
            int v = after + 1;
            while (v < header.length() && header.charAt(v) == ' ') {
                v++;
            }
            if (v < header.length() && header.charAt(v) == '"') {
                StringBuilder b = new StringBuilder();
                for (int k = v + 1; k < header.length(); k++) {
                    char c = header.charAt(k);
                    if (c == '\\' && k + 1 < header.length()) {
                        b.append(header.charAt(++k));
                    } else if (c == '"') {
                        return b.toString();
                    } else {
                        b.append(c);
                    }
                }
                return b.toString();
            }
            int stop = header.indexOf(';', v);
            return header.substring(v, stop < 0 ? header.length() : stop).strip();
        }
        return null;
    }

    private static final int FOUND = 0;
    private static final int END = 1;
    private static final int OVER = 2;

    /**
     * Copies the bytes up to the next delimiter into {@code out} and steps over the delimiter: FOUND; END when the
     * body ends without one; OVER (nothing more copied) as soon as the part would pass {@code max} bytes.
     */
    private int copyTo(OutputStream out, long max) throws IOException {
        long copied = 0;
        int d = delimiter.length;
        while (true) {
            fill(d);
            int found = indexOf(start, end);
            // without the delimiter, all but what may be its beginning is body
            int upto = found >= 0 ? found : eof ? end : Math.max(start, end - d + 1);
            int n = upto - start;
            if (copied + n > max) {
                return OVER;
            }
            out.write(buf, start, n);
            copied += n;
            start = upto;
            if (found >= 0) {
                start += d;
                return FOUND;
            }
            if (eof) {
                return END;
            }
            compact();
            read();
        }
    }

    private int indexOf(int from, int to) {
        byte first = delimiter[0];
        outer:
        for (int i = from; i <= to - delimiter.length; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int k = 1; k < delimiter.length; k++) {
                if (buf[i + k] != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Makes at least {@code n} bytes available from {@code start}, unless the body ends first. */
    private boolean fill(int n) throws IOException {
        while (end - start < n && !eof) {
            compact();
            read();
        }
        return end - start >= n;
    }

    private void compact() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
    }

    private void read() throws IOException {
        if (end == buf.length) {
            return;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return;
        }
        total += n;
        if (total > limits.maxTotalBytes()) {
            throw new TotalExceeded();
        }
        end += n;
    }

    /** The body is larger than the request limit (an IOException, to leave the reading loop). */
    private static final class TotalExceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
