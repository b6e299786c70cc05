package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.Signature;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Reads the end of a plan: "Nơi nhận" with its recipients and the filing line, and the signature block.
 * The two sit side by side on paper, so OCR and table extraction interleave them
 * ("Noi nhén: KT. CHU TICH" / "- UBND huyén (b/c); 240 CHU TICH"); the right-hand column is split off
 * each recipient line and read as part of the signature.
 */
final class ClosingParser {
    private static final Pattern AUTHORITY = Pattern.compile("^\\s*(T/M|K/T|T/L|TM|KT|TUQ|TL|Q)\\s*[.,:]?\\s+\\S");
    private static final Pattern RECIPIENT_END = Pattern.compile("(\\(\\s*b\\s*[/l1|]\\s*c\\s*\\)\\s*[;,.]?|[;.,](?=\\s))");
    private static final Pattern FOR_INFORMATION = Pattern.compile("(?i)\\(\\s*b\\s*[/l1|]\\s*c\\s*\\)|^\\s*b/c\\b");
    private static final Pattern STORAGE = Pattern.compile("^\\s*L[UƯ][UƯ]?\\b|^\\s*LLFU\\b|^\\s*LUU\\b");
    private static final String[] POSITIONS = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BÍ THƯ", "PHÓ BÍ THƯ",
        "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
        "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHỦ NHIỆM", "TỔNG GIÁM ĐỐC"};

    private ClosingParser() {
    }

    /** Index of the "Nơi nhận" line, or -1. */
    static int findRecipientsHeading(List<SourceLine> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty() || t.startsWith("-")) {
                continue;
            }
            String head = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
            if (head.length() > 16) {
                continue;
            }
            if (OcrMatcher.startsWithFuzzy(head, "Nơi nhận") || OcrMatcher.similarity(head, "NOI NHAN") >= 0.55
                    && nextStartsWithDash(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nextStartsWithDash(List<SourceLine> lines, int i) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            if (lines.get(j).text().strip().startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param tailStart index where the closing part may begin (after the last body section), used when
     *                  there is no "Nơi nhận" to search the signature
     */
    static void parse(List<SourceLine> lines, int recipientsIdx, int tailStart, Plan plan) {
        List<String[]> column = new ArrayList<>(); // right-hand column pieces: {text, line}
        int after;
        if (recipientsIdx >= 0) {
            SourceLine head = lines.get(recipientsIdx);
            plan.setRecipientsPresent(true);
            plan.setRecipientsLine(head.number());
            String t = head.text();
            int colon = t.indexOf(':');
            if (colon >= 0 && colon + 1 < t.length()) {
                addColumn(column, t.substring(colon + 1), head.number());
            }
            after = readRecipients(lines, recipientsIdx + 1, plan, column);
            // Lines before "Nơi nhận" that belong to the signature (a docx table may put the right cell first).
            for (int i = Math.max(tailStart, recipientsIdx - 6); i < recipientsIdx; i++) {
                String x = lines.get(i).text().strip();
                if (AUTHORITY.matcher(VietText.fold(x)).find() && Lines.upperRatio(x) > 0.6) {
                    column.add(0, new String[] {x, String.valueOf(lines.get(i).number())});
                }
            }
        } else {
            after = Math.max(tailStart, lines.size() - 12);
        }
        for (int i = after; i < lines.size(); i++) {
            String x = lines.get(i).text().strip();
            if (!x.isEmpty() && !x.startsWith("-")) {
                addColumn(column, x, lines.get(i).number());
            }
        }
        plan.setSignature(signature(column));
    }

    private static int readRecipients(List<SourceLine> lines, int start, Plan plan, List<String[]> column) {
        int i = start;
        int blanks = 0;
        for (; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty()) {
                if (++blanks > 1 && !plan.getRecipients().isEmpty()) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
                String body = t.replaceFirst("^[-+•]\\s*", "");
                Matcher end = RECIPIENT_END.matcher(body);
                if (end.find() && end.end() < body.length() - 1) {
                    String right = body.substring(end.end());
                    if (Lines.letterCount(right) >= 3 && Lines.upperRatio(right) >= 0.6) {
                        addColumn(column, right, l.number());
                        body = body.substring(0, end.end());
                    }
                }
                body = body.replaceAll("[\\s\\-]+$", "").strip();
                if (!body.isEmpty()) {
                    plan.getRecipients().add(recipient(body, l.number()));
                }
            } else if (AUTHORITY.matcher(VietText.fold(t)).find() && Lines.upperRatio(t) >= 0.6 || isPosition(t)) {
                // a PDF of a two-column closing table alternates the columns line by line
                addColumn(column, t, l.number());
            } else if (!plan.getRecipients().isEmpty() && continues(plan) && Lines.upperRatio(t) < 0.6) {
                Recipient prev = plan.getRecipients().get(plan.getRecipients().size() - 1);
                prev.setText(prev.getText() + " " + t);
                prev.setForInformation(prev.isForInformation() || FOR_INFORMATION.matcher(t).find());
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean continues(Plan plan) {
        String prev = plan.getRecipients().get(plan.getRecipients().size() - 1).getText().strip();
        return !(prev.endsWith(";") || prev.endsWith(",") || prev.endsWith("."));
    }

    private static Recipient recipient(String body, int line) {
        boolean storage = STORAGE.matcher(VietText.fold(body)).find();
        return new Recipient(body, line, FOR_INFORMATION.matcher(body).find(), storage);
    }

    private static void addColumn(List<String[]> column, String text, int line) {
        String t = text.strip().replaceAll("^[-–\\s]+|[-–\\s]+$", "");
        if (!t.isEmpty()) {
            column.add(new String[] {t, String.valueOf(line)});
        }
    }

    private static Signature signature(List<String[]> column) {
        Signature s = new Signature();
        String name = null;
        for (String[] c : column) {
            String t = c[0];
            int line = Integer.parseInt(c[1]);
            String f = VietText.fold(t);
            if (t.startsWith("(") || f.startsWith("DA KY")) {
                continue; // "(Đã ký)", "(ký, đóng dấu)"
            }
            if (AUTHORITY.matcher(f).find() && Lines.upperRatio(t) >= 0.6) {
                if (s.getLine() == 0) {
                    s.setLine(line);
                }
                s.getAuthorityLines().add(t);
            } else if (s.getPosition() == null && name == null && isPosition(t)) {
                if (s.getLine() == 0) {
                    s.setLine(line);
                }
                s.setPosition(t);
            } else if (looksLikeName(t)) {
                name = t;
                if (s.getLine() == 0) {
                    s.setLine(line);
                }
            }
        }
        s.setName(name);
        if (s.getAuthorityLines().isEmpty() && s.getPosition() == null && name == null) {
            return null;
        }
        if (s.getPosition() != null && s.getAuthorityTitle() != null) {
            String head = VietText.fold(s.getAuthorityTitle());
            String pos = OcrMatcher.ocrNormalize(s.getPosition());
            s.setPositionIsHeadTitle(OcrMatcher.similarity(pos, head) > OcrMatcher.similarity(pos, "PHO " + head));
        }
        return s;
    }

    private static boolean isPosition(String t) {
        if (Lines.upperRatio(t) < 0.6 || t.split("\\s+").length > 8) {
            return false;
        }
        String norm = OcrMatcher.ocrNormalize(t);
        for (String p : POSITIONS) {
            if (OcrMatcher.similarity(norm, VietText.fold(p)) >= 0.7 || norm.endsWith(VietText.fold(p))) {
                return true;
            }
        }
        return false;
    }

    /** A person's name: 2–5 capitalised words, no punctuation, at most one OCR digit. */
    static boolean looksLikeName(String t) {
        String[] words = t.strip().split("\\s+");
        if (words.length < 2 || words.length > 5 || t.length() > 40) {
            return false;
        }
        long digits = t.chars().filter(Character::isDigit).count();
        if (digits > 1 || t.matches(".*[,;:()/\\\\\"“”].*")) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return Lines.upperRatio(t) < 0.9 || words.length <= 4;
    }
}
