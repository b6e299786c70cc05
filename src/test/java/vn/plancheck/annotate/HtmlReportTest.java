package vn.plancheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Suggestion;
import vn.plancheck.report.ReportSink;

/** The one-page HTML report: self-contained, in Vietnamese, and every word from the document escaped. */
class HtmlReportTest {

    @Test
    void documentTextIsEscapedAndThePageNeedsNothingFromOutside(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("du<thao>&1.txt");
        Files.writeString(txt, "KẾ HOẠCH\n", StandardCharsets.UTF_8);
        String script = "<script>alert('x')</script>";
        Finding f = new Finding("TIME-INVALID-DATE", Category.TIME, Severity.ERROR, "“20/24” " + script + " không phải ngày có thật.",
                12, "20/24", "Nghị định 30/2020/NĐ-CP \"Điều 8\"").located(Location.line(12), "ngày " + script + " 20/24")
                .withSuggestion(Suggestion.of("20/24", "20/4"));
        Finding info = new Finding("REF-UNKNOWN", Category.REF, Severity.INFO, "Chưa có trong danh mục.", 0, null, null)
                .located(Location.NONE, null);
        DocumentResult doc = new DocumentResult(txt.toString(), DocumentStatus.CHECKED, null, null, List.of(f, info));
        ReviewerCopies copies = new ReviewerCopies(dir.resolve("out"), "1.2.3");
        try (ReportSink sink = copies) {
            sink.add(doc);
        }
        Path html = copies.written().get(0).copy();
        assertEquals("du<thao>&1.plancheck.html", html.getFileName().toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);

        assertFalse(page.contains("<script"), "no script, escaped or not as markup");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("du&lt;thao&gt;&amp;1.txt"), "the file name too");
        assertTrue(page.contains("&quot;Điều 8&quot;"));
        assertFalse(Pattern.compile("(?i)\\b(src|href)\\s*=|@import|url\\(|<link").matcher(page).find(), "nothing loaded from outside");
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains("Phải sửa"), "the verdict");
        assertTrue(page.contains("1 lỗi · 0 cảnh báo · 1 thông tin"), "the counts");
        assertTrue(page.contains("dòng 12"), "the place");
        assertTrue(page.contains("toàn văn"), "a finding with no place is about the whole document");
        assertTrue(page.contains("Căn cứ: Nghị định 30/2020/NĐ-CP"), "the basis");
        assertTrue(page.contains("Đề xuất sửa “20/24” thành “20/4”."), "the correction the rule knows");
        assertTrue(page.contains("@media print") || page.contains("@page"), "printable");
    }

    @Test
    void anUnreadableFileGetsAReportSayingWhy(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("hong.docx");
        Files.write(docx, new byte[] {1, 2, 3});
        Finding f = new Finding("INPUT-UNREADABLE", Category.INPUT, Severity.ERROR, "Tệp .docx bị hỏng.", 0, null, null);
        DocumentResult doc = new DocumentResult(docx.toString(), DocumentStatus.UNREADABLE, "Tệp .docx bị hỏng.", null, List.of(f));
        ReviewerCopies copies = new ReviewerCopies(dir, "1.2.3");
        try (ReportSink sink = copies) {
            sink.add(doc);
        }
        ReviewerCopies.Written w = copies.written().get(0);
        assertEquals(ReviewerCopies.Kind.HTML, w.kind());
        assertTrue(Files.readString(w.copy()).contains("Không đọc được: Tệp .docx bị hỏng."));
    }

    @Test
    void aWordFileWhoseCopyCannotBeMadeGetsTheReportWithTheReason(@TempDir Path dir) throws IOException {
        // read as a plan (say from a stale result) but no longer a Word package when the copy is made
        Path docx = dir.resolve("ke-hoach.docx");
        Files.writeString(docx, "not a zip");
        Finding f = new Finding("FORM-NUMBER-MISSING", Category.FORM, Severity.INFO, "Số văn bản còn để trống.", 3, null, null);
        DocumentResult doc = new DocumentResult(docx.toString(), DocumentStatus.CHECKED, null, null, List.of(f));
        ReviewerCopies copies = new ReviewerCopies(dir.resolve("out"), "1.2.3");
        try (ReportSink sink = copies) {
            sink.add(doc);
        }
        ReviewerCopies.Written w = copies.written().get(0);
        assertEquals(ReviewerCopies.Kind.HTML, w.kind());
        assertTrue(w.remark().startsWith("Không tạo được bản có nhận xét"), w.remark());
        assertTrue(Files.readString(w.copy()).contains("Không tạo được bản có nhận xét"));
        try (var listing = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("ke-hoach.plancheck.html"), listing.map(p -> p.getFileName().toString()).toList(),
                    "no half-written .docx is left behind");
        }
    }
}
