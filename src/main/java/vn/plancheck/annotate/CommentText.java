package vn.plancheck.annotate;

import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Suggestion;

/** The words of a finding as a note in the reviewer's copy: "[Lỗi] ID — message. Căn cứ: basis." */
final class CommentText {
    private CommentText() {
    }

    static String of(Finding f) {
        Severity s = f.getSeverity();
        StringBuilder b = new StringBuilder();
        b.append('[').append(s == null ? "?" : s.label()).append("] ").append(f.getRuleId()).append(" — ");
        b.append(sentence(f.getMessage()));
        if (f.getBasis() != null && !f.getBasis().isBlank()) {
            b.append(" Căn cứ: ").append(sentence(f.getBasis()));
        }
        return b.toString();
    }

    /** The note with the correction spelt out, where no tracked change can carry it (a PDF, a report). */
    static String withSuggestion(Finding f) {
        Suggestion s = f.getSuggestion();
        return s == null ? of(f) : of(f) + " " + suggestion(s);
    }

    static String suggestion(Suggestion s) {
        return "Đề xuất sửa “" + s.found() + "” thành “" + s.replacement() + "”.";
    }

    /** One line, ending with a full stop (messages usually have one; the basis usually not). */
    private static String sentence(String text) {
        String t = text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!") || t.endsWith(".)")) {
            return t;
        }
        return t + ".";
    }
}
