package vn.plancheck.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Severity;
import vn.plancheck.report.Labels;

/**
 * The reviewer's copy of a document that cannot carry comments itself (.doc, .txt, a .docx or .pdf whose copy
 * could not be made): one self-contained HTML page in Vietnamese, to attach to the draft or forward, that prints
 * as it shows: the verdict, the counts, and each finding with its place, the quoted words, the message and the
 * legal basis. No script, no external style sheet, font or image; every word from the document is escaped.
 */
final class HtmlReport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final String STYLE = """
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 12pt; color: #111; margin: 0 auto;
                   max-width: 190mm; padding: 8mm 4mm; line-height: 1.35; }
            h1 { font-size: 16pt; margin: 0 0 2mm; }
            .file { font-family: monospace; font-size: 10pt; color: #444; margin: 0 0 4mm; word-break: break-all; }
            table { border-collapse: collapse; width: 100%; }
            .facts th { text-align: left; font-weight: normal; color: #444; width: 38mm; vertical-align: top; padding: 1mm 0; }
            .facts td { padding: 1mm 0; }
            .verdict { display: inline-block; font-size: 14pt; font-weight: bold; padding: 1mm 4mm; border: 2px solid; margin: 4mm 0 1mm; }
            .v-PASS { color: #1b5e20; } .v-REVISE { color: #8a5a00; } .v-MUST_REVISE, .v-UNREADABLE { color: #b71c1c; }
            .v-NOT_A_PLAN { color: #37474f; }
            .counts { margin: 1mm 0 4mm; }
            .note { border-left: 3px solid #999; padding-left: 3mm; color: #333; }
            .findings th, .findings td { border: 1px solid #bbb; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            .findings th { background: #eee; font-size: 10.5pt; }
            .findings tr { page-break-inside: avoid; }
            .sev { white-space: nowrap; font-weight: bold; }
            .s-ERROR .sev { color: #b71c1c; } .s-WARNING .sev { color: #8a5a00; } .s-INFO .sev { color: #1565c0; }
            .where { white-space: nowrap; font-size: 10.5pt; }
            .quote { font-style: italic; margin-bottom: 1mm; }
            .id, .basis { font-size: 10pt; color: #444; }
            .id { font-family: monospace; }
            footer { margin-top: 5mm; font-size: 9.5pt; color: #666; }
            """;

    private HtmlReport() {
    }

    /**
     * Writes the page for {@code doc}.
     *
     * @param note a sentence for the reader (why there is no annotated copy), or null
     */
    static void write(DocumentResult doc, String version, Instant now, String note, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String file = fileName(doc.getFile());
        w.write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"generator\" content=\"plancheck " + esc(version) + "\">\n");
        w.write("<title>Kết quả soát văn bản: " + esc(file) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<h1>Kết quả soát văn bản</h1>\n<p class=\"file\">" + esc(doc.getFile()) + "</p>\n");
        facts(w, doc.getPlan());
        w.write("<p class=\"verdict v-" + doc.getVerdict().name() + "\">" + esc(Labels.status(doc)) + "</p>\n");
        w.write("<p class=\"counts\">" + doc.count(Severity.ERROR) + " lỗi · " + doc.count(Severity.WARNING) + " cảnh báo · "
                + doc.count(Severity.INFO) + " thông tin</p>\n");
        if (note != null) {
            w.write("<p class=\"note\">" + esc(note) + "</p>\n");
        }
        findings(w, doc);
        w.write("<footer>Lập bằng plancheck " + esc(version) + " lúc "
                + STAMP.format(now.atZone(ZoneId.systemDefault())) + ". Vị trí: trang và dòng của tệp PDF, đoạn hoặc ô bảng"
                + " của tệp Word, dòng của tệp văn bản.</footer>\n</body>\n</html>\n");
        w.flush();
    }

    private static void facts(Writer w, Plan plan) throws IOException {
        if (plan == null) {
            return;
        }
        w.write("<table class=\"facts\">\n");
        row(w, "Văn bản", Labels.planName(plan));
        row(w, "Cơ quan ban hành", plan.getIssuer());
        row(w, "Trích yếu", plan.getTitle());
        w.write("</table>\n");
    }

    private static void row(Writer w, String label, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.write("<tr><th>" + label + "</th><td>" + esc(value) + "</td></tr>\n");
        }
    }

    private static void findings(Writer w, DocumentResult doc) throws IOException {
        if (doc.getFindings().isEmpty()) {
            w.write("<p>Không có phát hiện nào.</p>\n");
            return;
        }
        w.write("<table class=\"findings\">\n<thead><tr><th>#</th><th>Mức</th><th>Vị trí</th><th>Phát hiện</th></tr></thead>\n<tbody>\n");
        int n = 0;
        for (Finding f : doc.getFindings()) {
            Severity s = f.getSeverity();
            w.write("<tr class=\"s-" + (s == null ? "" : s.name()) + "\"><td>" + (++n) + "</td>");
            w.write("<td class=\"sev\">" + (s == null ? "" : esc(s.label())) + "</td>");
            w.write("<td class=\"where\">" + esc(Labels.where(f)) + "</td><td>");
            if (f.getQuote() != null && !f.getQuote().isBlank()) {
                w.write("<div class=\"quote\">“" + esc(oneLine(f.getQuote())) + "”</div>");
            }
            w.write("<div class=\"msg\">" + esc(f.getMessage()) + "</div>");
            if (f.getSuggestion() != null) {
                w.write("<div class=\"msg\">" + esc(CommentText.suggestion(f.getSuggestion())) + "</div>");
            }
            w.write("<div class=\"id\">" + esc(f.getRuleId()) + "</div>");
            if (f.getBasis() != null && !f.getBasis().isBlank()) {
                w.write("<div class=\"basis\">Căn cứ: " + esc(f.getBasis()) + "</div>");
            }
            w.write("</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String fileName(String path) {
        String p = path == null ? "" : path;
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }

    /** Text as HTML: the five characters that can open markup or end an attribute, and nothing else. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
