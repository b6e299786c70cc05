package vn.plancheck.model;

/**
 * Reference fact (rules/data/template-words.csv): a word of model documents. LEVEL: the name of an administrative
 * level or a body ("tỉnh", "thành phố", "Thành ủy"); two or more joined by "/" are alternatives a drafter had to
 * choose from. CLASS: a word that makes such a pair name a class of units instead ("các tỉnh/thành phố").
 */
public final class TemplateWord {
    public enum Kind { LEVEL, CLASS }

    private final Kind kind;
    private final String word;
    private final String level;

    public TemplateWord(Kind kind, String word, String level) {
        this.kind = kind;
        this.word = word;
        this.level = level;
    }

    public Kind getKind() { return kind; }
    public String getWord() { return word; }
    /** COMMUNE, DISTRICT, PROVINCE, CENTRAL, or null when the word names more than one ("thành phố"). */
    public String getLevel() { return level; }
}
