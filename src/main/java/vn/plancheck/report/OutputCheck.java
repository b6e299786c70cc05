package vn.plancheck.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks, before any document is read, that a report can be written where the user asked: the path is not a
 * folder, its folder exists or can be made, and a file can be created there (a probe file, deleted at once, tells
 * more truly than permission bits). A batch of hours must not fail at its end for a read-only folder.
 */
public final class OutputCheck {
    private OutputCheck() {
    }

    /**
     * @param what   the report in the user's words ("sổ kết quả", "tệp JSON")
     * @throws IOException with a Vietnamese message naming the path, why and what to do
     */
    public static void verify(Path target, String what) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new WriteErrors.ReportWriteException("Không ghi được " + what + " vào " + target
                    + ": đường dẫn này là một thư mục, không phải tệp. Hãy ghi rõ tên tệp (ví dụ " + target.resolve("ket-qua")
                    + extension(what) + ").", null);
        }
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new WriteErrors.ReportWriteException("Không ghi được " + what + " vào " + target + ": " + e.getFile()
                    + " là một tệp, không phải thư mục. Hãy chọn thư mục khác.", e);
        } catch (IOException e) {
            throw new WriteErrors.ReportWriteException("Không tạo được thư mục " + dir + " để ghi " + what + ": "
                    + WriteErrors.why(e) + " " + WriteErrors.WHAT_TO_DO, e);
        }
        Path probe = dir.resolve("." + absolute.getFileName() + ".tmp-kiemtra-" + ProcessHandle.current().pid());
        try {
            Files.write(probe, new byte[] {0}, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WriteErrors.ReportWriteException("Không ghi được " + what + " vào " + target + ": " + WriteErrors.why(e)
                    + " " + WriteErrors.WHAT_TO_DO, e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // the probe is hidden and tiny; the next run's clean-up removes it
            }
        }
    }

    private static String extension(String what) {
        return what.contains("JSON") ? ".json" : ".xlsx";
    }
}
