package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import vn.plancheck.model.Category;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;

/**
 * The catalog of rules in force, generated from rule metadata so that no hand-written list can drift.
 * It also enforces the "rules about rules": every rule has a well-formed, unique {@code @id} equal to its name,
 * a known {@code @category} matching the ID's prefix, a {@code @severity}, a {@code @title} and a {@code @basis}.
 */
final class RuleCatalog {
    private static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");

    /** Checks the program itself makes before any rule runs (a file that cannot be read has no plan to evaluate). */
    static final List<RuleInfo> BUILT_IN = List.of(
            new RuleInfo("INPUT-UNREADABLE", Category.INPUT, Severity.ERROR,
                    "Tệp không đọc được (rỗng, hỏng, đặt mật khẩu, quá lớn hoặc định dạng không hỗ trợ)",
                    "Nghị định 30/2020/NĐ-CP, Điều 8 (văn bản phải đọc được đủ thành phần thể thức)", "chương trình"),
            new RuleInfo("INPUT-NO-TEXT-LAYER", Category.INPUT, Severity.ERROR,
                    "Tệp là bản scan không có lớp văn bản (PDF scan, ảnh dán vào Word), cần OCR trước khi kiểm tra",
                    "Nghị định 30/2020/NĐ-CP, Điều 8", "chương trình"),
            new RuleInfo("INPUT-LEGACY-ENCODING", Category.INPUT, Severity.ERROR,
                    "Tệp dùng bảng mã cũ (TCVN3, VNI) thay vì Unicode",
                    "Nghị định 30/2020/NĐ-CP, Phụ lục I (phông chữ tiếng Việt Unicode TCVN 6909:2001)", "chương trình"),
            new RuleInfo("INPUT-LEGACY-CONVERTED", Category.INPUT, Severity.INFO,
                    "Tệp dùng bảng mã TCVN3 (ABC) cũ, đã được chuyển sang Unicode để kiểm tra",
                    "Nghị định 30/2020/NĐ-CP, Phụ lục I (phông chữ tiếng Việt Unicode TCVN 6909:2001)", "chương trình"),
            new RuleInfo("INPUT-TIME-LIMIT", Category.INPUT, Severity.ERROR,
                    "Văn bản chưa được kiểm tra hết: vượt giới hạn thời gian cho một văn bản",
                    "Nghị định 30/2020/NĐ-CP, Điều 8 (văn bản phải đọc được đủ thành phần thể thức)", "chương trình"));

    private RuleCatalog() {
    }

    /**
     * What the catalog reads of one rule: its package, name, metadata and, from the classic engine, the file it was
     * read from (null from the executable model). Taken from a KieBase, or from the compiled-rules cache, which
     * stores it next to the compiled rules so the catalog is known before the KieBase is built.
     */
    record Declared(String pkg, String name, Map<String, Object> meta, String sourcePath) {
    }

