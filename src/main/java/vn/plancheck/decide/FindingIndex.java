package vn.plancheck.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Finding;
import vn.plancheck.text.VietText;

/**
 * Values (decisions, findings of an earlier run) looked up by what identifies a finding across runs: its rule, its
 * document ({@link DocumentRef}) and its quote folded (no diacritics, one space for any white space), never its line.
 * A finding without a quote is found by rule and document alone. When several findings of one document share rule
 * and quote (two sections missing, both placed at the title), the message tells them apart.
 */
final class FindingIndex<T> {
    private record Entry<T>(DocumentRef doc, String message, T value) {
    }

    private final Map<String, List<Entry<T>>> byQuote = new HashMap<>();
    private final Map<String, List<Entry<T>>> byRule = new HashMap<>();

    void add(String ruleId, String quote, String message, DocumentRef doc, T value) {
        Entry<T> e = new Entry<>(doc, VietText.fold(message), value);
        byQuote.computeIfAbsent(key(ruleId, quote), k -> new ArrayList<>()).add(e);
        byRule.computeIfAbsent(rule(ruleId), k -> new ArrayList<>()).add(e);
    }

    boolean isEmpty() {
        return byRule.isEmpty();
    }

    /**
     * The first value for this finding, or null.
     *
     * @param ambiguous other findings of the document have the same rule and quote: an entry that records a message
     *                  must then have the same message
     */
    T find(DocumentRef doc, String ruleId, String quote, String message, boolean ambiguous) {
        T hit = first(byQuote.get(key(ruleId, quote)), doc, message, ambiguous);
        if (hit == null && VietText.fold(quote).isEmpty()) {
            hit = first(byRule.get(rule(ruleId)), doc, message, ambiguous);
        }
        return hit;
    }

    /** The value for each finding of {@code doc}, in the order of {@link DocumentResult#getFindings()}; null where none. */
    List<T> findAll(DocumentResult doc) {
        DocumentRef ref = DocumentRef.of(doc);
        Map<String, Integer> shared = new HashMap<>();
        for (Finding f : doc.getFindings()) {
            shared.merge(key(f.getRuleId(), f.getQuote()), 1, Integer::sum);
        }
        List<T> out = new ArrayList<>(doc.getFindings().size());
        for (Finding f : doc.getFindings()) {
            boolean ambiguous = shared.get(key(f.getRuleId(), f.getQuote())) > 1;
            out.add(find(ref, f.getRuleId(), f.getQuote(), f.getMessage(), ambiguous));
        }
        return out;
    }

    /** Rule and folded quote: what must be equal, before the document is compared. */
    static String key(String ruleId, String quote) {
        return rule(ruleId) + '\n' + VietText.fold(quote);
    }

    private static String rule(String ruleId) {
        return ruleId == null ? "" : ruleId.strip().toUpperCase(Locale.ROOT);
    }

    private T first(List<Entry<T>> entries, DocumentRef doc, String message, boolean ambiguous) {
        if (entries == null) {
            return null;
        }
        String folded = VietText.fold(message);
        for (Entry<T> e : entries) {
            if (e.doc().matches(doc) && (!ambiguous || e.message().isEmpty() || e.message().equals(folded))) {
                return e.value();
            }
        }
        return null;
    }
}
