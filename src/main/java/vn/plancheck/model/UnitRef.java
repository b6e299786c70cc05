package vn.plancheck.model;

/** A unit (agency, office, organisation) the plan names, with its role. */
public class UnitRef {
    private String name;
    private UnitRole role = UnitRole.MENTIONED;
    private int line;
    private String text;

    public UnitRef() {
    }

    public UnitRef(String name, UnitRole role, int line, String text) {
        this.name = name;
        this.role = role;
        this.line = line;
        this.text = text;
    }

    /** Unit name as written ("Sở Lao động - Thương binh và Xã hội"). */
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitRole getRole() { return role; }
    public void setRole(UnitRole role) { this.role = role; }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    /** The sentence or item where it is named. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    @Override
    public String toString() {
        return name + " " + role + " (line " + line + ")";
    }
}
