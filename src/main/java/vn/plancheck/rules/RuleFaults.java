package vn.plancheck.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.model.Category;
import vn.plancheck.model.Finding;
import vn.plancheck.model.RuleInfo;
import vn.plancheck.model.Severity;

/**
 * What went wrong with the rules (not the document) while one plan was evaluated: a rule that threw in its
 * condition or its consequence, a rule that kept firing, the time running out. Each becomes one finding of the
 * category {@link Category#RULE} that names the rule and where it is written ("rules/ref.drl, dòng 120"), so the
 * official who maintains the rules knows what to fix, and the reviewer reads that the document is not at fault.
 * One instance per evaluation; not thread-safe.
 */
final class RuleFaults {
    static final String FAULT = "RULE-FAULT";
    static final String LOOP = "RULE-LOOP";
    static final String TIME_LIMIT = "RULE-TIME-LIMIT";
    /** The catalog's basis; a finding about one rule carries that rule's own basis, the check it could not make. */
    static final String BASIS = "Văn bản nêu ở căn cứ pháp lý của quy tắc bị lỗi (quy tắc không chạy được nên chưa kiểm tra được theo căn cứ đó)";
    private static final String NOT_THE_DOCUMENT = "Đây là lỗi quy tắc, không phải lỗi văn bản";

    /** The program's own rule checks, for the catalog. */
    static final List<RuleInfo> CATALOG = List.of(
            new RuleInfo(FAULT, Category.RULE, Severity.ERROR,
                    "Quy tắc gặp lỗi khi chạy (lỗi quy tắc, không phải lỗi văn bản)", BASIS, "chương trình"),
            new RuleInfo(LOOP, Category.RULE, Severity.ERROR,
                    "Quy tắc chạy lặp không dừng, bị ngắt theo giới hạn số lần kích hoạt", BASIS, "chương trình"),
            new RuleInfo(TIME_LIMIT, Category.RULE, Severity.ERROR,
                    "Áp dụng quy tắc vượt giới hạn thời gian cho một văn bản", BASIS, "chương trình"));

    /** "[Rule "X" in rules/x.drl]" in Drools' constraint errors, classic and executable model alike. */
    private static final Pattern RULE_TAG = Pattern.compile("\\[Rule \"([^\"]+)\" in ");
    /** "ruleNameMap={rules/x.drl=[A, B]}": every rule sharing a constraint that threw. */
    private static final Pattern RULE_MAP = Pattern.compile("ruleNameMap=\\{([^}]*)}");

    private final Map<String, RuleCatalog.Source> sources;
    private final Map<String, Fault> faults = new LinkedHashMap<>();
    private final List<Finding> loops = new ArrayList<>();
    private final List<Finding> limits = new ArrayList<>();

    /** @param sources rule name → where it is written ("rules/x.drl, dòng N") and its basis */
    RuleFaults(Map<String, RuleCatalog.Source> sources) {
        this.sources = sources;
    }

    private record Fault(String ruleName, boolean condition, Throwable first, int[] count) {
    }

    /** A consequence ("then") threw; the other matches and rules go on. */
    void consequence(String ruleName, Throwable e) {
        faults.computeIfAbsent(ruleName, n -> new Fault(n, false, e, new int[1])).count()[0]++;
    }

    /** Forgets the consequence faults of an evaluation that is started again (they are recorded anew). */
    void restart() {
        faults.values().removeIf(f -> !f.condition());
        limits.clear();
    }

    /** A condition ("when": a constraint or an eval) threw; the rule is left out for this document. */
    void condition(String ruleName, Throwable e) {
        faults.computeIfAbsent(ruleName, n -> new Fault(n, true, e, new int[1])).count()[0]++;
    }

    /** A condition threw and the rule could not be told: the evaluation of this document stops there. */
    void unknownCondition(Throwable e) {
        limits.add(finding(FAULT, "Một quy tắc gặp lỗi khi xét điều kiện trên văn bản này (" + describe(e)
                + ") và không xác định được là quy tắc nào, nên việc áp dụng quy tắc dừng lại ở đây. " + NOT_THE_DOCUMENT
                + "; các phát hiện đã có được giữ lại. Chạy ./plancheck rules test để tìm quy tắc lỗi."));
    }

