package vn.plancheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import vn.plancheck.model.Category;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Suggestion;

/**
 * The global {@code findings} every rule file declares. A rule's consequence is one line,
 * {@code findings.report(drools, line, evidence, message)}; ID, severity, category and legal basis
 * come from the rule's own metadata so that authors never repeat them.
 */
public final class FindingCollector {
    /** Appended to findings downgraded because OCR alone may have caused them. */
    static final String OCR_NOTE = " (Văn bản có dấu hiệu nhận dạng OCR; mức độ được hạ, cần đối chiếu bản gốc.)";

    private final boolean ocrText;
    private final List<Finding> findings = new ArrayList<>();
    private final RuleFaults faults;

    /** @param ocrText the document looks like OCR output: rules marked {@code @ocr("sensitive")} are downgraded */
    public FindingCollector(boolean ocrText) {
        this(ocrText, null);
    }

    /** @param faults where a rule that throws is recorded ({@link RuleFaultHandler}), or null to let it throw */
    FindingCollector(boolean ocrText, RuleFaults faults) {
        this.ocrText = ocrText;
        this.faults = faults;
    }

    /** The faults of this evaluation, or null. */
    RuleFaults faults() {
        return faults;
    }

    /** Records a finding for the rule that is firing. */
    public void report(RuleContext drools, int line, String evidence, String message) {
        report(drools, line, evidence, message, null, null);
    }

    /**
     * Records a finding whose rule knows the right value: {@code found} (words of the evidence as written) should read
     * {@code replacement}. A reviewer's copy offers it as a correction (a tracked change in Word); the finding is the
     * same as without it.
     */
    public void report(RuleContext drools, int line, String evidence, String message, String found, String replacement) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        RuleMetadata m = RuleMetadata.of(drools.getRule().getName(), meta);
        Severity severity = m.severity();
        String text = message;
        if (ocrText && m.ocrSensitive()) {
            severity = severity.downgraded();
            text = message + OCR_NOTE;
        }
        findings.add(new Finding(m.id(), m.category(), severity, text, line, clip(evidence), m.basis())
                .withSuggestion(Suggestion.of(found, replacement)));
    }

    /** The same, for rules compiled to the executable model (the compiled-rules cache), where {@code drools} is a {@code Drools}. */
    public void report(org.drools.model.Drools drools, int line, String evidence, String message) {
        // the exec model's Drools implementation is also the RuleContext that carries the rule's metadata
        report((RuleContext) drools, line, evidence, message);
    }

    /** The same with a correction, for the executable model. */
    public void report(org.drools.model.Drools drools, int line, String evidence, String message, String found, String replacement) {
        report((RuleContext) drools, line, evidence, message, found, replacement);
    }

    /** Same as {@link #report(RuleContext, int, String, String)} for findings about the whole document. */
    public void report(RuleContext drools, String message) {
        report(drools, 0, null, message);
    }

    public List<Finding> findings() {
        return findings;
    }

    private static String clip(String evidence) {
        if (evidence == null) {
            return null;
        }
        String e = evidence.strip();
        return e.length() > 300 ? e.substring(0, 297) + "…" : e;
    }

    /** The metadata every rule carries, read and checked in one place. */
    record RuleMetadata(String id, Category category, Severity severity, String basis, String title, boolean ocrSensitive) {
        static RuleMetadata of(String ruleName, Map<String, Object> meta) {
            String id = str(meta.get("id"));
            return new RuleMetadata(id == null ? ruleName : id,
                    parse(Category.class, str(meta.get("category")), Category.FORM),
                    parse(Severity.class, str(meta.get("severity")), Severity.WARNING),
                    str(meta.get("basis")), str(meta.get("title")),
                    "sensitive".equalsIgnoreCase(str(meta.get("ocr"))));
        }

        static String str(Object o) {
            if (o == null) {
                return null;
            }
            String s = o.toString().trim();
            // the DRL parser may keep the quotes of @id("X")
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1);
            }
            return s.isEmpty() ? null : s;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String v, E fallback) {
            if (v == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        }
    }
}
