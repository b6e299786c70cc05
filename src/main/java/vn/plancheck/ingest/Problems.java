package vn.plancheck.ingest;

import java.util.Locale;

/** Rule ids and the Vietnamese wording of every reason a file cannot be read, in one place. */
final class Problems {
    static final String UNREADABLE = "INPUT-UNREADABLE";
    static final String NO_TEXT_LAYER = "INPUT-NO-TEXT-LAYER";
    static final String LEGACY_ENCODING = "INPUT-LEGACY-ENCODING";

    static final String EMPTY = "Tệp rỗng (0 byte).";
    static final String WORD_PASSWORD = "Tệp Word được đặt mật khẩu, không đọc được nội dung; hãy gỡ mật khẩu rồi kiểm tra lại.";
    static final String PDF_PASSWORD = "Tệp PDF được đặt mật khẩu, không đọc được nội dung.";
    static final String ZIP_BOMB = "Tệp có cấu trúc bất thường hoặc quá lớn khi giải nén (nghi là \"zip bomb\") — không đọc.";
    static final String VNI = "Tệp dùng bảng mã VNI cũ, không phải Unicode; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi kiểm tra lại.";
    static final String TCVN3_NOTE = "Tệp dùng bảng mã TCVN3 (ABC) cũ; đã chuyển sang Unicode.";
    static final String SCANNED = "PDF không có lớp văn bản (bản scan) — cần chạy OCR trước khi kiểm tra.";
    static final String NO_TEXT = "PDF không có lớp văn bản (không trích được chữ nào; chữ có thể đã bị chuyển thành hình vẽ) — cần chạy OCR trước khi kiểm tra.";
    static final String SCANNED_OCR_FAILED = "PDF không có lớp văn bản (bản scan) và nhận dạng chữ (OCR) không cho văn bản để kiểm tra.";
    static final String NO_TEXT_OCR_FAILED = "PDF không có lớp văn bản (không trích được chữ nào) và nhận dạng chữ (OCR) không cho văn bản để kiểm tra.";
    static final String IMAGE = "Tệp ảnh (bản scan) — cần chạy OCR trước khi kiểm tra.";
    static final String IMAGE_OCR_FAILED = "Tệp ảnh (bản scan) và nhận dạng chữ (OCR) không cho văn bản để kiểm tra.";
    static final String WORD_PICTURES_OCR_FAILED = "Tệp Word chỉ chứa ảnh scan các trang và nhận dạng chữ (OCR) không cho văn bản để kiểm tra.";
    static String ocrPagesCut(int read, int all) {
        return "Chỉ nhận dạng chữ (OCR) " + read + " trang đầu trong " + all + " trang của bản scan; các trang sau không được kiểm tra.";
    }

    static final String OCR_PAGE_EMPTY = "Nhận dạng chữ (OCR) không đọc được chữ nào: ảnh trống, quá mờ hoặc không phải văn bản.";
    /** A .docx that is pictures and (almost) no text: a scan pasted into Word. */
    static String wordImagesOnly(int pictures, long letters) {
        return "Tệp Word chỉ chứa ảnh (" + pictures + " ảnh" + (letters == 0 ? ", không có chữ" : ", chỉ có " + letters + " chữ cái")
                + "): là bản scan dán vào Word, không có lớp văn bản — cần chạy OCR trước khi kiểm tra.";
    }

    static final String NO_UNICODE_MAP = "Phông chữ trong PDF không có bảng ánh xạ Unicode (ToUnicode): chữ trích ra là ký tự rác, không đọc được nội dung.";

    private Problems() {
    }

    static UnreadableDocumentException unreadable(String message) {
        return new UnreadableDocumentException(UNREADABLE, message);
    }

    static UnreadableDocumentException unreadable(String message, Throwable cause) {
        return new UnreadableDocumentException(UNREADABLE, message, cause);
    }

    static String corrupt(String ext) {
        return switch (ext) {
            case "docx" -> "Tệp .docx bị hỏng hoặc không phải tài liệu Word hợp lệ.";
            case "doc" -> "Tệp .doc bị hỏng hoặc không phải tài liệu Word 97-2003 hợp lệ.";
            case "pdf" -> "Tệp .pdf bị hỏng hoặc không phải tài liệu PDF hợp lệ.";
            case "png", "jpg", "jpeg", "tif", "tiff" -> "Tệp ảnh ." + ext + " bị hỏng hoặc không phải ảnh hợp lệ.";
            default -> "Tệp ." + ext + " bị hỏng, không đọc được.";
        };
    }

    /** "Tệp có đuôi .docx nhưng thực chất là …" for a file whose content does not match its extension. */
    static String misnamed(String ext, FileMagic actual) {
        String what = switch (actual) {
            case OLE2 -> "tài liệu Word 97-2003 (.doc)";
            case ZIP -> "tài liệu Word 2007 trở lên (.docx) hoặc một tệp nén";
            case PDF -> "tệp PDF";
            case RTF -> "tệp RTF";
            case HTML -> "trang HTML/MHT";
            case OTHER -> "một loại tệp khác";
        };
        String fix = switch (actual) {
            case OLE2 -> " Hãy đổi đuôi thành .doc hoặc mở bằng Word và lưu lại thành .docx.";
            case ZIP -> " Hãy đổi đuôi thành .docx.";
            case PDF -> " Hãy đổi đuôi thành .pdf.";
            default -> " Hãy mở bằng Word và lưu lại thành .docx.";
        };
        return "Tệp có đuôi ." + ext + " nhưng thực chất là " + what + "." + fix;
    }

    static String unsupported(String ext) {
        String what = ext.isEmpty() ? "Tệp không có đuôi" : "Định dạng ." + ext + " không được hỗ trợ";
        return what + "; chỉ đọc .docx, .doc, .pdf, .txt và ảnh scan .png, .jpg, .tif.";
    }

    static String tooLarge(long size, long max) {
        return "Tệp quá lớn (" + megabytes(size) + "; giới hạn " + megabytes(max) + ") — không đọc.";
    }

    /** "200 MB", "1,5 MB" (Vietnamese decimal comma), "7 KB", "1000 byte". */
    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        if (Math.abs(mb - Math.rint(mb)) < 0.05) {
            return String.format(Locale.ROOT, "%d MB", Math.round(mb));
        }
        return String.format(Locale.ROOT, "%.1f MB", mb).replace('.', ',');
    }

    /** True if the exception or one of its causes says POI's zip-bomb / size limits were hit. */
    static boolean isZipBomb(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceeds the max")
                    || m.contains("maximum length for this record") || m.contains("MaxFileCount")
                    || m.contains("max file count") || m.contains("maximum number of files"))) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
