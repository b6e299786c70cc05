package vn.plancheck.report;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import vn.plancheck.model.Category;
import vn.plancheck.model.CheckRun;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Decision;
import vn.plancheck.model.DecisionStatus;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.DocSystem;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Section;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Signature;
import vn.plancheck.model.UnitRef;
import vn.plancheck.model.UnitRole;

/** Hand-built runs for the writer tests: two checked plans and one unreadable file. */
final class TestRuns {
    static final String FILE_1 = "ke-hoach/29-KH-UBND.docx";
    static final String FILE_2 = "du-thao/ke-hoach-xa.txt";
    static final String FILE_3 = "scan/ke-hoach-scan.pdf";
    static final String ISSUER_1 = "Ủy ban nhân dân thị trấn Thắng";
    static final String SCAN_ERROR = "PDF không có lớp văn bản (bản scan) — cần OCR";
    static final String DISSOLVED = "Sở Lao động - Thương binh và Xã hội đã hợp nhất từ 01/3/2025; đề nghị ghi tên đơn vị hiện nay.";

    static final String PDF_FILE = "pdf/12-KH-UBND.pdf";
    static final String DOCX_FILE = "word/29-KH-UBND.docx";
    static final String TXT_FILE = "txt/ke-hoach-xa.txt";
    /** 116 characters, past the console's quote width. */
    static final String LONG_QUOTE = "Tổ chức các hoạt động truyền thông, tư vấn, hỗ trợ trẻ em có hoàn cảnh đặc biệt "
            + "trong suốt Tháng hành động vì trẻ em";

    private TestRuns() {
    }

    /**
     * Findings placed in their original files, one document per format: a PDF (page and line on the page), a Word
     * file (a table cell and a paragraph) and a .txt (a line, a table row recognised in a line, a finding with a
     * line but not yet placed, and one about the whole document).
     */
    static CheckRun located() {
        DocumentResult pdf = checked(PDF_FILE,
                finding("FORM-NUMBER-MISSING", Category.FORM, Severity.ERROR, "Thiếu số văn bản.", 6, "Số: /KH-UBND")
                        .located(Location.pageLine(1, 6), "Số:      /KH-UBND"),
                finding("CONTENT-ACTIVITY-VAGUE", Category.CONTENT, Severity.WARNING, "Hoạt động chưa giao đơn vị chủ trì.",
                        140, LONG_QUOTE).located(Location.pageLine(4, 12), LONG_QUOTE));
        DocumentResult docx = checked(DOCX_FILE,
                finding("UNIT-DISSOLVED", Category.UNIT, Severity.ERROR, DISSOLVED, 67,
                        "Sở Lao động - Thương binh và Xã hội")
                        .located(Location.cell(1, 2, 1), "Sở Lao động – Thương binh và Xã hội"),
                finding("REPORT-DEADLINE-LATE", Category.REPORT, Severity.WARNING, "Hạn báo cáo muộn hơn kế hoạch cấp trên.",
                        185, "trước ngày 20/7/2024")
                        .located(Location.paragraph(96), "báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024"));
        DocumentResult txt = checked(TXT_FILE,
                finding("CONTENT-HOTLINE-MISSING", Category.CONTENT, Severity.INFO,
                        "Kế hoạch không nhắc Tổng đài quốc gia bảo vệ trẻ em 111.", 0, null),
                finding("FORM-TITLE-CASE", Category.FORM, Severity.INFO, "Tên loại văn bản viết chưa đúng.", 9, "Ke hoach"),
                finding("UNIT-DISSOLVED", Category.UNIT, Severity.ERROR, DISSOLVED, 12, "Sở Lao động")
                        .located(Location.line(12).inCell(1, 2, 1), "Sở Lao động\tchủ trì"),
                finding("FORM-DATE-MISSING", Category.FORM, Severity.ERROR, "Thiếu ngày ban hành.", 50,
                        "Tân Lập, ngày tháng năm 2025")
                        .located(Location.line(50), "Tân Lập, ngày   tháng   năm 2025"));
        return new CheckRun("0.1.0-test", List.of(pdf, docx, txt), rules(), 0);
    }

    private static Finding finding(String id, Category category, Severity severity, String message, int line,
                                   String evidence) {
        return new Finding(id, category, severity, message, line, evidence, "Nghị định 30/2020/NĐ-CP");
    }

    private static DocumentResult checked(String file, Finding... findings) {
        Plan p = new Plan();
        p.setFile(file);
        p.setIssuer("UBND xã Tân Lập");
        return new DocumentResult(file, DocumentStatus.CHECKED, null, p, List.of(findings));
    }

    /** 3 documents (1 unreadable): 2 errors, 1 warning, 2 infos. */
    static CheckRun sample() {
        return new CheckRun("0.1.0-test", List.of(checkedPlan(), draftPlan(), unreadable()), rules(), 2);
    }

