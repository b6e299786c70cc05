package vn.plancheck.report;

import java.io.PrintStream;
import java.text.Normalizer;
import java.util.List;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Severity;

/**
 * Prints the results for a reviewer at a terminal, in Vietnamese: one header line per document,
 * its findings one per line in aligned columns, and a total line. Colours (ANSI) mark severities
 * only when asked, so redirected output stays plain text.
 */
public final class ConsoleReportWriter {
    /** Above this many documents only the documents with errors show their findings. */
    static final int DETAIL_LIMIT = 20;

    private static final String RESET = "\u001B[0m";
    private static final String SEP = " | ";
    // "[Cảnh báo]" is the widest tag; pad every tag to it plus two spaces so rule IDs line up.
    private static final int TAG_WIDTH = widest() + 4;
    /** Columns of a quote after the message: enough to recognise the words, short enough to keep one line. */
    static final int QUOTE_WIDTH = 80;

    /** Writes the report to {@code out}; flushes but never closes it. */
    public void write(CheckRun run, PrintStream out, boolean color) {
        List<DocumentResult> docs = run.getDocuments() == null ? List.of() : run.getDocuments();
        ReportSink sink = open(out, color, docs.size());
        try {
            for (DocumentResult doc : docs) {
                sink.add(doc);
            }
            sink.finish(new ReportSink.RunTotals(run.getSkippedFiles()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a PrintStream never throws; kept for the interface
        }
    }

    /** Starts a console report of {@code count} documents, printed as they come. */
    public ReportSink open(PrintStream out, boolean color, int count) {
        return open(out, color, count, false);
    }

    /** The same; {@code baseline}: the run is compared with an earlier one, so new findings are marked and counted. */
    public ReportSink open(PrintStream out, boolean color, int count, boolean baseline) {
        return new ReportSink() {
            private final Tally tally = new Tally();
            private final BatchIndex index = new BatchIndex();
            private final boolean brief = count > DETAIL_LIMIT;

            {
                if (brief) {
                    out.println("Có " + count + " tệp: chỉ liệt kê chi tiết phát hiện của các tệp có lỗi.");
                }
            }

            @Override
            public void add(DocumentResult doc) {
                tally.add(doc);
                index.add(doc);
                out.println(header(doc, (int) tally.documents(), count, color));
                if (!brief || doc.count(Severity.ERROR) > 0) {
                    writeFindings(doc, out, color);
                }
            }

            @Override
            public void finish(RunTotals totals) {
                out.println();
                if (totals.interrupted()) {
                    out.println(INTERRUPTED + tally.documents() + " tệp đã kiểm tra xong được ghi vào kết quả.");
                }
                out.println(total(tally, baseline));
                skipped(totals, out);
                copies(index.copies(), out);
                if (!totals.links().isEmpty()) {
                    java.util.Set<String> parents = new java.util.LinkedHashSet<>();
                    totals.links().forEach(l -> parents.add(Labels.parentName(l.getParent())));
                    out.println("Liên kết với kế hoạch cấp trên: " + totals.links().size() + " kế hoạch cấp dưới"
                            + (parents.size() == 1 ? " của " + parents.iterator().next() : "") + ".");
                }
                if (totals.roster() != null) {
                    out.println(totals.notSubmitted().isEmpty()
                            ? "Danh sách đơn vị: cả " + totals.roster().size() + " đơn vị đã nộp kế hoạch."
                            : "Chưa nộp: " + totals.notSubmitted().size() + "/" + totals.roster().size() + " đơn vị trong danh sách ("
                                    + String.join("; ", totals.notSubmitted().stream().map(vn.plancheck.model.RosterUnit::label).toList()) + ").");
                }
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /** The first words of the line that says the run was stopped before its end (Ctrl-C). */
    public static final String INTERRUPTED = "Đã dừng giữa chừng theo yêu cầu (Ctrl-C): chỉ ";
    /** Files not checked listed one per line up to this many; the workbook lists them all. */
    static final int SKIPPED_LINES = 20;

    private static void skipped(ReportSink.RunTotals totals, PrintStream out) {
        if (totals.skippedFiles() <= 0) {
            return;
        }
        if (totals.skipped().isEmpty()) {
            out.println("Bỏ qua " + totals.skippedFiles() + " tệp không thuộc định dạng được hỗ trợ.");
            return;
        }
        out.println("Không kiểm tra " + totals.skippedFiles() + " tệp trong các thư mục:");
        int shown = 0;
        for (vn.plancheck.model.SkippedFile f : totals.skipped()) {
            if (shown++ == SKIPPED_LINES) {
                out.println("  … và " + (totals.skipped().size() - SKIPPED_LINES) + " tệp khác (xem trang “Tổng hợp” của sổ kết quả).");
                break;
            }
            out.println("  " + f.file() + ": " + f.reason());
        }
    }

    private static String header(DocumentResult doc, int index, int count, boolean color) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(index).append('/').append(count).append("] ").append(doc.getFile()).append(SEP);
        String counts = counts(doc.count(Severity.ERROR), doc.count(Severity.WARNING), doc.count(Severity.INFO))
                + (doc.dismissed() > 0 ? "; đã bỏ qua " + doc.dismissed() : "");
        if (doc.getStatus() == DocumentStatus.UNREADABLE) {
            sb.append(paint(Labels.status(doc), Severity.ERROR, color));
            if (!doc.getFindings().isEmpty()) {
                sb.append(SEP).append(counts);
            }
            return sb.toString();
        }
        Plan plan = doc.getPlan();
        if (plan != null) {
            // Absent facts are said to be absent, never filled in.
            sb.append(plan.getIssuer() != null ? oneLine(plan.getIssuer()) : "không rõ cơ quan ban hành").append(SEP);
            sb.append(plan.getNumberSymbol() != null ? "Số " + plan.getNumberSymbol() : "chưa có số").append(SEP);
            sb.append(plan.getIssueDate() != null ? "ngày " + Labels.date(plan.getIssueDate()) : "chưa có ngày").append(SEP);
        }
        Severity tone = doc.worst() == null || doc.getVerdict() == vn.plancheck.model.Verdict.NOT_A_PLAN ? null : doc.worst();
        return sb.append(tone == null ? Labels.status(doc) : paint(Labels.status(doc), tone, color)).append(": ").append(counts).toString();
    }

    /**
     * Findings in line order (as the model sorts them), in columns aligned within the document; those a reviewer
     * dismissed come last, after "đã bỏ qua N:", tagged with the decision and its reason instead of the severity.
     */
    private static void writeFindings(DocumentResult doc, PrintStream out, boolean color) {
        int whereWidth = 0;
        int idWidth = 0;
        for (Finding f : doc.getFindings()) {
            whereWidth = Math.max(whereWidth, width(Labels.where(f)));
            idWidth = Math.max(idWidth, width(f.getRuleId()));
        }
        for (Finding f : doc.getOpenFindings()) {
            Severity s = f.getSeverity();
            String tag = "[" + (s == null ? "?" : s.label()) + "]";
            out.println(line(f, whereWidth, paint(tag, s, color), width(tag), idWidth, oneLine(f.getMessage()) + marks(f)));
        }
        List<Finding> dismissed = doc.getDismissedFindings();
        if (!dismissed.isEmpty()) {
            out.println("  đã bỏ qua " + dismissed.size() + ":");
        }
        for (Finding f : dismissed) {
            String tag = "[" + f.getDecision().status().label() + "]";
            String why = f.getDecision().reason() == null ? oneLine(f.getMessage()) : "lý do: " + oneLine(f.getDecision().reason());
            out.println(line(f, whereWidth, tag, width(tag), idWidth, why + marks(f)));
        }
    }

    private static String line(Finding f, int whereWidth, String tag, int tagWidth, int idWidth, String text) {
        return "  " + pad(Labels.where(f), whereWidth) + "  " + tag + " ".repeat(Math.max(1, TAG_WIDTH - tagWidth))
                + pad(f.getRuleId(), idWidth) + "  " + text + quoted(f.getQuote());
    }

    /** " (mới)" for a finding new since the baseline; a note on one marked fixed that is still there. */
    private static String marks(Finding f) {
        String m = "";
        if (f.getDecision() != null && f.getDecision().status() == DecisionStatus.FIXED) {
            m += " (đã đánh dấu “" + DecisionStatus.FIXED.label() + "” nhưng vẫn còn)";
        }
        if (Boolean.TRUE.equals(f.getNewSinceBaseline())) {
            m += " (mới)";
        }
        return m;
    }

    private static String total(Tally t, boolean baseline) {
        String files = "Đã kiểm tra " + t.documents() + " tệp"
                + (t.unreadable() > 0 ? " (" + t.unreadable() + " không đọc được)" : "");
        return files + ": " + counts(t.errors(), t.warnings(), t.infos())
                + (t.dismissed() > 0 ? "; đã bỏ qua " + t.dismissed() : "")
                + (baseline ? "; " + t.newFindings() + " phát hiện mới so với lần trước" : "") + ".";
    }

    private static String counts(long errors, long warnings, long infos) {
        return errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin";
    }

    private static String paint(String text, Severity s, boolean color) {
        if (!color || s == null) {
            return text;
        }
        String code = switch (s) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
        return code + text + RESET;
    }

    /** Messages are one sentence, but a stray line break would break the one-finding-per-line layout. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** " — “quote”" on one line, cut to {@link #QUOTE_WIDTH} columns with "…"; nothing when there is no quote. */
    private static String quoted(String quote) {
        if (quote == null) {
            return "";
        }
        // A quote from a table row may hold tabs and line breaks: each shows as one space. Runs of plain spaces
        // stay, since a gap can be the finding itself ("Số:      /KH-UBND", a number left blank).
        String q = Normalizer.normalize(quote, Normalizer.Form.NFC).replaceAll(" *[\\t\\r\\n\\f\\u000B]+ *", " ").strip();
        if (q.isEmpty()) {
            return "";
        }
        if (width(q) > QUOTE_WIDTH) {
            q = q.substring(0, q.offsetByCodePoints(0, QUOTE_WIDTH - 1)).stripTrailing() + "…";
        }
        return " — “" + q + "”";
    }

    private static String pad(String s, int width) {
        String v = s == null ? "" : s;
        return v + " ".repeat(Math.max(0, width - width(v)));
    }

    /** Columns on screen: code points after NFC, so decomposed diacritics do not count twice. */
    private static int width(String s) {
        if (s == null) {
            return 0;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length());
    }

    private static int widest() {
        int w = 0;
        for (Severity s : Severity.values()) {
            w = Math.max(w, width(s.label()));
        }
        return w;
    }

    /** Groups of copies named on the console; the workbook lists them all. */
    static final int COPY_GROUPS_SHOWN = 10;
    /** Files named of each group; the others are counted. */
    static final int COPIES_NAMED = 4;

    /**
     * The files that hold the same text. A folder with many copies (an auditor's hundreds of plans, sent twice) must
     * not flood the console with one line of thousands of names: a few groups, a few names each, and the counts.
     */
    static void copies(List<List<BatchIndex.Entry>> copies, PrintStream out) {
        if (copies.isEmpty()) {
            return;
        }
        if (copies.size() == 1 && copies.get(0).size() <= COPIES_NAMED) {
            out.println("Cùng một văn bản ở nhiều tệp (tính một lần): " + named(copies.get(0)) + ".");
            return;
        }
        out.println("Cùng một văn bản ở nhiều tệp (tính một lần): " + copies.size() + " nhóm, "
                + copies.stream().mapToInt(List::size).sum() + " tệp.");
        for (List<BatchIndex.Entry> group : copies.subList(0, Math.min(COPY_GROUPS_SHOWN, copies.size()))) {
            out.println("  - " + named(group));
        }
        if (copies.size() > COPY_GROUPS_SHOWN) {
            out.println("  … và " + (copies.size() - COPY_GROUPS_SHOWN) + " nhóm khác (xem sổ kết quả).");
        }
    }

    private static String named(List<BatchIndex.Entry> group) {
        List<String> names = group.stream().limit(COPIES_NAMED).map(BatchIndex.Entry::name).toList();
        String more = group.size() > COPIES_NAMED ? " và " + (group.size() - COPIES_NAMED) + " tệp khác" : "";
        return String.join(" + ", names) + more;
    }
}
