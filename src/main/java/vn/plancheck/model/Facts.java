package vn.plancheck.model;

import vn.plancheck.text.Regex;

/** Small derived answers about a plan that messages in rule files use. */
public final class Facts {
    private Facts() {
    }

    /** "Lưu: VT, …": the state filing line (colon, VT). */
    public static boolean stateStorage(String text) {
        String t = fold(text);
        return Regex.matches(t, "^LUU\\s*:.*") || Regex.matches(t, "^LUU\\s+VT\\b.*");
    }

    /** "Lưu Văn phòng …": the party filing line (no colon, the office by name). */
    public static boolean partyStorage(String text) {
        String t = fold(text);
        return Regex.matches(t, "^LUU\\s+(VAN PHONG|VP[A-Z]*)\\b.*");
    }

    private static String fold(String s) {
        String d = Regex.replaceAll(java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD), "\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toUpperCase().strip();
    }

    /** The parts that are not null, joined by {@code separator}: a message listing only what applies. */
    public static String join(String separator, String a, String b, String c) {
        return java.util.stream.Stream.of(a, b, c).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(separator));
    }

    /** The plan asks for reports only periodically or "as required", without a dated deadline. */
    public static boolean periodicOnly(Plan p) {
        return p.getDeadlines().stream().anyMatch(d -> d.getKind() == Deadline.Kind.PERIODIC)
                && p.getDeadlines().stream().noneMatch(d -> d.getKind() == Deadline.Kind.REPORT);
    }
}