    static DocumentResult checkedPlan() {
        Plan p = new Plan();
        p.setFile(FILE_1);
        p.setProfile("CHILD_ACTION_MONTH");
        p.setProfileName("Kế hoạch Tháng hành động vì trẻ em");
        p.setSystem(DocSystem.STATE);
        p.setIssuer(ISSUER_1);
        p.setNumberLinePresent(true);
        p.setNumber("29");
        p.setSymbol("KH-UBND");
        p.setDateLinePresent(true);
        p.setPlace("Thị trấn Thắng");
        p.setIssueDate(LocalDate.of(2024, 2, 16));
        p.setYear(2024);
        p.setTitle("Tổ chức Tháng hành động vì trẻ em năm 2024");
        p.setTheme("Hành động thiết thực, ưu tiên nguồn lực cho trẻ em");
        p.setPeriodStart(LocalDate.of(2024, 6, 1));
        p.setPeriodEnd(LocalDate.of(2024, 6, 30));
        Section s1 = new Section("I", 1, 1, "MỤC ĐÍCH, YÊU CẦU", 17);
        s1.setKinds(List.of("PURPOSE"));
        Section s2 = new Section("1", 2, 1, "Mục đích", 18);
        s2.setParentNumber("I");
        Section s3 = new Section("II", 1, 2, "NỘI DUNG", 25);
        s3.setKinds(List.of("CONTENT"));
        p.setSections(List.of(s1, s2, s3));

        Citation c1 = new Citation();
        c1.setDocType("KE_HOACH");
        c1.setNumberSymbol("53/KH-UBND");
        c1.setDate(LocalDate.of(2024, 2, 7));
        c1.setDateText("ngày 07/02/2024");
        c1.setIssuer("UBND huyện Hiệp Hòa");
        c1.setBasis(true);
        c1.setLine(12);
        c1.setText("Kế hoạch số 53/KH-UBND ngày 07/02/2024 của UBND huyện Hiệp Hòa");
        Citation c2 = new Citation();
        c2.setDocType("LUAT");
        c2.setLawName("Luật Trẻ em");
        c2.setLine(13);
        c2.setText("Luật Trẻ em năm 2016");
        p.setCitations(List.of(c1, c2));

        Deadline d1 = new Deadline();
        d1.setDate(LocalDate.of(2024, 7, 20));
        d1.setRecipient("UBND tỉnh");
        d1.setLine(185);
        d1.setText("báo cáo kết quả về UBND tỉnh trước ngày 20/7/2024");
        Deadline d2 = new Deadline();
        d2.setKind(Deadline.Kind.PERIODIC);
        d2.setLine(186);
        d2.setText("định kỳ sơ kết, tổng kết, báo cáo");
        p.setDeadlines(List.of(d1, d2));

        p.setUnits(List.of(new UnitRef("Sở Lao động - Thương binh và Xã hội", UnitRole.LEAD, 67, "Giao Sở Lao động …"),
                new UnitRef("Đoàn Thanh niên", UnitRole.SUPPORT, 70, "phối hợp")));
        p.setRecipients(List.of(new Recipient("Bộ Lao động – TBXH (b/c);", 190, true, false),
                new Recipient("Lưu: VT, VX3.", 191, false, true)));
        Signature sig = new Signature();
        sig.setAuthorityLines(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"));
        sig.setPosition("PHÓ CHỦ TỊCH");
        sig.setName("Tổng Thanh Hải");
        sig.setLine(192);
        p.setSignature(sig);

        List<Finding> findings = List.of(
                new Finding("REPORT-DEADLINE-LATE", Category.REPORT, Severity.WARNING,
                        "Hạn báo cáo 20/7/2024 muộn hơn hạn của kế hoạch cấp trên (15/7/2024).", 185,
                        "trước ngày 20/7/2024", "Kế hoạch 53/KH-UBND của UBND huyện Hiệp Hòa"),
                new Finding("UNIT-DISSOLVED", Category.UNIT, Severity.ERROR, DISSOLVED, 67,
                        "Sở Lao động - Thương binh và Xã hội", "Nghị quyết 176/2025/QH15"),
                new Finding("CONTENT-HOTLINE-MISSING", Category.CONTENT, Severity.INFO,
                        "Kế hoạch không nhắc Tổng đài quốc gia bảo vệ trẻ em 111.", 0, null,
                        "Thông tư 28/2019/TT-BLĐTBXH"));
        return new DocumentResult(FILE_1, DocumentStatus.CHECKED, null, p, findings);
    }

    static final String DISMISS_REASON = "Sở vẫn hoạt động đến hết năm theo quyết định của tỉnh";

    /**
     * {@link #sample()} after a review and against a baseline: in the first plan the dissolved unit is "Bỏ qua"
     * (with a reason), the late deadline "Đã sửa" yet still there, the hotline new since the baseline; the draft's
     * findings are both new.
     */
    static CheckRun decided() {
        DocumentResult plan = checkedPlan();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : plan.getFindings()) {
            Finding d = switch (f.getRuleId()) {
                case "UNIT-DISSOLVED" -> f.decided(new Decision(DecisionStatus.IGNORED, DISMISS_REASON, "Lan", LocalDate.of(2024, 3, 1)));
                case "REPORT-DEADLINE-LATE" -> f.decided(new Decision(DecisionStatus.FIXED, null, null, null));
                default -> f;
            };
            findings.add(d.comparedToBaseline(f.getRuleId().equals("CONTENT-HOTLINE-MISSING")));
        }
        DocumentResult draft = draftPlan();
        List<Finding> fresh = draft.getFindings().stream().map(f -> f.comparedToBaseline(true)).toList();
        return new CheckRun("0.1.0-test", List.of(plan.withFindings(findings), draft.withFindings(fresh)), rules(), 0);
    }

