package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Location;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Recipient;
import vn.plancheck.model.Signature;
import vn.plancheck.text.OcrMatcher;
import vn.plancheck.text.VietText;

/**
 * Reads the end of a plan: "Nơi nhận" with its recipients and the filing line, and the signature block.
 * The two sit side by side on paper, so OCR and table extraction interleave them
 * ("Noi nhén: KT. CHU TICH" / "- UBND huyén (b/c); 240 CHU TICH"); the right-hand column is split off
 * each recipient line and read as part of the signature. In a Word file the two columns are cells of one table
 * row, and a line's cell tells which column it belongs to.
 *
 * <p>The signature block is read as what it is on paper: the authority lines ("TM. …", "KT. …", "T/M …"), the
 * signer's position, the signing space (blank, "(Đã ký)", a digital-signature stamp), and the signer's name,
 * where it ends. What comes after the name (the signer's other titles, an annex, a report outline with its own
 * signing block, the rest of a web page) is not part of it.
 */
final class ClosingParser {
    private static final Pattern AUTHORITY = Pattern.compile("^\\s*(T/M|K/T|T/L|TM|KT|TUQ|TL|Q)\\s*[.,:]?\\s+\\S");
    private static final Pattern RECIPIENT_END = Pattern.compile("(\\(\\s*b\\s*[/l1|]\\s*c\\s*\\)\\s*[;,.]?|[;.,](?=\\s))");
    private static final Pattern FOR_INFORMATION = Pattern.compile("(?i)\\(\\s*b\\s*[/l1|]\\s*c\\s*\\)|^\\s*b/c\\b");
    private static final Pattern STORAGE = Pattern.compile("^\\s*L[UƯ][UƯ]?\\b|^\\s*LLFU\\b|^\\s*LUU\\b");
    /** A recipient item: a dash or bullet, then the text. */
    private static final Pattern BULLET = Pattern.compile("^[-–—+•·]\\s*|^\\*\\s+");
    /** A list item or numbered heading of the body ("b) Cá nhân", "2.", "II.", "- …"), never the recipients heading. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^([-–—+•·*]|\\(?[0-9]{1,3}[).]|\\(?[a-zđA-ZĐ][).](\\s|$)|[IVXL]{1,5}[.)](\\s|$))");
    /** Lines inside the signing space that say the document was signed, or how to sign it. */
    private static final Pattern SIGNED_MARK = Pattern.compile("^[(\\[]|^DA KY\\b|^KY TEN\\b|^\\(?KY,");
    /** A digital-signature stamp in the signing space ("Ký bởi: …", "Thời gian ký: …"). */
    private static final Pattern STAMP = Pattern.compile(
            "^(KY BOI|NGUOI KY|CO QUAN|EMAIL|NGAY KY|THOI GIAN KY|CHUC VU)\\s*:");
    /**
     * The title of a part of a document that may follow the signature: an annex, a report outline or form, a
     * guide, a list, a table, a scoring scale, or the "(Kèm theo …)" line under such a title.
     */
    private static final Pattern DOCUMENT_PART = Pattern.compile("^[*\\s]*(PHU LUC|DE CUONG|HUONG DAN|BIEU\\b|MAU\\b|MAU SO"
            + "|DANH MUC|DANH SACH|BANG\\b|KE HOACH|BAO CAO|QUY CHE|QUY DINH|CHUONG TRINH|THANG DIEM|TIEU CHI|PHAN CONG"
            + "|\\(?\\s*(BAN HANH )?KEM THEO)");
    // The patterns above that begin with "^" (every alternative of STORAGE and SIGNED_MARK does; none is multi-line)
    // are tried with lookingAt(): the match find() gives, without trying them again at every other char of the line.

