package vn.plancheck.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Verdict;

/** Vietnamese wording shared by the human-facing writers (spreadsheet, console and the reviewer's copies). */
public final class Labels {
    public static final String CHECKED = "Đã kiểm tra";
    public static final String UNREADABLE = "Không đọc được";
    /** The place of a finding about the document as a whole, or of one that could not be placed. */
    public static final String WHOLE_DOCUMENT = "toàn văn";

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Labels() {
    }

    /** The verdict in the reviewer's words. */
    public static String verdict(Verdict v) {
        return switch (v) {
            case PASS -> "Đạt";
            case REVISE -> "Nên sửa";
            case MUST_REVISE -> "Phải sửa";
            case UNREADABLE -> UNREADABLE;
            case NOT_A_PLAN -> "Không phải kế hoạch";
        };
    }

    /** After the verdict of a document on which a rule failed. */
    static final String RULE_FAULT = " (có lỗi quy tắc: kết quả chưa đầy đủ)";

    /** The verdict ("Đạt", "Nên sửa", "Phải sửa", "Không phải kế hoạch"), or "Không đọc được: reason". */
    public static String status(DocumentResult doc) {
        if (doc.getStatus() != DocumentStatus.UNREADABLE) {
            return verdict(doc.getVerdict()) + (doc.hasRuleFault() ? RULE_FAULT : "");
        }
        String error = doc.getError();
        return error == null || error.isBlank() ? UNREADABLE : UNREADABLE + ": " + error.strip();
    }

    /** "Kế hoạch số 45/KH-UBND ngày 05/04/2024", or null when the plan has neither number nor date. */
    public static String planName(vn.plancheck.model.Plan plan) {
        if (plan == null || plan.getNumberSymbol() == null && plan.getIssueDate() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("Kế hoạch");
        if (plan.getNumberSymbol() != null) {
            b.append(" số ").append(plan.getNumberSymbol());
        }
        if (plan.getIssueDate() != null) {
            b.append(" ngày ").append(date(plan.getIssueDate()));
        }
        return b.toString();
    }

    /**
     * A parent as the auditor names it: "Kế hoạch số 45/KH-UBND ngày 05/04/2024 của ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN";
     * "Kế hoạch (chưa có số) …" for a draft; its file only when it gives neither number, date nor issuer.
     */
    static String parentName(vn.plancheck.model.PlanRef plan) {
        if (plan == null) {
            return null;
        }
        if (plan.numberSymbol() == null && plan.issueDate() == null && plan.issuer() == null) {
            return plan.file();
        }
        StringBuilder b = new StringBuilder("Kế hoạch");
        b.append(plan.numberSymbol() == null ? " (chưa có số)" : " số " + plan.numberSymbol());
        if (plan.issueDate() != null) {
            b.append(" ngày ").append(date(plan.issueDate()));
        }
        if (plan.issuer() != null) {
            b.append(" của ").append(plan.issuer());
        }
        return b.toString();
    }

    /** dd/MM/yyyy as written in Vietnamese documents, or null. */
    public static String date(LocalDate date) {
        return date == null ? null : VN_DATE.format(date);
    }

    /**
     * The place in the words a user finds it by: "trang 2, dòng 14" (PDF), "đoạn 12" (Word paragraph),
     * "bảng 1, hàng 2, ô 1" (Word table cell), "dòng 50" (.txt). A table cell found inside a line or page
     * follows in brackets, "dòng 12 (bảng 1, hàng 2, ô 1)", because the user scrolls to the line first and
     * then looks for the cell. Unknown (null, {@link Location#NONE}) is "toàn văn".
     */
    public static String location(Location where) {
        String words = words(where);
        return words == null ? WHOLE_DOCUMENT : words;
    }

    /**
     * The place of a finding: its location, else the line of the text as read ("dòng N") for a finding not
     * yet placed in the original file, else "toàn văn". Saying "toàn văn" for a finding on line 67 would send
     * the reviewer looking through the whole file.
     */
    public static String where(Finding f) {
        String words = words(f.getLocation());
        if (words != null) {
            return words;
        }
        return f.getLine() > 0 ? "dòng " + f.getLine() : WHOLE_DOCUMENT;
    }

    /** The words for a location, or null when it names no place (fields are 1-based: 0 is no place either). */
    private static String words(Location where) {
        if (where == null) {
            return null;
        }
        StringJoiner scroll = new StringJoiner(", ");
        add(scroll, "trang", where.page());
        add(scroll, "đoạn", where.paragraph());
        add(scroll, "dòng", where.line());
        StringJoiner cell = new StringJoiner(", ");
        add(cell, "bảng", where.table());
        add(cell, "hàng", where.row());
        add(cell, "ô", where.cell());
        if (scroll.length() == 0) {
            return cell.length() == 0 ? null : cell.toString();
        }
        return cell.length() == 0 ? scroll.toString() : scroll + " (" + cell + ")";
    }

    private static void add(StringJoiner words, String noun, Integer value) {
        if (value != null && value > 0) {
            words.add(noun + " " + value);
        }
    }
}
