package vn.plancheck.model;

/** Small derived answers about a plan that messages in rule files use. */
public final class Facts {
    private Facts() {
    }

    /** The plan asks for reports only periodically or "as required", without a dated deadline. */
    public static boolean periodicOnly(Plan p) {
        return p.getDeadlines().stream().anyMatch(d -> d.getKind() == Deadline.Kind.PERIODIC)
                && p.getDeadlines().stream().noneMatch(d -> d.getKind() == Deadline.Kind.REPORT);
    }
}
