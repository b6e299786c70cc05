package vn.plancheck.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.DocumentStatus;
import vn.plancheck.model.Finding;
import vn.plancheck.model.IssuingUnit;
import vn.plancheck.model.Keys;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Severity;
import vn.plancheck.model.Verdict;

/**
 * What the auditor's sheets need of each document, kept while the findings stream past (a few hundred bytes a
 * document), and the documents that are one and the same: a plan sent as .docx, .pdf and .txt is one plan in
 * several files. Files are one document when
 * <ul>
 *   <li>the same issuer (by name, its place not contradicting) gave them the same number and symbol and the same
 *   date; or</li>
 *   <li>they are the same file name in the same folder with another extension, and nothing they say differs: issuer,
 *   number, symbol, date and year agree where both give one (a copy may lack what its conversion lost, the header
 *   table of a .txt, the title of a .pdf, and a draft has no number or date to compare).</li>
 * </ul>
 * Findings stay with their file; only counting and listing treat the copies as one. Not thread-safe: one instance per
 * report, fed in input order.
 */
final class BatchIndex {
    /** One document as the summary sheets show it. */
    record Entry(int index, String file, String name, String stem, IssuingUnit unit, String numberSymbol, String numberKey,
                 String symbolKey, LocalDate date, Integer year, String type, long errors, long warnings, long infos,
                 long dismissed, String status, boolean readable, boolean plan, Finding worst) {

        long count(Severity s) {
            return switch (s) {
                case ERROR -> errors;
                case WARNING -> warnings;
                case INFO -> infos;
            };
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byFile = new HashMap<>();
    private int[] group;
    private Map<Integer, List<Entry>> documents;

    void add(DocumentResult doc) {
        Plan p = doc.getPlan();
        boolean readable = doc.getStatus() != DocumentStatus.UNREADABLE && p != null;
        Finding worst = null;
        for (Finding f : doc.getOpenFindings()) { // a finding the reviewer dismissed is no unit's worst
            if (f.getSeverity() != null && (worst == null || f.getSeverity().ordinal() < worst.getSeverity().ordinal())) {
                worst = f;
            }
        }
        Entry e = new Entry(entries.size(), doc.getFile(), fileName(doc.getFile()), stem(doc.getFile()),
                readable ? doc.getUnit() : IssuingUnit.UNKNOWN,
                p == null ? null : p.getNumberSymbol(), p == null ? null : Keys.of(p.getNumberSymbol()),
                p == null ? null : Keys.of(p.getSymbol()), p == null ? null : p.getIssueDate(), p == null ? null : p.getYear(),
                p == null ? null : p.getProfileName(), doc.count(Severity.ERROR), doc.count(Severity.WARNING),
                doc.count(Severity.INFO), doc.dismissed(), Labels.status(doc), readable, readable && doc.getVerdict() != Verdict.NOT_A_PLAN, worst);
        entries.add(e);
        byFile.putIfAbsent(doc.getFile(), e.index());
        group = null;
        documents = null;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry of a file, or null when it was not in the batch. */
    Entry entry(String file) {
        Integer i = byFile.get(file);
        return i == null ? null : entries.get(i);
    }

    /** The files of the same document as {@code e}, {@code e} included, in input order. */
    List<Entry> sameDocument(Entry e) {
        return byDocument().get(groups()[e.index()]);
    }

    /** Each document once, as the list of its files (input order); a file that could not be read is a document of its own. */
    List<List<Entry>> documents() {
        return new ArrayList<>(byDocument().values());
    }

    private Map<Integer, List<Entry>> byDocument() {
        if (documents == null) {
            int[] g = groups();
            documents = new java.util.LinkedHashMap<>();
            for (Entry e : entries) {
                documents.computeIfAbsent(g[e.index()], k -> new ArrayList<>()).add(e);
            }
        }
        return documents;
    }

    /** The documents given in more than one file. */
    List<List<Entry>> copies() {
        return documents().stream().filter(d -> d.size() > 1).toList();
    }

    /** Plans counted once however many files each came in. */
    long distinctPlans() {
        return documents().stream().filter(d -> d.get(0).plan()).count();
    }

    /** The entry that speaks for a document: the first of its files that names its issuer, else the first. */
    static Entry representative(List<Entry> files) {
        for (Entry e : files) {
            if (e.unit().isKnown()) {
                return e;
            }
        }
        return files.get(0);
    }

    /** Representative index of each entry's document (union of files found to be one document). */
    private int[] groups() {
        if (group != null) {
            return group;
        }
        int[] parent = new int[entries.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, List<Entry>> buckets = new HashMap<>();
        for (Entry e : entries) {
            if (!e.readable()) {
                continue;
            }
            buckets.computeIfAbsent("f|" + e.stem(), k -> new ArrayList<>()).add(e);
            if (e.unit().isKnown() && e.numberKey() != null && e.date() != null) {
                buckets.computeIfAbsent("n|" + e.unit().nameKey() + "|" + e.numberKey() + "|" + e.date(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    if (same(bucket.get(i), bucket.get(j))) {
                        union(parent, bucket.get(i).index(), bucket.get(j).index());
                    }
                }
            }
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = find(parent, i);
        }
        group = parent;
        return group;
    }

    private static boolean same(Entry a, Entry b) {
        boolean placesAgree = agree(blankToNull(a.unit().localityKey()), blankToNull(b.unit().localityKey()));
        if (a.unit().isKnown() && a.unit().nameKey().equals(b.unit().nameKey()) && placesAgree
                && a.numberKey() != null && a.numberKey().equals(b.numberKey()) && a.date() != null && a.date().equals(b.date())) {
            return true;
        }
        return a.stem().equals(b.stem()) && agree(blankToNull(a.unit().nameKey()), blankToNull(b.unit().nameKey())) && placesAgree
                && agree(a.numberKey(), b.numberKey()) && agree(a.symbolKey(), b.symbolKey()) && agree(a.date(), b.date())
                && agree(a.year(), b.year());
    }

    /** Equal, or one of them not given. */
    private static boolean agree(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y); // the earliest file speaks for the document
        }
    }

    private static String fileName(String file) {
        try {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }

    /** The folder and the file name without its extension: "a/kh-45" of "a/kh-45.docx". */
    private static String stem(String file) {
        String f = file.replace('\\', '/');
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        return dot > slash + 1 ? f.substring(0, dot) : f;
    }
}
