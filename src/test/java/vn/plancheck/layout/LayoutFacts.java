package vn.plancheck.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.model.Citation;
import vn.plancheck.model.Deadline;
import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.Section;
import vn.plancheck.model.Signature;

/**
 * The facts of a parsed plan that must not depend on how the plan was rendered (web copy, pdftotext, Word text,
 * invisible characters), as named strings, so that two renderings can be compared fact by fact and a failure
 * says which fact differs. Runs of spaces and tabs inside a value count as one space; any other character,
 * including a no-break space or a zero-width one left in a value, is a difference.
 */
final class LayoutFacts {
    private LayoutFacts() {
    }

    static SourceText read(Path file) {
        try {
            return DocumentReaders.read(file, file.toString());
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(file + " should be readable: " + e.ruleId() + " " + e.getMessage(), e);
        }
    }

    /** Fact name → value ("-" for absent), in a stable order. */
    static Map<String, String> of(Plan p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", v(p.getNumber()));
        f.put("symbol", v(p.getSymbol()));
        f.put("issueDate", v(p.getIssueDate()));
        f.put("issuer", v(p.getIssuer()));
        f.put("nationalHeader", String.valueOf(p.isNationalHeader()));
        f.put("partyHeader", String.valueOf(p.isPartyHeader()));
        f.put("title", v(p.getTitle()));
        f.put("type", v(p.getProfile()));
        f.put("theme", v(p.getTheme()));
        f.put("period", p.getPeriodStart() == null ? "-" : p.getPeriodStart() + ".." + p.getPeriodEnd());
        List<Section> top = p.getTopSections();
        f.put("topSections", String.join(", ", top.stream().map(Section::getNumber).toList()));
        for (int i = 0; i < top.size(); i++) {
            Section s = top.get(i);
            f.put("topSection[" + (i + 1) + "]", v(s.getNumber()) + ". " + v(s.getTitle()));
        }
        Signature sig = p.getSignature();
        f.put("signature.authority", sig == null ? "(no signature)" : v(sig.getAuthority()));
        f.put("signature.position", sig == null ? "(no signature)" : v(sig.getPosition()));
        f.put("signature.name", sig == null ? "(no signature)" : v(sig.getName()));
        List<Recipient> rec = p.getRecipients();
        f.put("recipients", rec.size() + " (" + rec.stream().filter(Recipient::isStorage).count() + " of them Lưu)");
        List<Deadline> dl = p.getDeadlines();
        f.put("deadlines", dl.size() + " " + dl.stream().map(d -> d.getKind() + " " + v(d.getDate())).sorted().toList());
        TreeSet<String> cites = new TreeSet<>();
        for (Citation c : p.getCitations()) {
            if (c.getNumberSymbol() != null) {
                cites.add(v(c.getNumberSymbol()) + "@" + v(c.getDate()));
            }
        }
        f.put("citations", cites.size() + " " + cites);
        return f;
    }

    /**
     * One line per fact whose value in {@code other} differs from {@code clean}:
     * "symbol: clean «KH-UBND», web «KH- UBND»". Facts present in only one of them are reported too.
     */
    static List<String> diff(Map<String, String> clean, Map<String, String> other, String otherName) {
        List<String> out = new ArrayList<>();
        for (String k : orderedKeys(clean, other)) {
            String a = clean.getOrDefault(k, "(absent)");
            String b = other.getOrDefault(k, "(absent)");
            if (!Objects.equals(a, b)) {
                out.add(k + ": clean «" + a + "», " + otherName + " «" + b + "»");
            }
        }
        return out;
    }

    /** Findings as "RULE-ID SEVERITY line N", sorted. */
    static List<String> findings(List<Finding> findings) {
        return findings.stream().map(x -> x.getRuleId() + " " + x.getSeverity() + " line " + x.getLine()).sorted().toList();
    }

    private static List<String> orderedKeys(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        for (String k : b.keySet()) {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static String v(Object o) {
        if (o == null) {
            return "-";
        }
        return o.toString().replaceAll("[ \\t]+", " ").strip();
    }
}