    static DocumentResult draftPlan() {
        Plan p = new Plan();
        p.setFile(FILE_2);
        p.setIssuer("UBND xã Tân Lập");
        p.setNumberLinePresent(true);
        p.setSymbol("KH-UBND");
        p.setDateLinePresent(true);
        p.setIssueYear(2025);
        List<Finding> findings = List.of(
                new Finding("FORM-NUMBER-MISSING", Category.FORM, Severity.INFO,
                        "Số văn bản để trống (dự thảo): văn thư điền số khi ban hành.", 3, "Số: /KH-UBND",
                        "Nghị định 30/2020/NĐ-CP, Phụ lục I"),
                new Finding("FORM-DATE-MISSING", Category.FORM, Severity.ERROR,
                        "Thiếu ngày ban hành.", 4, "Tân Lập, ngày   tháng   năm 2025",
                        "Nghị định 30/2020/NĐ-CP, Phụ lục I"));
        return new DocumentResult(FILE_2, DocumentStatus.CHECKED, null, p, findings);
    }

    static DocumentResult unreadable() {
        return new DocumentResult(FILE_3, DocumentStatus.UNREADABLE, SCAN_ERROR, null, List.of());
    }

    static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo("FORM-NUMBER-MISSING", Category.FORM, Severity.ERROR, "Thiếu số văn bản",
                        "Nghị định 30/2020/NĐ-CP, Phụ lục I", "rules/form.drl"),
                new RuleInfo("FORM-DATE-MISSING", Category.FORM, Severity.ERROR, "Thiếu ngày ban hành",
                        "Nghị định 30/2020/NĐ-CP, Phụ lục I", "rules/form.drl"),
                new RuleInfo("UNIT-DISSOLVED", Category.UNIT, Severity.ERROR, "Đơn vị đã giải thể hoặc hợp nhất",
                        "Nghị quyết 176/2025/QH15", "rules/unit.drl"),
                new RuleInfo("INPUT-UNREADABLE", Category.INPUT, Severity.ERROR, "Không đọc được tệp", null, "program"));
    }

    /** A run whose document list fails after the first document, as a crash mid-write would. */
    static CheckRun failingMidway() {
        DocumentResult first = checkedPlan();
        List<DocumentResult> docs = new AbstractList<>() {
            @Override
            public DocumentResult get(int index) {
                if (index > 0) {
                    throw new IllegalStateException("hỏng giữa chừng");
                }
                return first;
            }

            @Override
            public int size() {
                return 3;
            }
        };
        return new CheckRun("0.1.0-test", docs, rules(), 0);
    }

    /** {@code documents} plans with {@code perDocument} findings each; every other plan has an error. */
    static CheckRun many(int documents, int perDocument) {
        List<DocumentResult> docs = new ArrayList<>(documents);
        for (int d = 0; d < documents; d++) {
            List<Finding> findings = new ArrayList<>(perDocument);
            for (int i = 0; i < perDocument; i++) {
                Severity s = d % 2 == 0 && i == 0 ? Severity.ERROR : Severity.WARNING;
                findings.add(new Finding("TIME-PERIOD-" + i, Category.TIME, s,
                        "Thời gian thực hiện không khớp với năm của kế hoạch (phát hiện " + i + ").", i + 1,
                        "từ ngày 01/6 đến ngày 30/6/2023", "Thông tư 28/2019/TT-BLĐTBXH"));
            }
            Plan p = new Plan();
            p.setIssuer("UBND xã số " + d);
            docs.add(new DocumentResult("lo/ke-hoach-" + d + ".docx", DocumentStatus.CHECKED, null, p, findings));
        }
        return new CheckRun("0.1.0-test", docs, rules(), 0);
    }
}
