package vn.plancheck.model;

/** Derived fact: a task the parent plan gives to units of the checked plan's kind that the checked plan never mentions. */
public class TaskNotTakenUp {
    private final String parentNumber;
    private final String addressee;
    private final String wording;

    public TaskNotTakenUp(String parentNumber, String addressee, String wording) {
        this.parentNumber = parentNumber;
        this.addressee = addressee;
        this.wording = wording;
    }

    /** The item number in the parent's "Tổ chức thực hiện". */
    public String getParentNumber() { return parentNumber; }
    /** Whom the parent addresses ("UBND các huyện, thành phố"). */
    public String getAddressee() { return addressee; }
    /** The parent's wording of the task. */
    public String getWording() { return wording; }
}
