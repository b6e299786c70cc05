package vn.plancheck.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.link.PlanProfile;
import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.model.RuleInfo;

/**
 * Runs the rule self-tests under {@code rules/tests/}: small plans in plain text whose lines starting with
 * {@code ##!} say which rules must fire ({@code ##! expect ID [line=N] [severity=S]}) and which must not
 * ({@code ##! expect-none ID}), and which plan profile the plan must be read as ({@code ##! profile ID}). Directive
 * lines are blanked, so line numbers stay those an editor shows.
 * Shared by {@code plancheck rules test} and the JUnit suite. Every rule must have at least one case where
 * it fires and one where it must not.
 */
public final class SelfTestRunner {
    private static final Pattern DIRECTIVE = Pattern.compile("^##!\\s*(expect-none|expect)\\s+([A-Z0-9-]+)((?:\\s+\\w+=\\S+)*)\\s*$");
    /** {@code ##! parent FILE}: check the case against this parent plan (a path relative to the case's folder). */
    private static final Pattern PARENT = Pattern.compile("^##!\\s*parent\\s+(\\S+)\\s*$");
    /** "##! only": the case's "expect" lines are all it may find; any other finding is a false alarm. */
    private static final Pattern ONLY = Pattern.compile("^##!\\s*only\\s*$");
    private static final Pattern OPTION = Pattern.compile("(\\w+)=(\\S+)");
    /** {@code ##! profile ID}: the plan must be read as a plan of this profile (rules/data/plan-profiles.csv). */
    private static final Pattern PROFILE = Pattern.compile("^##!\\s*profile\\s+([A-Z0-9_]+)\\s*$");

