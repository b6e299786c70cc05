package vn.plancheck.model;

import java.util.Set;

/**
 * The documents checked together in one batch, by the key of their number and symbol ({@link Keys}). A plan that
 * cites a document of its own batch (its parent, a sibling) is checked against that document by the LINK rules, so
 * the registry's "not known" (REF-UNKNOWN) is not said of it.
 */
public final class BatchDocuments {
    private final Set<String> keys;

    public BatchDocuments(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public boolean contains(String key) {
        return key != null && keys.contains(key);
    }
}
