package vn.plancheck.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.PlanType;

/** Vietnamese wording shared by the human-facing writers (spreadsheet and console). */
final class Labels {
    static final String CHECKED = "Đã kiểm tra";
    static final String UNREADABLE = "Không đọc được";

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Labels() {
    }

    /** The plan type as officials name it; a switch so that a new type fails to compile here. */
    static String planType(PlanType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case ACTION_MONTH -> "Tháng hành động vì trẻ em";
            case ANNUAL_CHILD_WORK -> "Công tác trẻ em năm";
            case DIRECTIVE_IMPLEMENTATION -> "Thực hiện chỉ thị, nghị quyết";
            case OTHER -> "Khác";
        };
    }

    /** "Đã kiểm tra", or "Không đọc được: reason". */
    static String status(DocumentResult doc) {
        if (doc.getStatus() != DocumentStatus.UNREADABLE) {
            return CHECKED;
        }
        String error = doc.getError();
        return error == null || error.isBlank() ? UNREADABLE : UNREADABLE + ": " + error.strip();
    }

    /** dd/MM/yyyy as written in Vietnamese documents, or null. */
    static String date(LocalDate date) {
        return date == null ? null : VN_DATE.format(date);
    }
}
