package vn.plancheck.model;

/** A numbered item under "Tổ chức thực hiện": the task of one unit. */
public class TaskItem {
    private String number;
    private String unitName;
    private int line;
    private String text;
    private String subject;
    private boolean lead;

    public TaskItem() {
    }

    public TaskItem(String number, String unitName, int line, String text) {
        this.number = number;
        this.unitName = unitName;
        this.line = line;
        this.text = text;
    }

    /** Item label ("1", "8.2"). */
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    /** The unit responsible, or null when the item names none. */
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    /**
     * Who the item's first sentence says acts, as written, whether or not it is a unit: the unit, or the words the
     * item opens with before its first verb or colon ("Đồng chí Trưởng Ban …", "Các doanh nghiệp viễn thông",
     * "Kinh phí"), or the agent of "… do Tổ trưởng tổ công tác phân công"; null when the item opens with a verb.
     */
    /** The item gives its owner the lead: chủ trì, tham mưu, tổng hợp, phụ trách chung… */
    public boolean isLead() { return lead; }
    public void setLead(boolean lead) { this.lead = lead; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    /** The item heading or first sentence. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
