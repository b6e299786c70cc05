package vn.plancheck.web;

import java.util.Locale;

/**
 * How much one request may upload: the size of each file, the number of files and the whole request. Each
 * refusal is a sentence in Vietnamese that names the file and the limit, shown on the page as it is.
 *
 * @param maxFileBytes  the largest file accepted
 * @param maxFiles      the most files in one request (the parent plan included)
 * @param maxTotalBytes the largest request body
 */
public record UploadLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {
    public static final long MB = 1024L * 1024;
    /** 25 MB a file (a long plan saved as PDF is a few MB), 1,000 files, 300 MB in all. */
    public static final UploadLimits DEFAULT = new UploadLimits(25 * MB, 1000, 300 * MB);

    public UploadLimits {
        if (maxFileBytes <= 0 || maxFiles <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Thrown when a request goes over a limit; the message is for the user. */
    public static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    Exceeded fileTooLarge(String name) {
        return new Exceeded("Tệp “" + name + "” lớn hơn " + size(maxFileBytes)
                + " cho mỗi tệp: hãy tách hoặc nén tệp, hoặc nhờ người quản trị nâng giới hạn (--max-file-mb).");
    }

    Exceeded tooManyFiles() {
        return new Exceeded("Mỗi lần chỉ gửi được tối đa " + maxFiles
                + " tệp: hãy chia thành nhiều lần kiểm tra, hoặc nhờ người quản trị nâng giới hạn (--max-files).");
    }

    Exceeded tooLarge() {
        return new Exceeded("Tổng dung lượng các tệp gửi một lần vượt quá " + size(maxTotalBytes)
                + ": hãy chia thành nhiều lần kiểm tra, hoặc nhờ người quản trị nâng giới hạn (--max-total-mb).");
    }

    /** "25 MB", "1,5 MB", "800 KB": as a Vietnamese reader writes sizes. */
    static String size(long bytes) {
        if (bytes >= MB) {
            double mb = bytes / (double) MB;
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    /** The limits in one line, for the page ("tối đa 1000 tệp, mỗi tệp 25 MB, tổng 300 MB"). */
    String describe() {
        return "tối đa " + maxFiles + " tệp, mỗi tệp " + size(maxFileBytes) + ", tổng " + size(maxTotalBytes);
    }
}