    /** One self-test file and its outcome. */
    public record CaseResult(String name, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** All outcomes, including the catalog-coverage check as extra cases. */
    public record Report(List<CaseResult> cases) {
        public long passed() {
            return cases.stream().filter(CaseResult::passed).count();
        }

        public long failed() {
            return cases.size() - passed();
        }
    }

    private final Checker checker;

    public SelfTestRunner(Checker checker) {
        this.checker = checker;
    }

    public Report run(Path testsDir, String displayPrefix) throws IOException {
        List<CaseResult> cases = new ArrayList<>();
        Set<String> fires = new HashSet<>();
        Set<String> quiet = new HashSet<>();
        Set<String> profiles = new HashSet<>();
        List<Path> files;
        if (Files.isDirectory(testsDir)) {
            try (Stream<Path> s = Files.walk(testsDir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        } else {
            files = List.of();
        }
        Set<String> known = new HashSet<>();
        for (RuleInfo r : checker.rules().catalog()) {
            known.add(r.getId());
        }
        for (Path f : files) {
            String name = displayPrefix + "/" + testsDir.relativize(f).toString().replace('\\', '/');
            cases.add(runCase(f, name, known, fires, quiet, profiles));
        }
        for (RuleInfo r : checker.rules().catalog()) {
            if ("chương trình".equals(r.getSource())) {
                continue; // the program's own checks (input, rule faults) are tested by the program's own tests
            }
            List<String> missing = new ArrayList<>();
            if (!fires.contains(r.getId())) {
                missing.add("thiếu ví dụ mà quy tắc phải phát hiện (##! expect " + r.getId() + ")");
            }
            if (!quiet.contains(r.getId())) {
                missing.add("thiếu ví dụ mà quy tắc không được phát hiện (##! expect-none " + r.getId() + ")");
            }
            cases.add(new CaseResult("Quy tắc " + r.getId() + " có đủ ví dụ", missing));
        }
        // a profile nobody has seen recognised may never match: every profile needs a plan that is read as one of it
        for (Object f : checker.rules().referenceData().facts()) {
            if (f instanceof vn.plancheck.model.Profile p) {
                cases.add(new CaseResult("Hồ sơ " + p.getId() + " có ví dụ", profiles.contains(p.getId()) ? List.of()
                        : List.of("thiếu ví dụ kế hoạch thuộc hồ sơ này (##! profile " + p.getId() + ")")));
            }
        }
        return new Report(cases);
    }

    /** A plan file with its directive lines blanked (a parent plan may itself be a self-test case). */
    private static SourceText blanked(Path file, String name) throws IOException {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("##!")) {
                lines[i] = "";
            }
        }
        return SourceText.ofString(name, String.join("\n", lines));
    }

    private CaseResult runCase(Path file, String name, Set<String> known, Set<String> fires, Set<String> quiet,
                               Set<String> profiles) throws IOException {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n", -1);
        List<String> failures = new ArrayList<>();
        record Expect(boolean none, String id, Integer line, String severity, int at) {
        }
        List<Expect> expects = new ArrayList<>();
        PlanProfile parent = null;
        boolean only = false;
        String profile = null;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("##!")) {
                continue;
            }
            if (ONLY.matcher(lines[i].strip()).matches()) {
                only = true;
                lines[i] = "";
                continue;
            }
            Matcher prof = PROFILE.matcher(lines[i].strip());
            if (prof.matches()) {
                profile = prof.group(1);
                lines[i] = "";
                continue;
            }
            Matcher pm = PARENT.matcher(lines[i].strip());
            if (pm.matches()) {
                Path pf = file.resolveSibling(pm.group(1));
                if (!Files.isRegularFile(pf)) {
                    failures.add("dòng " + (i + 1) + ": không tìm thấy kế hoạch cấp trên " + pm.group(1));
                } else {
                    SourceText pt = blanked(pf, pm.group(1));
                    parent = PlanProfile.of(checker.parse(pt), pt);
                }
                lines[i] = "";
                continue;
            }
            Matcher m = DIRECTIVE.matcher(lines[i].strip());
            if (!m.matches()) {
                failures.add("dòng " + (i + 1) + ": chỉ dẫn không hợp lệ: " + lines[i]);
            } else {
                Integer line = null;
                String severity = null;
                Matcher o = OPTION.matcher(m.group(3));
                while (o.find()) {
                    if (o.group(1).equals("line")) {
                        line = Integer.valueOf(o.group(2));
                    } else if (o.group(1).equals("severity")) {
                        severity = o.group(2);
                    }
                }
                expects.add(new Expect(m.group(1).equals("expect-none"), m.group(2), line, severity, i + 1));
            }
            lines[i] = "";
        }
        if (expects.isEmpty() && !only && profile == null) {
            failures.add("không có chỉ dẫn ##! expect hoặc ##! expect-none nào");
        }
        DocumentResult result = checker.checkText(SourceText.ofString(name, String.join("\n", lines)), parent);
        if (profile != null) {
            String read = result.getPlan() == null ? null : result.getPlan().getProfile();
            if (profile.equals(read)) {
                profiles.add(profile);
            } else {
                failures.add("kế hoạch phải thuộc hồ sơ " + profile + " nhưng được đọc là " + (read == null ? "không thuộc hồ sơ nào" : read));
            }
        }
        for (Expect e : expects) {
            if (!known.contains(e.id())) {
                failures.add("dòng " + e.at() + ": mã quy tắc " + e.id() + " không có trong danh mục");
                continue;
            }
            List<Finding> hits = result.getFindings().stream().filter(f -> f.getRuleId().equals(e.id())).toList();
            if (e.none()) {
                quiet.add(e.id());
                if (!hits.isEmpty()) {
                    failures.add(e.id() + " không được phát hiện nhưng đã phát hiện ở dòng " + hits.get(0).getLine() + ": " + hits.get(0).getMessage());
                }
                continue;
            }
            fires.add(e.id());
            List<Finding> matching = hits.stream()
                    .filter(f -> e.line() == null || f.getLine() == e.line())
                    .filter(f -> e.severity() == null || f.getSeverity().name().equals(e.severity()))
                    .toList();
            if (matching.isEmpty()) {
                failures.add(e.id() + " phải được phát hiện" + (e.line() == null ? "" : " ở dòng " + e.line())
                        + (e.severity() == null ? "" : " với mức " + e.severity())
                        + (hits.isEmpty() ? " nhưng không thấy" : " nhưng thấy: " + hits.stream().map(f -> "dòng " + f.getLine() + " " + f.getSeverity()).toList()));
            }
        }
        for (Finding f : result.getFindings()) {
            if (f.getCategory() == vn.plancheck.model.Category.RULE) {
                failures.add(f.getRuleId() + ": " + f.getMessage());
            }
        }
        if (only) {
            Set<String> expected = new java.util.HashSet<>();
            for (Expect e : expects) {
                if (!e.none()) {
                    expected.add(e.id());
                }
            }
            for (Finding f : result.getFindings()) {
                if (!expected.contains(f.getRuleId())) {
                    failures.add("##! only: phát hiện ngoài danh sách " + f.getRuleId() + " ở dòng " + f.getLine() + ": " + f.getMessage());
                }
            }
        }
        return new CaseResult(name, failures);
    }
}