    /** The rules of {@code kbase} as the catalog reads them. */
    static List<Declared> declared(KieBase kbase) {
        List<Declared> out = new ArrayList<>();
        for (KiePackage pkg : kbase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String path = rule instanceof RuleImpl impl && impl.getResource() != null ? impl.getResource().getSourcePath() : null;
                out.add(new Declared(pkg.getName(), rule.getName(), rule.getMetaData(), path));
            }
        }
        return out;
    }

    static List<RuleInfo> build(KieBase kbase, Path rulesDir, List<Path> files, String displayPrefix, List<RuleError> errors) {
        return build(declared(kbase), rulesDir, files, displayPrefix, errors);
    }

    static List<RuleInfo> build(List<Declared> rules, Path rulesDir, List<Path> files, String displayPrefix, List<RuleError> errors) {
        return build(rules, locate(rulesDir, files), displayPrefix, errors);
    }

    static List<RuleInfo> build(List<Declared> rules, Located files, String displayPrefix, List<RuleError> errors) {
        List<RuleInfo> out = new ArrayList<>(BUILT_IN);
        out.addAll(RuleFaults.CATALOG);
        Map<String, String> seen = new HashMap<>();
        for (Declared rule : rules) {
            String rel = files.sourceOf(rule);
            String display = rel == null ? displayPrefix : displayPrefix + "/" + rel;
            int line = rel == null ? 0 : files.lineOf(rel, rule.name());
            FindingCollector.RuleMetadata m = FindingCollector.RuleMetadata.of(rule.name(), rule.meta());
            List<String> problems = problems(rule, m);
            for (String p : problems) {
                errors.add(new RuleError(display, line, "quy tắc \"" + rule.name() + "\": " + p));
            }
            boolean variant = !rule.name().equals(m.id());
            if (!variant) {
                String prev = seen.putIfAbsent(m.id(), display);
                if (prev != null) {
                    errors.add(new RuleError(display, line, "mã quy tắc " + m.id() + " trùng với một quy tắc trong " + prev));
                }
            }
            if (problems.isEmpty()) {
                merge(out, new RuleInfo(m.id(), m.category(), m.severity(), m.title(), m.basis(), display), variant);
            }
        }
        out.sort(Comparator.comparing((RuleInfo r) -> r.getCategory().ordinal()).thenComparing(RuleInfo::getId));
        return out;
    }

    /** Where a rule is written ("rules/ref.drl, dòng 120", the file alone when the line is unknown) and its basis. */
    record Source(String where, String basis) {
    }

    /** Each rule's {@link Source}, by rule name. */
    static Map<String, Source> sources(KieBase kbase, Path rulesDir, List<Path> files, String displayPrefix) {
        return sources(declared(kbase), rulesDir, files, displayPrefix);
    }

    static Map<String, Source> sources(List<Declared> rules, Path rulesDir, List<Path> files, String displayPrefix) {
        return sources(rules, locate(rulesDir, files), displayPrefix);
    }

    static Map<String, Source> sources(List<Declared> rules, Located files, String displayPrefix) {
        Map<String, Source> out = new HashMap<>();
        for (Declared rule : rules) {
            String rel = files.sourceOf(rule);
            int line = rel == null ? 0 : files.lineOf(rel, rule.name());
            String where = rel == null ? null : displayPrefix + "/" + rel + (line > 0 ? ", dòng " + line : "");
            out.put(rule.name(), new Source(where, FindingCollector.RuleMetadata.str(rule.meta().get("basis"))));
        }
        return out;
    }

    /**
     * A rule may have variants named "ID (…)" that report the same ID at another severity (a blank number in a
     * draft is INFO, a missing one an ERROR); the catalog shows the ID once, with its main rule's text and the
     * most serious severity it can have.
     */
    private static void merge(List<RuleInfo> out, RuleInfo info, boolean variant) {
        for (int i = 0; i < out.size(); i++) {
            RuleInfo o = out.get(i);
            if (o.getId().equals(info.getId())) {
                RuleInfo main = variant ? o : info;
                Severity worst = o.getSeverity().atLeast(info.getSeverity()) ? o.getSeverity() : info.getSeverity();
                out.set(i, new RuleInfo(main.getId(), main.getCategory(), worst, main.getTitle(), main.getBasis(), main.getSource()));
                return;
            }
        }
        out.add(info);
    }

    private static List<String> problems(Declared rule, FindingCollector.RuleMetadata m) {
        Map<String, Object> meta = rule.meta();
        List<String> p = new ArrayList<>();
        String id = FindingCollector.RuleMetadata.str(meta.get("id"));
        if (id == null) {
            p.add("thiếu @id");
        } else {
            if (!id.equals(rule.name()) && !rule.name().startsWith(id + " (")) {
                p.add("@id(\"" + id + "\") phải trùng tên quy tắc (hoặc tên dạng \"" + id + " (biến thể)\")");
            }
            if (!ID.matcher(id).matches()) {
                p.add("@id phải viết hoa không dấu, dạng NHÓM-CHỦ-ĐỀ-VẤN-ĐỀ");
            }
        }
        checkEnum(p, meta, "category", Category.class);
        checkEnum(p, meta, "severity", Severity.class);
        if (id != null && FindingCollector.RuleMetadata.str(meta.get("category")) != null
                && !id.startsWith(FindingCollector.RuleMetadata.str(meta.get("category")) + "-")) {
            p.add("mã quy tắc phải bắt đầu bằng nhóm @category");
        }
        if (FindingCollector.RuleMetadata.str(meta.get("basis")) == null) {
            p.add("thiếu @basis (căn cứ pháp lý)");
        }
        if (FindingCollector.RuleMetadata.str(meta.get("title")) == null) {
            p.add("thiếu @title (mô tả ngắn)");
        }
        return p;
    }

    private static <E extends Enum<E>> void checkEnum(List<String> p, Map<String, Object> meta, String key, Class<E> type) {
        String v = FindingCollector.RuleMetadata.str(meta.get(key));
        if (v == null) {
            p.add("thiếu @" + key);
            return;
        }
        try {
            Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            p.add("@" + key + "(\"" + v + "\") không hợp lệ; dùng một trong " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * The rule file a rule comes from. The classic engine records it on the rule; rules loaded from the
     * compiled cache do not, so the rule files are searched for the rule's declaration instead.
     */
    static Located locate(Path rulesDir, List<Path> files) {
        return new Located(rulesDir, files);
    }

    /**
     * The rule files' texts, read once, and where each {@code rule "NAME"} first stands in them, found in one pass
     * over each text (searching every text for every rule cost a tenth of a second of a single draft's start).
     * Gives what {@link RuleCatalog#sourceOf} and {@link RuleCatalog#lineOf} give, searching the texts only for a
     * name the pass did not see.
     */
    static final class Located {
        private static final String DECLARATION = "rule \"";
        private final Map<String, String> texts = new HashMap<>();
        /** The first file, in the order {@link #sourceOf} searches them, where the name is declared. */
        private final Map<String, String> fileOf = new HashMap<>();
        /** By file, then name: the line of the name's first declaration. */
        private final Map<String, Map<String, Integer>> lines = new HashMap<>();

        private Located(Path rulesDir, List<Path> files) {
            for (Path f : files) {
                texts.put(rulesDir.relativize(f).toString().replace('\\', '/'), read(f));
            }
            for (Map.Entry<String, String> e : texts.entrySet()) {
                String t = e.getValue();
                Map<String, Integer> inFile = lines.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                int line = 1;
                int counted = 0;
                for (int i = t.indexOf(DECLARATION); i >= 0; i = t.indexOf(DECLARATION, i + 1)) {
                    int end = t.indexOf('"', i + DECLARATION.length());
                    if (end < 0) {
                        break;
                    }
                    for (; counted < i; counted++) {
                        if (t.charAt(counted) == '\n') {
                            line++;
                        }
                    }
                    String name = t.substring(i + DECLARATION.length(), end);
                    fileOf.putIfAbsent(name, e.getKey());
                    inFile.putIfAbsent(name, line);
                }
            }
        }

        String sourceOf(Declared rule) {
            if (rule.sourcePath() == null) {
                String f = fileOf.get(rule.name());
                if (f != null) {
                    return f;
                }
            }
            return RuleCatalog.sourceOf(rule, texts);
        }

        int lineOf(String rel, String ruleName) {
            Integer line = lines.getOrDefault(rel, Map.of()).get(ruleName);
            return line != null ? line : RuleCatalog.lineOf(texts.get(rel), ruleName);
        }
    }

    private static String sourceOf(Declared rule, Map<String, String> fileTexts) {
        if (rule.sourcePath() != null) {
            return RuleCompiler.relative(rule.sourcePath());
        }
        for (Map.Entry<String, String> e : fileTexts.entrySet()) {
            if (e.getValue().contains("rule \"" + rule.name() + "\"")) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException | RuntimeException e) {
            return ""; // a decision table is binary; its rules are located by the classic build only
        }
    }

    private static int lineOf(String text, String ruleName) {
        if (text == null) {
            return 0;
        }
        int idx = text.indexOf("rule \"" + ruleName + "\"");
        if (idx < 0) {
            return 0;
        }
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }
}
