package vn.plancheck.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the operating system's (English) complaint about writing a report into a Vietnamese message naming the
 * report, why it failed and what to do: "No space left on device" becomes "ổ đĩa đã đầy". The original exception
 * stays the cause, for the log.
 */
public final class WriteErrors {
    private WriteErrors() {
    }

    /** An IOException whose message says, in Vietnamese, that {@code target} could not be written and why. */
    public static IOException describe(Path target, IOException e) {
        if (e instanceof ReportWriteException) {
            return e;
        }
        return new ReportWriteException("Không ghi được " + target + ": " + why(e) + " " + WHAT_TO_DO, e);
    }

    static final String WHAT_TO_DO = "Hãy chọn nơi ghi khác (-o, --json), giải phóng chỗ trống hoặc cấp quyền ghi rồi chạy lại;"
            + " tệp kết quả cũ (nếu có) vẫn được giữ nguyên.";

    /** Why, in Vietnamese, from the exception's type and the OS's words. */
    static String why(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                || m.contains("there is not enough space")) {
            return "ổ đĩa đã đầy.";
        }
        if (m.contains("quota")) {
            return "đã hết hạn mức dung lượng được cấp trên ổ đĩa.";
        }
        if (m.contains("read-only file system")) {
            return "ổ đĩa chỉ cho phép đọc.";
        }
        if (e instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access is denied")) {
            return "không có quyền ghi vào thư mục này.";
        }
        if (e instanceof NotDirectoryException) {
            return "một phần của đường dẫn là tệp, không phải thư mục.";
        }
        if (e instanceof NoSuchFileException) {
            return "thư mục không tồn tại (có thể vừa bị xóa hoặc ổ đĩa bị rút ra).";
        }
        if (m.contains("file name too long") || m.contains("name too long")) {
            return "tên tệp hoặc đường dẫn quá dài.";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return "lỗi hệ thống tệp (" + (reason == null ? e.getClass().getSimpleName() : reason) + ").";
    }

    /** A write failure already described in Vietnamese. */
    public static final class ReportWriteException extends IOException {
        ReportWriteException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
