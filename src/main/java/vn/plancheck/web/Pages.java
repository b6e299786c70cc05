package vn.plancheck.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Category;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.PlanLink;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;
import vn.plancheck.pipeline.SelfTestRunner;
import vn.plancheck.report.Labels;

/**
 * The pages, in Vietnamese: the check page (upload form and results), the rule catalog and the self-tests. Every
 * piece of text from a document, a file name or a rule goes through {@link Html}'s escaping. The pages load only
 * the server's own stylesheet and script (no fonts, scripts or styles from elsewhere), work with the keyboard (the
 * findings and their places are links), and print as a plain list.
 */
final class Pages {
    /** What the file choosers offer: every format the check reads, scans' images included (".docx,.doc,…,.tiff"). */
    static final String ACCEPT = String.join(",", DocumentReaders.EXTENSIONS.stream().map(e -> "." + e).toList());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.systemDefault());

    private final String version;
    private final UploadLimits limits;

    Pages(String version, UploadLimits limits) {
        this.version = version;
        this.limits = limits;
    }

    /** The page around {@code body}; {@code current} is the menu entry to mark ("check" or "rules"). */
    String page(String title, String current, String body) {
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw(" — plancheck</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
                .raw("<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n")
                .raw("<a class=\"skip\" href=\"#main\">Bỏ qua đến nội dung chính</a>\n")
                .raw("<header class=\"top\"><span class=\"brand\">plancheck</span><nav aria-label=\"Trang\">")
                .raw("<a href=\"/\"").raw("check".equals(current) ? " aria-current=\"page\"" : "").raw(">Kiểm tra văn bản</a>")
                .raw("<a href=\"/quy-tac\"").raw("rules".equals(current) ? " aria-current=\"page\"" : "").raw(">Quy tắc</a>")
                .raw("</nav><span class=\"version\">phiên bản ").text(version).raw("</span></header>\n")
                .raw("<main id=\"main\">\n").raw(body).raw("\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The check page: the form, and the results of a check sent without the script (or none yet). */
    String checkPage(RulesHolder.State rules, String results) {
        Html h = new Html();
        h.raw("<h1>Kiểm tra kế hoạch</h1>\n");
        if (!rules.ok()) {
            h.raw(rulesError(rules));
        }
        h.raw("<form id=\"upload\" class=\"upload\" method=\"post\" action=\"/kiem-tra\" enctype=\"multipart/form-data\"")
                .attr("data-max-files", String.valueOf(limits.maxFiles())).attr("data-max-file", String.valueOf(limits.maxFileBytes()))
                .attr("data-max-total", String.valueOf(limits.maxTotalBytes())).attr("data-limits", limits.describe()).raw(">\n")
                .raw("<div id=\"drop\" class=\"drop\">\n")
                .raw("<p class=\"drop-title\">Kéo thả các tệp văn bản vào đây, hoặc</p>\n")
                .raw("<p><label class=\"button\" for=\"files\">Chọn tệp…</label>")
                .raw(" <input id=\"files\" name=\"files\" type=\"file\" multiple").attr("accept", ACCEPT).raw("></p>\n")
                .raw("<p class=\"hint\">Tệp .docx, .doc, .pdf, .txt, hoặc ảnh bản scan .png, .jpg, .tif (bản scan được nhận dạng chữ")
                .raw(" bằng Tesseract); ").text(limits.describe()).raw(".")
                .raw(" Các tệp chỉ dùng để kiểm tra và được xoá khỏi máy chủ ngay sau khi có kết quả.</p>\n")
                .raw("</div>\n")
                .raw("<div id=\"chosen\" class=\"chosen\" hidden></div>\n")
                .raw("<p class=\"parent-pick\" id=\"parent-pick\"><label for=\"parent\">Kế hoạch cấp trên (không bắt buộc): </label>")
                .raw("<input id=\"parent\" name=\"parent\" type=\"file\"").attr("accept", ACCEPT).raw("></p>\n")
                .raw("<p class=\"actions\"><button type=\"submit\" class=\"primary\" id=\"go\">Kiểm tra</button> ")
                .raw("<span id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></span></p>\n")
                .raw("<noscript><p class=\"hint\">Trình duyệt đang tắt JavaScript: vẫn kiểm tra được, nhưng các nút tải về cần JavaScript.</p></noscript>\n")
                .raw("</form>\n")
                .raw("<div id=\"results\" class=\"results\">").raw(results == null ? "" : results).raw("</div>\n")
                .raw("<ol class=\"steps\"><li>Chọn hoặc kéo thả dự thảo (một hay nhiều tệp); nếu kiểm tra các kế hoạch cấp dưới, đánh dấu kế hoạch cấp trên.</li>")
                .raw("<li>Bấm <b>Kiểm tra</b>: kết luận, các phát hiện theo mức độ, và từng phát hiện được tô ngay trên nội dung văn bản.</li>")
                .raw("<li>Bấm vào một phát hiện để đến chỗ đó trên văn bản, bấm số bên lề để quay lại; tải bản cho người soát")
                .raw(" (tệp Word có nhận xét, PDF có đánh dấu) hoặc sổ kết quả Excel.</li></ol>\n");
        return page("Kiểm tra kế hoạch", "check", h.toString());
    }

    /** The rules' errors, as the command line prints them. */
    String rulesError(RulesHolder.State rules) {
        Html h = new Html();
        h.raw("<div class=\"error\" role=\"alert\"><p><strong>Lỗi trong tệp quy tắc — chưa kiểm tra được văn bản nào.</strong>")
                .raw(" Người quản lý quy tắc sửa các lỗi dưới đây; trang tự dùng quy tắc mới ở lần kiểm tra sau, không cần khởi động lại.</p><ul>");
        for (String e : rules.errors()) {
            h.raw("<li><code>").text(e).raw("</code></li>");
        }
        h.raw("</ul></div>\n");
        return h.toString();
    }

    /** A message for the user in a box (an upload over the limits, a parent that is not a plan). */
    String message(String text) {
        return new Html().raw("<div class=\"error\" role=\"alert\"><p>").text(text).raw("</p></div>\n").toString();
    }

    /** The results of one check: totals, downloads, filters, then each document. */
    String results(CheckService.Checked run) {
        Html h = new Html();
        List<DocumentResult> docs = run.documents();
        long[] totals = new long[Severity.values().length];
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (DocumentResult d : docs) {
            for (Severity s : Severity.values()) {
                totals[s.ordinal()] += d.count(s);
            }
            for (Finding f : d.getFindings()) {
                categories.add(f.getCategory());
            }
        }
        boolean several = docs.size() > 1;
        h.raw("<section class=\"run\" aria-labelledby=\"run-title\">\n<div class=\"run-head\"><h2 id=\"run-title\" tabindex=\"-1\">")
                .raw(several ? "Kết quả: " + docs.size() + " văn bản" : "Kết quả kiểm tra").raw("</h2>");
        if (several) {
            h.raw("<span class=\"totals\">");
            for (Severity s : Severity.values()) {
                h.raw("<span class=\"count sev-").raw(s.name()).raw("\">").text(s.label()).raw(": <b>").text(totals[s.ordinal()]).raw("</b></span> ");
            }
            h.raw("</span>");
        }
        h.raw("<span class=\"downloads\">")
                .raw("<button type=\"button\" data-download=\"workbook\">Tải sổ kết quả (.xlsx)</button> ")
                .raw("<button type=\"button\" data-download=\"json\">Tải JSON</button>");
        if (several) {
            h.raw(" <button type=\"button\" data-download=\"copies\">Tải tất cả bản cho người soát (.zip)</button>");
        }
        h.raw(" <button type=\"button\" class=\"print\" data-print>In</button></span></div>\n");
        if (run.parent() != null || run.skipped() > 0) {
            h.raw("<p class=\"run-note\">");
            if (run.parent() != null) {
                h.raw("Kế hoạch cấp trên dùng để đối chiếu: <b>").text(run.parent()).raw("</b>. ");
            }
            if (run.skipped() > 0) {
                h.raw("Bỏ qua ").text(run.skipped()).raw(" tệp không phải văn bản.");
            }
            h.raw("</p>\n");
        }
        if (!categories.isEmpty()) {
            h.raw("<fieldset class=\"filters\" id=\"filters\"><legend>Lọc phát hiện</legend><span class=\"group\">Mức độ:");
            for (Severity s : Severity.values()) {
                h.raw(" <label><input type=\"checkbox\" checked data-filter-sev=\"").raw(s.name()).raw("\"> ").text(s.label()).raw("</label>");
            }
            h.raw("</span> <span class=\"group\">Nhóm:");
            for (Category c : categories) {
                h.raw(" <label><input type=\"checkbox\" checked data-filter-cat=\"").raw(c.name()).raw("\"> ").text(c.label()).raw("</label>");
            }
            h.raw("</span></fieldset>\n");
        }
        if (several) {
            summaryTable(h, docs, run.links());
        }
        for (int i = 0; i < docs.size(); i++) {
            document(h, i, docs.get(i), run.texts().get(i), several);
        }
        h.raw("<p class=\"rules-note\">Kiểm tra theo ").text(run.rules().base().catalog().size()).raw(" quy tắc nạp lúc ")
                .text(TIME.format(run.rules().loaded())).raw(" (xem trang <a href=\"/quy-tac\">Quy tắc</a>).</p>\n</section>\n");
        return h.toString();
    }

    private static void summaryTable(Html h, List<DocumentResult> docs, List<PlanLink> links) {
        h.raw("<table class=\"summary\"><caption>Tổng hợp</caption><thead><tr><th scope=\"col\">Tệp</th><th scope=\"col\">Kết luận</th>")
                .raw("<th scope=\"col\">Lỗi</th><th scope=\"col\">Cảnh báo</th><th scope=\"col\">Thông tin</th><th scope=\"col\">Kế hoạch cấp trên</th></tr></thead><tbody>\n");
        for (int i = 0; i < docs.size(); i++) {
            DocumentResult d = docs.get(i);
            String parent = null;
            for (PlanLink l : links) {
                if (l.getChildFile().equals(d.getFile())) {
                    parent = l.getParentFile();
                }
            }
            h.raw("<tr><td><a href=\"#doc-").text(i + 1).raw("\">").text(d.getFile()).raw("</a></td><td><span class=\"verdict v-")
                    .raw(d.getVerdict().name()).raw("\">").text(Labels.verdict(d.getVerdict())).raw("</span></td>");
            for (Severity s : Severity.values()) {
                h.raw("<td class=\"num\">").text(d.count(s)).raw("</td>");
            }
            h.raw("<td>").text(parent).raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n");
    }

    private static void document(Html h, int index, DocumentResult d, SourceText text, boolean several) {
        String id = "d" + (index + 1);
        Plan plan = d.getPlan();
        h.raw("<article class=\"doc\" id=\"doc-").text(index + 1).raw("\" aria-labelledby=\"").raw(id).raw("-title\">\n");
        h.raw("<div class=\"doc-head\"><h3 id=\"").raw(id).raw("-title\">").text(d.getFile()).raw("</h3>\n");
        h.raw("<p class=\"outcome\"><span class=\"verdict v-").raw(d.getVerdict().name()).raw("\">").text(Labels.verdict(d.getVerdict())).raw("</span>");
        for (Severity s : Severity.values()) {
            h.raw(" <span class=\"count sev-").raw(s.name()).raw("\">").text(s.label()).raw(": <b>").text(d.count(s)).raw("</b></span>");
        }
        h.raw(" <button type=\"button\" data-download=\"copy\" data-index=\"").text(index).raw("\">Tải bản cho người soát (")
                .text(copyKind(d.getFile(), d.getStatus())).raw(")</button></p></div>\n");
        if (d.getStatus() == DocumentStatus.UNREADABLE) {
            h.raw("<p class=\"error\">").text(Labels.status(d)).raw("</p>\n");
        }
        if (plan != null) {
            h.raw("<dl class=\"meta\">");
            meta(h, "Trích yếu", plan.getTitle());
            meta(h, "Cơ quan", plan.getIssuer());
            meta(h, "Số", plan.getNumberSymbol() != null ? plan.getNumberSymbol() : plan.isDraft() ? "(dự thảo, chưa có số)" : null);
            meta(h, "Ngày", Labels.date(plan.getIssueDate()));
            meta(h, "Loại", plan.getProfileName());
            h.raw("</dl>\n");
        }
        // numbered in the order shown: by severity, then by place
        List<Finding> findings = new ArrayList<>(d.getFindings());
        findings.sort(java.util.Comparator.comparing(Finding::getSeverity));
        List<DocumentView.Mark> marks = text == null ? List.of() : DocumentView.place(text.lines(), findings);
        DocumentView.Mark[] byFinding = new DocumentView.Mark[findings.size()];
        for (DocumentView.Mark m : marks) {
            byFinding[m.finding()] = m;
        }
        h.raw("<div class=\"panes").raw(text == null ? " no-text" : "").raw("\">\n<div class=\"findings\">\n");
        if (findings.isEmpty()) {
            h.raw("<p class=\"none\">Không có phát hiện nào.</p>\n");
        }
        Map<Severity, List<Integer>> bySeverity = new EnumMap<>(Severity.class);
        for (int i = 0; i < findings.size(); i++) {
            bySeverity.computeIfAbsent(findings.get(i).getSeverity(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Severity, List<Integer>> e : bySeverity.entrySet()) {
            h.raw("<h4 class=\"sev-").raw(e.getKey().name()).raw("\">").text(e.getKey().label()).raw(" (").text(e.getValue().size()).raw(")</h4>\n<ol class=\"list\" role=\"list\">\n");
            for (int i : e.getValue()) {
                finding(h, id, i, findings.get(i), byFinding[i]);
            }
            h.raw("</ol>\n");
        }
        h.raw("</div>\n");
        if (text != null) {
            textPane(h, id, text, findings, marks);
        } else if (several && d.getStatus() != DocumentStatus.UNREADABLE) {
            h.raw("<p class=\"hint\">Lô nhiều văn bản: nội dung từng văn bản không hiện ở đây; kiểm tra riêng văn bản này để xem phát hiện trên văn bản.</p>\n");
        }
        h.raw("</div>\n</article>\n");
    }

    private static void finding(Html h, String id, int i, Finding f, DocumentView.Mark mark) {
        h.raw("<li class=\"finding sev-").raw(f.getSeverity().name()).raw("\" id=\"").raw(id).raw("-f").text(i + 1)
                .raw("\" data-sev=\"").raw(f.getSeverity().name()).raw("\" data-cat=\"").raw(f.getCategory().name()).raw("\">");
        String where = Labels.where(f);
        if (mark != null) {
            h.raw("<a class=\"goto\" href=\"#").raw(id).raw("-l").text(mark.line() + 1).raw("\" data-finding=\"").raw(id).raw("-f").text(i + 1)
                    .raw("\" title=\"Xem chỗ này trên văn bản\"><span class=\"n\">").text(i + 1).raw("</span> <span class=\"w\">").text(where).raw("</span></a>");
        } else {
            h.raw("<span class=\"goto\"><span class=\"n\">").text(i + 1).raw("</span> ").text(where).raw("</span>");
        }
        h.raw(" <span class=\"rule\">").text(f.getRuleId()).raw("</span> <span class=\"cat\">").text(f.getCategory().label()).raw("</span>");
        h.raw("<p class=\"msg\">").text(f.getMessage()).raw("</p>");
        if (f.getQuote() != null) {
            h.raw("<p class=\"quote\">“").text(f.getQuote()).raw("”</p>");
        }
        if (f.getSuggestion() != null) {
            h.raw("<p class=\"fix\">Sửa thành: “").text(f.getSuggestion().replacement()).raw("”</p>");
        }
        if (f.getBasis() != null && !f.getBasis().isBlank()) {
            h.raw("<p class=\"basis\">Căn cứ: ").text(f.getBasis()).raw("</p>");
        }
        h.raw("</li>\n");
    }

    /** The document's logical lines, each finding's words marked, with links back to the findings. */
    private static void textPane(Html h, String id, SourceText text, List<Finding> findings, List<DocumentView.Mark> marks) {
        List<SourceLine> lines = text.lines();
        List<List<DocumentView.Mark>> byLine = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            byLine.add(new ArrayList<>(0));
        }
        for (DocumentView.Mark m : marks) {
            byLine.get(m.line()).add(m);
        }
        h.raw("<div class=\"text\" tabindex=\"0\" role=\"region\" aria-label=\"Nội dung văn bản\">\n");
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.text().isBlank() && byLine.get(i).isEmpty()) {
                continue;
            }
            List<DocumentView.Mark> on = byLine.get(i);
            h.raw("<div class=\"line").raw(on.isEmpty() ? "" : " marked").raw("\" id=\"").raw(id).raw("-l").text(i + 1).raw("\"")
                    .raw(on.isEmpty() ? "" : " tabindex=\"-1\"").raw("><span class=\"where\">").text(Labels.location(l.location()))
                    .raw("</span><span class=\"words\">");
            lineText(h, id, l.text(), on, findings);
            h.raw("</span>");
            if (!on.isEmpty()) {
                h.raw("<span class=\"backs\">");
                for (DocumentView.Mark m : on) {
                    Finding f = findings.get(m.finding());
                    h.raw("<a class=\"back sev-").raw(f.getSeverity().name()).raw("\" href=\"#").raw(id).raw("-f").text(m.finding() + 1)
                            .raw("\" title=\"Về phát hiện ").text(m.finding() + 1).raw(": ").text(f.getRuleId()).raw("\">").text(m.finding() + 1).raw("</a>");
                }
                h.raw("</span>");
            }
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
    }

    /** The line's text, cut where marks start and end; each piece covered by marks is one mark of the worst severity. */
    private static void lineText(Html h, String id, String text, List<DocumentView.Mark> marks, List<Finding> findings) {
        if (marks.isEmpty()) {
            h.text(text);
            return;
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
        for (DocumentView.Mark m : marks) {
            cuts.add(Math.min(m.start(), text.length()));
            cuts.add(Math.min(m.end(), text.length()));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Severity worst = null;
                StringBuilder ids = new StringBuilder();
                for (DocumentView.Mark m : marks) {
                    if (m.start() <= prev && m.end() >= cut) {
                        Severity s = findings.get(m.finding()).getSeverity();
                        worst = worst == null || s.atLeast(worst) ? s : worst;
                        ids.append(ids.length() == 0 ? "" : " ").append(id).append("-f").append(m.finding() + 1);
                    }
                }
                String piece = text.substring(prev, cut);
                if (worst == null) {
                    h.text(piece);
                } else {
                    h.raw("<mark class=\"sev-").raw(worst.name()).raw("\" data-findings=\"").text(ids.toString()).raw("\">").text(piece).raw("</mark>");
                }
            }
            prev = cut;
        }
    }

    private static void meta(Html h, String term, String value) {
        if (value != null && !value.isBlank()) {
            h.raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>");
        }
    }

    /** What the reviewer's copy of this file will be. */
    static String copyKind(String file, DocumentStatus status) {
        String f = file.toLowerCase(Locale.ROOT);
        if (status != DocumentStatus.UNREADABLE && f.endsWith(".docx")) {
            return "Word có nhận xét";
        }
        if (status != DocumentStatus.UNREADABLE && f.endsWith(".pdf")) {
            return "PDF có đánh dấu";
        }
        return "báo cáo HTML";
    }

    /** The rule catalog and where the self-tests are. */
    String rulesPage(RulesHolder.State rules, String rulesDisplay) {
        Html h = new Html();
        h.raw("<h1>Quy tắc đang áp dụng</h1>\n");
        if (!rules.ok()) {
            h.raw(rulesError(rules));
            return page("Quy tắc", "rules", h.toString());
        }
        List<RuleInfo> catalog = rules.base().catalog();
        h.raw("<p>").text(catalog.size()).raw(" quy tắc trong thư mục <code>").text(rulesDisplay).raw("</code>, nạp lúc ").text(TIME.format(rules.loaded()))
                .raw(". Sửa một tệp trong thư mục này thì lần kiểm tra sau dùng ngay quy tắc mới.</p>\n")
                .raw("<p><a class=\"button\" href=\"/quy-tac/tu-kiem-tra\">Chạy tự kiểm tra quy tắc (rules test)</a>")
                .raw(" <span class=\"hint\">chạy các ví dụ trong rules/tests, như lệnh <code>./plancheck rules test</code>; mất vài giây</span></p>\n")
                .raw("<p class=\"find\"><label for=\"rule-filter\">Tìm quy tắc: </label><input id=\"rule-filter\" type=\"search\" autocomplete=\"off\"></p>\n")
                .raw("<table class=\"catalog\" id=\"catalog\"><thead><tr><th scope=\"col\">Mã</th><th scope=\"col\">Nội dung kiểm tra</th>")
                .raw("<th scope=\"col\">Mức độ</th><th scope=\"col\">Nhóm</th><th scope=\"col\">Căn cứ</th><th scope=\"col\">Tệp</th></tr></thead><tbody>\n");
        for (RuleInfo r : catalog) {
            h.raw("<tr><td><code>").text(r.getId()).raw("</code></td><td>").text(r.getTitle()).raw("</td><td><span class=\"severity sev-")
                    .raw(r.getSeverity() == null ? "" : r.getSeverity().name()).raw("\">").text(r.getSeverity() == null ? "" : r.getSeverity().label())
                    .raw("</span></td><td>").text(r.getCategory() == null ? "" : r.getCategory().label()).raw("</td><td>").text(r.getBasis())
                    .raw("</td><td>").text(r.getSource()).raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n");
        return page("Quy tắc", "rules", h.toString());
    }

    /** The result of {@code rules test}: the count, then the failing cases first. */
    String selfTestPage(RulesHolder.SelfTest t) {
        SelfTestRunner.Report r = t.report();
        Html h = new Html();
        h.raw("<h1>Tự kiểm tra quy tắc</h1>\n<p class=\"totals\"><span class=\"count ").raw(r.failed() == 0 ? "ok" : "sev-ERROR").raw("\"><b>")
                .text(r.passed()).raw(" đạt, ").text(r.failed()).raw(" không đạt</b></span> (chạy lúc ").text(TIME.format(t.ran())).raw(", ")
                .text(t.millis()).raw(" ms; chạy lại khi quy tắc hoặc ví dụ thay đổi)</p>\n");
        if (r.failed() > 0) {
            h.raw("<h2>Không đạt</h2>\n<ul class=\"cases\">\n");
            for (SelfTestRunner.CaseResult c : r.cases()) {
                if (!c.passed()) {
                    h.raw("<li class=\"failed\"><code>").text(c.name()).raw("</code><ul>");
                    for (String f : c.failures()) {
                        h.raw("<li>").text(f).raw("</li>");
                    }
                    h.raw("</ul></li>\n");
                }
            }
            h.raw("</ul>\n");
        }
        h.raw("<details><summary>Các ví dụ đạt (").text(r.passed()).raw(")</summary><ul class=\"cases\">\n");
        for (SelfTestRunner.CaseResult c : r.cases()) {
            if (c.passed()) {
                h.raw("<li><code>").text(c.name()).raw("</code></li>\n");
            }
        }
        h.raw("</ul></details>\n<p><a href=\"/quy-tac\">← Danh mục quy tắc</a></p>\n");
        return page("Tự kiểm tra quy tắc", "rules", h.toString());
    }
}
