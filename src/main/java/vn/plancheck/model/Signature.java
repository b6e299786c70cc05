package vn.plancheck.model;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;

/** The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tổng Thanh Hải". */
public class Signature {
    private List<String> authorityLines = new ArrayList<>();
    private String position;
    private String name;
    private int line;
    private boolean positionIsHeadTitle;

    /** Authority lines in order ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"); empty when the signer signs in his own right. */
    public List<String> getAuthorityLines() { return authorityLines; }
    public void setAuthorityLines(List<String> authorityLines) { this.authorityLines = authorityLines; }

    /** The innermost authority line ("KT. CHỦ TỊCH"), or null when there is none. */
    public String getAuthority() {
        return authorityLines.isEmpty() ? null : authorityLines.get(authorityLines.size() - 1);
    }

    /** Prefix of the innermost authority line: TM, KT, Q, TL, TUQ, T/M, K/T, T/L; or null. */
    public String getAuthorityPrefix() {
        String a = getAuthority();
        if (a == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(T/M|K/T|T/L|TM|KT|TUQ|TL|Q)\\b").matcher(a.trim().toUpperCase());
        return m.find() ? m.group(1) : null;
    }

    /** Which system's authority forms the block uses: PARTY for "T/M", "K/T", "T/L"; STATE for "TM.", "KT.", …; null without one. */
    public DocSystem getAuthorityStyle() {
        String p = getAuthorityPrefix();
        return p == null ? null : p.contains("/") ? DocSystem.PARTY : DocSystem.STATE;
    }

    /** Title of the head named in the innermost authority line ("CHỦ TỊCH" in "KT. CHỦ TỊCH"), or null. */
    public String getAuthorityTitle() {
        String a = getAuthority();
        String p = getAuthorityPrefix();
        if (a == null || p == null) {
            return null;
        }
        return Regex.replaceFirst(a.trim().substring(p.length()), "^[.\\s]+", "").trim();
    }

    /** Position of the signer ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"), or null. */
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    /** Name of the signer, or null. */
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /**
     * The position line names the head himself ("CHỦ TỊCH") rather than a deputy ("PHÓ CHỦ TỊCH"),
     * judged tolerant of OCR noise; meaningful with a KT. authority.
     */
    public boolean isPositionIsHeadTitle() { return positionIsHeadTitle; }
    public void setPositionIsHeadTitle(boolean positionIsHeadTitle) { this.positionIsHeadTitle = positionIsHeadTitle; }

    /** The first authority line signs on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"). */
    public boolean isOnBehalfOfBody() {
        if (authorityLines.isEmpty()) {
            return false;
        }
        String a = authorityLines.get(0).trim().toUpperCase();
        return a.startsWith("TM") || a.startsWith("T/M");
    }

    /** Line of the first line of the block. */
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }

    @Override
    public String toString() {
        return authorityLines + " / " + position + " / " + name;
    }
}