    /**
     * The firing cap was reached: the rule that changed facts most (else the one that fired most) is named.
     *
     * @param culprits rule name → how often its consequence changed a fact (or fired)
     * @return the looping rule, or null when none can be told
     */
    String loop(Map<String, Integer> culprits, Map<String, Integer> firings, int cap) {
        Map.Entry<String, Integer> top = most(culprits);
        String who = top == null ? "Một quy tắc" : "Quy tắc " + top.getKey() + where(top.getKey());
        Integer fired = top == null ? null : firings.get(top.getKey());
        loops.add(finding(LOOP, who + " chạy lặp không dừng: các quy tắc đã được kích hoạt quá " + cap
                + " lần trên văn bản này (giới hạn cho mỗi văn bản)" + (fired == null ? "" : ", riêng quy tắc này " + fired + " lần")
                + ". Thường là do quy tắc sửa (update, modify) chính dữ kiện mà nó so khớp mà không có thuộc tính no-loop. "
                + NOT_THE_DOCUMENT + (top == null ? "; các phát hiện đã có được giữ lại."
                        : "; quy tắc này được bỏ qua cho văn bản, các quy tắc khác được áp dụng lại không có nó."),
                top == null ? null : top.getKey()));
        return top == null ? null : top.getKey();
    }

    /** The document's time ran out while rules were firing. */
    void timeLimit(Map<String, Integer> firings, Duration limit) {
        Map.Entry<String, Integer> top = most(firings);
        limits.add(finding(TIME_LIMIT, "Việc áp dụng quy tắc trên văn bản này vượt giới hạn thời gian " + seconds(limit)
                + " cho mỗi văn bản và bị dừng" + (top == null ? "" : "; quy tắc được kích hoạt nhiều nhất: " + top.getKey()
                + where(top.getKey()) + ", " + top.getValue() + " lần") + ". " + NOT_THE_DOCUMENT
                + "; các phát hiện đã có được giữ lại.", top == null ? null : top.getKey()));
    }

    boolean isEmpty() {
        return faults.isEmpty() && loops.isEmpty() && limits.isEmpty();
    }

    /** One finding per faulty rule, then the limits reached. */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Fault f : faults.values()) {
            String times = f.count()[0] > 1 ? " (" + f.count()[0] + " lần)" : "";
            String part = f.condition() ? "khi xét điều kiện (phần when)" : "khi thực hiện kết luận (phần then)";
            String after = f.condition() ? "; quy tắc này không được áp dụng cho văn bản, các quy tắc khác vẫn được áp dụng."
                    : "; các quy tắc khác vẫn được áp dụng.";
            out.add(finding(FAULT, "Quy tắc " + f.ruleName() + where(f.ruleName()) + " gặp lỗi " + part + times + ": "
                    + describe(f.first()) + ". " + NOT_THE_DOCUMENT + after
                    + " Người quản lý quy tắc cần sửa quy tắc này (thử bằng ./plancheck rules test).", f.ruleName()));
        }
        out.addAll(loops);
        out.addAll(limits);
        return out;
    }

    /**
     * The rules a condition's exception names: Drools tags constraint errors with the rule(s) sharing the
     * constraint; an eval's error carries no name, and is then the rule whose conditions were being evaluated.
     */
    static Set<String> culprits(Throwable e) {
        Set<String> names = new LinkedHashSet<>();
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m == null) {
                continue;
            }
            Matcher tag = RULE_TAG.matcher(m);
            while (tag.find()) {
                names.add(tag.group(1));
            }
            Matcher map = RULE_MAP.matcher(m);
            while (map.find()) {
                for (Matcher list = Pattern.compile("\\[([^\\]]*)]").matcher(map.group(1)); list.find(); ) {
                    for (String n : list.group(1).split(",\\s*")) {
                        if (!n.isBlank()) {
                            names.add(n.strip());
                        }
                    }
                }
            }
        }
        return names;
    }

    /** "NullPointerException", "ArithmeticException: / by zero": the innermost cause, short. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        String name = root.getClass().getSimpleName();
        if (msg == null || msg.isBlank()) {
            return name;
        }
        String oneLine = msg.strip().replaceAll("\\s+", " ");
        return name + ": " + (oneLine.length() > 160 ? oneLine.substring(0, 157) + "…" : oneLine);
    }

    private String where(String ruleName) {
        RuleCatalog.Source s = sources.get(ruleName);
        return s == null || s.where() == null ? "" : " (" + s.where() + ")";
    }

    /** The basis of the rule a finding is about (the check it could not make), else the catalog's. */
    private String basis(String ruleName) {
        RuleCatalog.Source s = ruleName == null ? null : sources.get(ruleName);
        return s == null || s.basis() == null ? BASIS : s.basis();
    }

    private static Map.Entry<String, Integer> most(Map<String, Integer> firings) {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " giây" : String.format(java.util.Locale.ROOT, "%.1f giây", ms / 1000.0).replace('.', ',');
    }

    private Finding finding(String id, String message) {
        return finding(id, message, null);
    }

    /** @param ruleName the rule the finding is about (its name is the evidence), or null */
    private Finding finding(String id, String message, String ruleName) {
        return new Finding(id, Category.RULE, Severity.ERROR, message, 0, ruleName, basis(ruleName));
    }
}
