package vn.plancheck.model;

import vn.plancheck.text.Regex;

import java.util.List;

import vn.plancheck.text.VietText;

/**
 * One kind of document, a row of rules/data/document-kinds.csv: its name, the type line it carries, the
 * abbreviations of its kind in a symbol, and whether it is a plan. Used by INPUT-NOT-A-PLAN.
 */
public class DocumentKind {
    private final String kind;
    private final String typeLine;
    private final String typeKey;
    private final List<String> symbolCodes;
    private final boolean plan;
    private final boolean vvLine;

    /**
     * @param kind        the kind as named in a sentence ("quyết định")
     * @param typeLine    the type line as written on the document ("QUYẾT ĐỊNH"), or null
     * @param symbolCodes abbreviations at the head of the symbol ("QĐ"), any case
     * @param plan        a document of this kind is a plan
     * @param vvLine      a document with neither a type line nor a plan's abbreviation but with a "V/v …" line is of this kind
     */
    public DocumentKind(String kind, String typeLine, List<String> symbolCodes, boolean plan, boolean vvLine) {
        this.kind = kind;
        this.typeLine = typeLine;
        this.typeKey = typeLine == null || typeLine.isBlank() ? null : Regex.replaceAll(Regex.replaceAll(VietText.fold(typeLine), "[^A-Z ]", ""), "\\s+", " ").strip();
        this.symbolCodes = symbolCodes.stream().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
        this.plan = plan;
        this.vvLine = vvLine;
    }

    public String getKind() { return kind; }

    public String getTypeLine() { return typeLine; }

    /** The type line folded like {@link Plan#getDocTypeKey()} ("QUYET DINH"), or null. */
    public String getTypeKey() { return typeKey; }

    /** Abbreviations in capitals, as {@link Plan#getSymbolKindCode()} gives them ("QĐ", "CTR"). */
    public List<String> getSymbolCodes() { return symbolCodes; }

    public boolean isPlan() { return plan; }

    public boolean isVvLine() { return vvLine; }

    @Override
    public String toString() {
        return "DocumentKind[" + kind + ", " + typeLine + ", " + symbolCodes + ", plan=" + plan + "]";
    }
}