    /** Titles of a signer, matched tolerant of OCR noise when no authority line stands above the position. */
    private static final String[] POSITIONS = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BÍ THƯ", "PHÓ BÍ THƯ",
        "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
        "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHỦ NHIỆM", "TỔNG GIÁM ĐỐC"};
    /**
     * {@link #POSITIONS} folded, and then as {@link OcrMatcher#similarity} normalises them: {@link #isPosition}
     * compares many lines of the closing with all of them, and folded and normalised them again each time.
     */
    private static final String[] POSITIONS_FOLDED = java.util.Arrays.stream(POSITIONS).map(VietText::fold).toArray(String[]::new);
    private static final String[] POSITIONS_NORMALIZED = java.util.Arrays.stream(POSITIONS_FOLDED).map(OcrMatcher::ocrNormalize)
            .toArray(String[]::new);
    /** "Nơi nhận" as {@link OcrMatcher#similarity} normalises it, once (every body line is asked whether it is the heading). */
    private static final String NOI_NHAN_NORMALIZED = OcrMatcher.ocrNormalize("Nơi nhận");
    /** The longest words {@link #heading} takes for "Nơi nhận". */
    private static final int MAX_HEADING_WORDS = 16;
    /**
     * A head's or deputy's title as printed ("TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG TIỂU BAN", "VIỆN TRƯỞNG"); read with its
     * diacritics, since "TRƯỜNG …" is a school.
     */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            "(?U)^(PHÓ )?(TRƯỞNG\\b|\\S+ TRƯỞNG$|CHÁNH\\b|CHỦ TỊCH\\b|GIÁM ĐỐC\\b|BÍ THƯ\\b|CHỦ NHIỆM\\b)");
    /** Words of a body's name (an OCR'd seal, an issuer line), which a person's name in capitals never holds. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "\\b(UY BAN|NHAN DAN|HOI DONG|CONG HOA|DANG BO|DANG UY|HUYEN UY|TINH UY|THANH UY|MAT TRAN|BAN CHAP HANH)\\b");
    /** Non-blank lines, before the block starts, that may stand between the recipients and the signature. */
    private static final int LEAD_IN = 3;
    /** Lines of another kind (a second title line, a seal read by OCR) the signing space may hold before the name. */
    private static final int SIGNING_SPACE_EXTRA = 1;

    private ClosingParser() {
    }

    /**
     * Index of the "Nơi nhận" line, or -1: the first line from {@code from} that is the recipients heading and is
     * followed by a recipient item; failing that, the first clear heading.
     */
    static int findRecipientsHeading(List<SourceLine> lines, int from) {
        int firstClear = -1;
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            Heading h = heading(lines.get(i).text());
            if (h == Heading.NONE) {
                continue;
            }
            if (itemFollows(lines, i)) {
                return i;
            }
            if (h == Heading.CLEAR && firstClear < 0) {
                firstClear = i;
            }
        }
        return firstClear;
    }

    private enum Heading { NONE, CLEAR, DAMAGED }

    /**
     * Whether a line is the recipients heading: "Nơi nhận" (OCR-tolerant) at its start, alone or with a colon,
     * possibly followed by the signature column ("Noi nhén: KT. CHU TICH"). A list item of the body ("b) Cá nhân")
     * or a sentence that merely begins with the words ("Nơi nhận hồ sơ: …") is not.
     */
    private static Heading heading(String text) {
        String t = text.strip();
        if (!t.isEmpty() && ("*_".indexOf(t.charAt(0)) >= 0 || "*_".indexOf(t.charAt(t.length() - 1)) >= 0)) {
            t = Regex.replaceAll(t, "^[*_]+|[*_]+$", "").strip(); // emphasis left by a copy
        }
        if (t.isEmpty() || LIST_ITEM.matcher(t).lookingAt()) {
            return Heading.NONE;
        }
        String head = headingWords(t);
        if (head == null || head.isEmpty() || head.length() > MAX_HEADING_WORDS) {
            return Heading.NONE;
        }
        if (OcrMatcher.similarityNormalized(OcrMatcher.ocrNormalize(head), NOI_NHAN_NORMALIZED) >= 0.75) {
            return Heading.CLEAR;
        }
        // heavier OCR damage ("No'i nl1{in"): two words, the first still reads "Nơi", the second starts with N; a
        // letter Tesseract read twice ("NÑo'ïi", the N and its apostrophe read as Ñ) counts once
        String[] words = Regex.split(single(head), "\\s+");
        if (words.length == 2 && OcrMatcher.similarity(words[0], "Nơi") >= 0.6
                && words[1].startsWith("N") && OcrMatcher.similarity(words[0] + " " + words[1], "Nơi nhận") >= 0.55) {
            return Heading.DAMAGED;
        }
        return Heading.NONE;
    }

    /** The words OCR-normalised, a letter repeated in a row written once ("Nơi nhận" has no double letter). */
    private static String single(String head) {
        return OcrMatcher.ocrNormalize(head).replaceAll("(\\p{L})\\1+", "$1");
    }

    /**
     * The words of a would-be heading: before a colon near the start, or the first two words when capitals (the
     * signature's column) follow them, or the whole short line; null for a line that goes on as a sentence.
     */
    private static String headingWords(String t) {
        int colon = t.indexOf(':');
        if (colon >= 0 && colon <= 20) {
            String head = t.substring(0, colon).strip();
            if (head.length() > MAX_HEADING_WORDS) {
                return null; // too long for the heading, however many words (heading() would drop it)
            }
            return Regex.split(head, "\\s+").length > 3 ? null : head;
        }
        // the first two words and the rest, as Regex.split(t, "\\s+", 3) cuts a stripped line, by their offsets: most
        // lines are dropped before any part is copied
        int a = nextSpace(t, 0);
        int b = a < 0 ? -1 : pastSpace(t, a);
        int c = a < 0 ? -1 : nextSpace(t, b);
        if (c < 0) {
            return t; // one or two words
        }
        int third = pastSpace(t, c);
        if (t.indexOf(' ', third) < 0) {
            return t;
        }
        if (a + 1 + (c - b) > MAX_HEADING_WORDS) {
            return null; // too long for the heading, capitals after it or not (heading() would drop it)
        }
        return Lines.upperRatio(t.substring(third)) >= 0.6 ? t.substring(0, a) + " " + t.substring(b, c) : null;
    }

    private static int nextSpace(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (Regex.isSpace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int pastSpace(String t, int from) {
        int i = from;
        while (i < t.length() && Regex.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What stands on the heading line after the heading: the start of the signature's column, or "". */
    private static String headingRest(String t) {
        int colon = t.indexOf(':');
        if (colon >= 0 && colon <= 20) {
            return t.substring(colon + 1);
        }
        String[] parts = Regex.split(t.strip(), "\\s+", 3);
        return parts.length == 3 && Lines.upperRatio(parts[2]) >= 0.6 ? parts[2] : "";
    }

    private static boolean itemFollows(List<SourceLine> lines, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 3; j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (BULLET.matcher(t).lookingAt()) {
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
        List<Piece> column = new ArrayList<>(); // the signature's column, in reading order
        int after;
        if (recipientsIdx >= 0) {
            SourceLine head = lines.get(recipientsIdx);
            plan.setRecipientsPresent(true);
            plan.setRecipientsLine(head.number());
            String rest = headingRest(head.text());
            if (BULLET.matcher(rest.strip()).lookingAt()) {
                readRecipients(List.of(new SourceLine(head.number(), rest, head.location())), 0, plan, column);
            } else {
                addColumn(column, rest, head.number());
            }
            after = readRecipients(lines, recipientsIdx + 1, plan, column);
            column.addAll(0, signatureBefore(lines, recipientsIdx, tailStart));
        } else {
            after = blockStart(lines, tailStart);
        }
        List<Piece> rest = new ArrayList<>();
        for (int i = after; i < lines.size(); i++) {
            addColumn(rest, lines.get(i).text(), lines.get(i).number());
        }
        plan.setSignature(signature(column, rest, plan.isOcrSuspected()));
    }

    /**
     * Lines before "Nơi nhận" that belong to the signature: in a Word table whose right cell comes first, the lines
     * of the same table; elsewhere the lines from an authority line just above (a copy or an OCR that put the
     * right column first).
     */
    private static List<Piece> signatureBefore(List<SourceLine> lines, int recipientsIdx, int tailStart) {
        Location where = lines.get(recipientsIdx).location();
        int start = recipientsIdx;
        int seen = 0;
        for (int i = recipientsIdx - 1; i >= Math.max(0, tailStart) && seen < 8; i--) {
            SourceLine l = lines.get(i);
            if (wordCell(where) ? where.table().equals(l.location().table()) : isAuthority(l.text().strip())) {
                start = i;
            } else if (wordCell(where)) {
                break;
            }
            if (!l.text().isBlank()) {
                seen++;
            }
        }
        List<Piece> out = new ArrayList<>();
        for (int i = start; i < recipientsIdx; i++) {
            addColumn(out, lines.get(i).text(), lines.get(i).number());
        }
        return out;
    }

    /** A cell of a table in a Word file (a text's pseudo-table keeps its line, a PDF its page). */
    private static boolean wordCell(Location l) {
        return l.table() != null && l.cell() != null && l.paragraph() == null && l.line() == null && l.page() == null;
    }

    /** Without "Nơi nhận": the first authority line after the body, else the first position line, else the last lines. */
    private static int blockStart(List<SourceLine> lines, int tailStart) {
        for (int i = Math.max(0, tailStart); i < lines.size(); i++) {
            if (isAuthority(lines.get(i).text().strip())) {
                return i;
            }
        }
        for (int i = Math.max(0, tailStart); i < lines.size(); i++) {
            if (isPosition(lines.get(i).text().strip())) {
                return i;
            }
        }
        return Math.max(tailStart, lines.size() - 12);
    }

    private static int readRecipients(List<SourceLine> lines, int start, Plan plan, List<Piece> column) {
        Location where = start > 0 ? lines.get(start - 1).location() : lines.get(start).location();
        boolean celled = wordCell(where);
        int i = start;
        int blanks = 0;
        for (; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            String t = l.text().strip();
            if (celled && !sameCell(where, l.location())) {
                if (l.location().table() == null || !l.location().table().equals(where.table())) {
                    break; // the closing table has ended
                }
                addColumn(column, t, l.number()); // another cell of the closing table: the signature's column
                continue;
            }
            if (t.isEmpty()) {
                if (++blanks > 1 && !plan.getRecipients().isEmpty() && !celled) {
                    break;
                }
                continue;
            }
            blanks = 0;
            Matcher bullet = BULLET.matcher(t);
            if (bullet.lookingAt()) {
                String body = t.substring(bullet.end());
                Matcher end = RECIPIENT_END.matcher(body);
                while (end.find() && end.end() < body.length() - 1) {
                    String right = body.substring(end.end());
                    if (isSignatureColumn(right)) {
                        addColumn(column, right, l.number());
                        body = body.substring(0, end.end());
                        break;
                    }
                }
                body = Regex.replaceAll(body, "[\\s\\-]+$", "").strip();
                if (!body.isEmpty()) {
                    plan.getRecipients().add(recipient(body, l.number()));
                }
            } else if (isAuthority(t) || isPosition(t)) {
                // a PDF of a two-column closing table alternates the columns line by line
                addColumn(column, t, l.number());
            } else if (continues(plan, t)) {
                Recipient prev = plan.getRecipients().get(plan.getRecipients().size() - 1);
                prev.setText(prev.getText() + " " + t);
                prev.setForInformation(prev.isForInformation() || FOR_INFORMATION.matcher(t).find());
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether the text after the end of a recipient ("- UBND huyện (b/c); KT. CHỦ TỊCH") is the signature's column
     * run into the line: an authority or a position, or capitals or a name set off by a column gap. Capitals that
     * merely go on with the list ("- CT, PCT UBND TP;", "- Lưu: VT, NNMT.") are not.
     */
    private static boolean isSignatureColumn(String right) {
        String r = right.strip();
        boolean gap = Regex.matches(right, "^(\\s{3,}|\t)[\\s\\S]*");
        if (gap && looksLikeName(r)) {
            return true; // the signer's name beside the last recipient
        }
        if (Lines.letterCount(r) < 3 || Lines.upperRatio(r) < 0.6) {
            return false;
        }
        return isAuthority(r) || isPosition(r) || gap && !Regex.matches(r, ".*[;,.]$");
    }

    /** The same column of the same table (the recipients may go on in the next row of their column). */
    private static boolean sameCell(Location a, Location b) {
        return a.table().equals(b.table()) && a.cell().equals(b.cell());
    }

    /**
     * Whether {@code t}, a line without a dash, goes on with the recipient above it: a line wrapped inside an item
     * ("- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng," / "VP Đảng uỷ;"). Not after an item that ended (";" or
     * "."), not after the filing line unless the line plainly continues a word in lower case, and never a line
     * that reads as the signature (upper case, a name) or as the title of an annex.
     */
    private static boolean continues(Plan plan, String t) {
        if (plan.getRecipients().isEmpty() || Lines.upperRatio(t) >= 0.6 || looksLikeName(t, plan.isOcrSuspected())
                || DOCUMENT_PART.matcher(VietText.fold(t)).lookingAt()) {
            return false;
        }
        Recipient last = plan.getRecipients().get(plan.getRecipients().size() - 1);
        String prev = last.getText().strip();
        if (prev.endsWith(";") || prev.endsWith(".")) {
            return false;
        }
        return !last.isStorage() || Character.isLowerCase(t.charAt(0));
    }

    private static Recipient recipient(String body, int line) {
        boolean storage = STORAGE.matcher(VietText.fold(body)).lookingAt();
        return new Recipient(body, line, FOR_INFORMATION.matcher(body).find(), storage);
    }

    /** A piece of the signature's column: its text and line number; blank text for a blank line. */
    private record Piece(String text, int line) {
    }

    private static void addColumn(List<Piece> column, String text, int line) {
        String t = Regex.replaceAll(text.strip(), "^[-–\\s]+|[-–\\s]+$", "");
        column.add(new Piece(t, line));
    }

    /**
     * Reads the block from the column pieces gathered beside the recipients, then from the lines after them, and
     * stops at the signer's name, or where something else than a signature begins.
     */
    private static Signature signature(List<Piece> beside, List<Piece> after, boolean ocr) {
        Signature s = new Signature();
        String name = null;
        int leadIn = 0;
        int extra = 0;
        List<Piece> all = new ArrayList<>(beside);
        all.addAll(after);
        for (Piece c : all) {
            String t = c.text();
            if (t.isEmpty()) {
                continue;
            }
            String f = VietText.fold(t);
            boolean started = s.getLine() > 0;
            boolean part = DOCUMENT_PART.matcher(f).lookingAt();
            if (started && !part && (SIGNED_MARK.matcher(f).lookingAt() || STAMP.matcher(f).lookingAt())) {
                continue; // "(Đã ký)", "(Ký, đóng dấu)", "Ký bởi: …"
            }
            if (isAuthority(t)) {
                if (s.getPosition() != null) {
                    break; // a second signing block
                }
                s.getAuthorityLines().add(t);
            } else if (s.getPosition() == null && (s.getAuthorityLines().isEmpty() ? isPosition(t) : isTitleLine(t))) {
                s.setPosition(Regex.replaceAll(t, "\\s*[(\\[][^)\\]]*[)\\]]\\s*$", "")); // "PHÓ CHỦ TỊCH (Đã ký)" of a joined copy
            } else if (looksLikeName(t, ocr)) {
                name = t; // the block ends at the signer's name
            } else if (part) {
                break; // an annex, a report outline, a form: the plan has ended
            } else if (started) {
                if (ocr && Lines.letterCount(t) < 3) {
                    continue; // OCR specks in the signing space
                }
                if (extra++ >= SIGNING_SPACE_EXTRA || !isTitleLine(t)) {
                    break; // not a signature any more: unsigned, or text of another kind follows
                }
                continue;
            } else {
                if (++leadIn > LEAD_IN) {
                    break;
                }
                continue;
            }
            if (s.getLine() == 0) {
                s.setLine(c.line());
            }
            if (name != null) {
                break;
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

    private static boolean isAuthority(String t) {
        // the share of capitals first: it reads the line without copying it, and most lines fail it
        return Lines.upperRatio(t) >= 0.6 && AUTHORITY.matcher(VietText.fold(t)).lookingAt();
    }

    /** A short line in capitals: under an authority line, the signer's position whatever the title is. */
    private static boolean isTitleLine(String t) {
        return Lines.upperRatio(t) >= 0.6 && Lines.letterCount(t) >= 3 && Regex.split(t, "\\s+").length <= 8
                && !DOCUMENT_PART.matcher(VietText.fold(t)).lookingAt();
    }

    /** A signer's title standing on its own (no authority line above it): a known title or a head's title. */
    static boolean isPosition(String t) {
        if (Lines.upperRatio(t) < 0.6 || Regex.split(t, "\\s+").length > 8) {
            return false;
        }
        String norm = OcrMatcher.ocrNormalize(t);
        if (HEAD_TITLE.matcher(t.strip()).lookingAt() && Regex.split(t, "\\s+").length <= 5) {
            return true;
        }
        String twice = OcrMatcher.ocrNormalize(norm); // what similarity(norm, …) compares
        for (int k = 0; k < POSITIONS_FOLDED.length; k++) {
            if (OcrMatcher.similarityNormalized(twice, POSITIONS_NORMALIZED[k]) >= 0.7 || norm.endsWith(POSITIONS_FOLDED[k])) {
                return true;
            }
        }
        return false;
    }

    /** A person's name as on a clean page: {@link #looksLikeName(String, boolean)} without OCR. */
    static boolean looksLikeName(String t) {
        return looksLikeName(t, false);
    }

    /**
     * A person's name: 2–5 capitalised words, no punctuation, at most one OCR digit; written in capitals only in an
     * OCR'd text (a clean page writes the name in lower case with capitals, and its capital lines are titles).
     */
    static boolean looksLikeName(String t, boolean ocr) {
        String[] words = Regex.split(t.strip(), "\\s+");
        if (words.length < 2 || words.length > 5 || t.length() > 40) {
            return false;
        }
        long digits = t.chars().filter(Character::isDigit).count();
        if (digits > 1 || Regex.matches(t, ".*[,;:()/\\\\\"“”\\[\\]|*].*")) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        if (Lines.upperRatio(t) >= 0.9) {
            String f = VietText.fold(t);
            return ocr && words.length <= 4 && !DOCUMENT_PART.matcher(f).lookingAt() && !BODY_NAME.matcher(f).find();
        }
        return true;
    }
}
