package vn.plancheck.parse;

import vn.plancheck.text.Regex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.TaskItem;
import vn.plancheck.model.UnitRef;
import vn.plancheck.model.UnitRole;
import vn.plancheck.text.VietText;

/**
 * Reads the "Tổ chức thực hiện" section: each numbered item is a {@link TaskItem} naming the unit it assigns, and
 * that unit gets a role from the item's wording — LEAD when it chủ trì / tham mưu / tổng hợp / theo dõi / đôn đốc /
 * is đầu mối; SUPPORT when it only phối hợp; otherwise MENTIONED. Units named after "phối hợp với" are SUPPORT;
 * units named after "chủ trì:" or in "giao X chủ trì" are LEAD. Finally every other body named anywhere in the
 * plan (Bộ …, Sở …, UBND …, Huyện ủy …) is added as MENTIONED. Units are de-duplicated by folded name; the strongest
 * role wins. Stateless and thread-safe.
 */
public final class UnitExtractor {
    /** Units (de-duplicated by folded name) and task items in document order. */
    public record Result(List<UnitRef> units, List<TaskItem> tasks) {
    }

    /** "1.", "8.1.", "1.Cac" (no space), "1 Trưởng" (no dot, then a capital). */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,4})(?!\\d)(?:\\.\\s*(?=\\S)|\\s+(?=\\p{Lu}))");
    /** OCR reads "1." as "I.", "J.", "l." or "|."; the number is then inferred from the sequence. */
    private static final Pattern OCR_ITEM = Pattern.compile("^\\s*[IJl|]\\.\\s*(?=\\S)");
    private static final Pattern DATE_LIKE = Pattern.compile("^\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final Pattern OPENER = Pattern.compile("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}[.)]|[IJl|]\\.|[-+•–*]|[a-zđ]\\))");
    private static final Pattern LEAD_VERB = Pattern.compile(
            "(?<![A-Z])(?:CHU\\s+TRI|THAM\\s+M\\S{1,2}U|T\\S{1,2}NG\\s+H\\S{1,2}P|THEO\\s+D\\S{1,2}I|D\\S{1,2}N\\s+D\\S{1,2}C"
            + "|DAU\\s+MOI|CHIU\\s+TRACH\\s+NHIEM\\s+(?:CHINH|CHUNG)|PHU\\s+TRACH\\s+CHUNG|CHI\\s+DAO\\s+CHUNG)(?![A-Z])");
    private static final WordStarts LEAD_VERB_STARTS = WordStarts.afterNonLetter(LEAD_VERB, "CTDP");
    private static final Pattern SUPPORT_VERB = Pattern.compile("PH\\S{1,2}I\\s+H\\S{0,2}P");
    /** First verb of a clause; "căn cứ …" and "được giao" only frame the clause and are skipped. */
    private static final Pattern FIRST_VERB = Pattern.compile(
            "(?<![^\\s,;(\\-–/])(?!C\\S{1,2}N\\s+C[UR]|DUOC\\s+GIAO)" + UnitNames.VERBS + "(?![A-Z])");
    private static final WordStarts FIRST_VERB_STARTS = WordStarts.afterOneOf(FIRST_VERB, UnitNames.VERB_FIRST_CHARS,
            UnitNames.VERB_AFTER, "");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[;.](?!\\d)|\\s[-+•–]\\s");
    /** "phối hợp với …", "phối hợp chặt chẽ với …", "đơn vị phối hợp: …" (OCR "phdi hop véi"). */
    private static final Pattern SUPPORT_INTRO = Pattern.compile(
            "(?<![A-Z])(?:PH\\S{1,2}I\\s+H\\S{0,2}P\\s+(?:CHAT\\s+CHE\\s+)?(?:V\\S{1,2}I|CUNG)"
            + "|(?:DON\\s+VI|CO\\s+QUAN)\\s+PH\\S{1,2}I\\s+H\\S{0,2}P\\s*:)\\s+");
    private static final WordStarts SUPPORT_INTRO_STARTS = WordStarts.afterNonLetter(SUPPORT_INTRO, "PDC");
    /** "chủ trì: …", "đơn vị chủ trì: …". */
    private static final Pattern LEAD_INTRO = Pattern.compile("(?<![A-Z])CHU\\s+TRI\\s*:\\s*");
    private static final WordStarts LEAD_INTRO_STARTS = WordStarts.afterNonLetter(LEAD_INTRO, "C");
    /** "giao Sở Y tế chủ trì", "do Sở Y tế chủ trì". */
    private static final Pattern GIVEN_LEAD = Pattern.compile("(?<![A-Z])(?:GIAO(?:\\s+CHO)?|DO)\\s+");
    private static final WordStarts GIVEN_LEAD_STARTS = WordStarts.afterNonLetter(GIVEN_LEAD, "GD");
    /** "giao X chủ trì", and "giao X triển khai, thực hiện …": the unit given the plan to carry out leads it. */
    private static final Pattern CHU_TRI_AFTER = Pattern.compile(
            "\\s*,?\\s*(?:LAM\\s+)?(?:CHU\\s+TRI|TRIEN\\s+KHAI|TO\\s+CHUC|THUC\\s+HIEN|LAM\\s+DAU\\s+MOI)(?![A-Z])");
    private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*|\\s+(?:và|va|VÀ|VA)\\s+");
    private static final Pattern VAN_PHONG = Pattern.compile("\\s*V\\S{1,2}N\\s+PH\\S{1,2}NG(?![A-Z])");
    private static final int JOIN_IF_WORDS_OVER = 10;
    /**
     * Words that open a sentence with its circumstances, so that its subject comes after a comma: "Căn cứ nội dung
     * Kế hoạch …, các sở, ban, ngành … xây dựng …", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các
     * sở … phản ánh …".
     */
    private static final Pattern FRAMING = Pattern.compile("(?:C\\S{1,2}N\\s+C[UR]|TREN\\s+CO\\s+SO|TRONG\\s+QUA\\s+TRINH"
            + "|THEO|DE|NHAM|SAU\\s+KHI|KHI|NEU|TRUONG\\s+HOP)(?![A-Z])");
    /** The end of a sentence or clause in folded text. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:](?!\\d)");
    /** The agent of a passive clause: "Nhiệm vụ … do Tổ trưởng tổ công tác phân công", "Việc … do Đài … thực hiện". */
    private static final Pattern AGENT = Pattern.compile("(?<![A-Z])DO\\s+(?=\\S)");
    /** Who an item names: the unit (null when none) and the subject in the sense of {@link TaskItem#getSubject}. */
    private record Owner(String unit, String subject) {
    }

    public Result extract(List<SourceLine> orgLines, List<SourceLine> allLines) {
        Map<String, UnitRef> units = new LinkedHashMap<>();
        List<TaskItem> tasks = new ArrayList<>();
        List<SourceLine> org = orgLines == null ? List.of() : orgLines;
        List<Integer> items = itemStarts(org, tasks);
        inheritOwners(org, items, tasks);
        ownerOfTheList(org, items, tasks);
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k);
            int to = k + 1 < items.size() ? items.get(k + 1) : org.size();
            TaskItem task = tasks.get(k);
            taskUnits(task, org.subList(from, to), units);
        }
        if (allLines != null && !allLines.isEmpty()) {
            mentions(allLines, units);
        }
        return new Result(new ArrayList<>(units.values()), tasks);
    }

    /** Finds the numbered items; returns their start indexes in {@code org} and fills {@code tasks}. */
    private static List<Integer> itemStarts(List<SourceLine> org, List<TaskItem> tasks) {
        List<Integer> starts = new ArrayList<>();
        int top = 0;
        for (int i = 0; i < org.size(); i++) {
            String t = org.get(i).text() == null ? "" : org.get(i).text();
            String number = null;
            // ITEM opens with a digit and OCR_ITEM with one of "IJl|" after white space: most lines are neither
            char opener = firstAfterSpaces(t);
            Matcher m = ITEM.matcher(t);
            if (opener >= '0' && opener <= '9' && m.find() && !DATE_LIKE.matcher(t).find()) {
                number = m.group(1);
            } else if ("IJl|".indexOf(opener) >= 0 && OCR_ITEM.matcher(t).find() && !mostlyUpper(t)) {
                number = String.valueOf(top + 1); // "J." after "2." is item 3
            }
            if (number == null || topNumber(number) > 50) {
                continue;
            }
            top = topNumber(number);
            Owner owner = itemOwner(org, i);
            TaskItem task = new TaskItem(number, owner.unit(), org.get(i).number(), t.strip());
            task.setSubject(owner.subject());
            // "Trưởng đoàn: Phụ trách chung …": a team plan's head leads it, whether or not a body is named
            String folded = org.get(i).folded(); // foldKeepLength(t)
            task.setLead(leads(folded, folded.toCharArray()));
            tasks.add(task);
            starts.add(i);
        }
        return starts;
    }

    /**
     * The first char of {@code t} that is not in the regex class {@code \s}, or 0: what {@code ^\s*} leaves for the
     * rest of {@link #ITEM} and {@link #OCR_ITEM} to read. (0 is in neither's first chars.)
     */
    private static char firstAfterSpaces(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Regex.isSpace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return 0;
    }

    /** {@code Integer.parseInt(number.split("\\.")[0])} for an item number ("8.1.2" → 8, "3" → 3). */
    private static int topNumber(String number) {
        int dot = number.indexOf('.');
        return Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
    }

    /**
     * Items without a unit of their own that belong to an earlier item's unit: sub-items ("1.2" under "1. Sở Y tế"),
     * and the items that follow an item ending in a colon with nothing under it ("1. Giao phòng Quản lý Công nghiệp
     * thực hiện các công việc liên quan:" then "2. Tổ chức kiểm tra …", "3. Chuẩn bị …": the list of its tasks,
     * numbered on by the word processor) up to the next item that names a unit.
     */
    private static void inheritOwners(List<SourceLine> org, List<Integer> starts, List<TaskItem> tasks) {
        for (int k = 0; k < tasks.size(); k++) {
            TaskItem parent = tasks.get(k);
            if (parent.getUnitName() == null) {
                continue;
            }
            boolean list = k + 1 < tasks.size() && introducesList(org, starts.get(k), starts.get(k + 1));
            for (int n = k + 1; n < tasks.size() && tasks.get(n).getUnitName() == null; n++) {
                TaskItem t = tasks.get(n);
                boolean child = t.getNumber().startsWith(parent.getNumber() + ".");
                if (!child && !list) {
                    break;
                }
                t.setUnitName(parent.getUnitName());
                t.setSubject(parent.getUnitName());
            }
        }
    }

    /**
     * The items of a section that opens with one unnumbered line giving them all to a unit ("Giao phòng Quản lý Công
     * nghiệp triển khai, thực hiện các công việc:" then "1. Tổ chức kiểm tra …", "2. Chuẩn bị …") are that unit's, up to
     * the first item that names a unit of its own.
     */
    private static void ownerOfTheList(List<SourceLine> org, List<Integer> starts, List<TaskItem> tasks) {
        if (starts.isEmpty() || tasks.get(0).getUnitName() != null) {
            return;
        }
        String intro = null;
        for (SourceLine l : org.subList(0, starts.get(0))) {
            String t = l.text() == null ? "" : CiteText.stripEmphasis(l.text()).strip();
            if (!t.isEmpty()) {
                if (intro != null) {
                    return; // prose before the items, not one line introducing them
                }
                intro = t;
            }
        }
        if (intro == null || !intro.endsWith(":")) {
            return;
        }
        CiteText.Joined j = new CiteText.Joined(List.of(new SourceLine(0, intro, vn.plancheck.model.Location.line(0))));
        UnitNames.Span s = UnitNames.leading(j.folded, 0, j.folded.length());
        if (s == null) {
            return;
        }
        String unit = UnitNames.text(j.text, s);
        // "Giao X triển khai, thực hiện …": the unit given the work is in charge of it
        Matcher given = GIVEN_LEAD.matcher(j.folded);
        boolean leads = given.lookingAt() && CHU_TRI_AFTER.matcher(j.folded).region(s.end(), j.folded.length()).lookingAt();
        for (int n = 0; n < tasks.size() && tasks.get(n).getUnitName() == null; n++) {
            tasks.get(n).setUnitName(unit);
            tasks.get(n).setSubject(unit);
            tasks.get(n).setLead(tasks.get(n).isLead() || leads);
        }
    }

    /** The item at {@code from} is one line ending in a colon, and the next item follows it directly. */
    private static boolean introducesList(List<SourceLine> org, int from, int next) {
        String head = CiteText.stripEmphasis(org.get(from).text() == null ? "" : org.get(from).text()).strip();
        if (!head.endsWith(":")) {
            return false;
        }
        for (int i = from + 1; i < next; i++) {
            if (org.get(i).text() != null && !org.get(i).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The unit an item assigns: the noun phrase that opens it, cut before the first verb. A short heading line
     * without a verb ("3. Sở Y tế") is the unit by itself; a long first line, or one ending in "," / "và" / "-",
     * continues on the next lines (OCR breaks "… chính trị-xã hội huyện, tổ\n\nchức nghiên cứu").
     */
    private static Owner itemOwner(List<SourceLine> org, int i) {
        List<SourceLine> head = new ArrayList<>(List.of(org.get(i)));
        CiteText.Joined j = new CiteText.Joined(head);
        UnitNames.Span s = UnitNames.leading(j.folded, 0, j.folded.length());
        if (s == null) {
            return notLeading(j);
        }
        String firstLine = j.text.strip();
        if (onlyPunctuationFrom(j.text, s.end()) && (dangling(firstLine) || words(firstLine) > JOIN_IF_WORDS_OVER)) {
            for (int k = i + 1; k < org.size() && head.size() < 3; k++) {
                String t = org.get(k).text() == null ? "" : org.get(k).text();
                if (t.isBlank()) {
                    continue;
                }
                if (OPENER.matcher(t).find() || ITEM.matcher(t).find()) {
                    break;
                }
                head.add(org.get(k));
            }
            j = new CiteText.Joined(head);
            s = UnitNames.leading(j.folded, 0, j.folded.length());
        }
        String unit = UnitNames.text(j.text, s);
        return new Owner(unit, unit);
    }

    /**
     * Whether nothing but white space and ".,;:-–&" follows {@code from}: whether
     * {@code Regex.replaceAll(text.substring(from), "[\\s.,;:\\-–&]+", "")} is empty.
     */
    private static boolean onlyPunctuationFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Regex.isSpace(c) && ".,;:-–&".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line ends in "," "-" "–" "&" or in "và"/"va" after white space: what
     * {@code Regex.matches(line, "(?s).*(?:[,\\-–&]|\\s(?:và|va))$")} tells ({@code matches} must reach the end, so "$"
     * is the end).
     */
    private static boolean dangling(String line) {
        int n = line.length();
        if (n == 0) {
            return false;
        }
        char last = line.charAt(n - 1);
        if (",-–&".indexOf(last) >= 0) {
            return true;
        }
        return n >= 3 && (last == 'à' || last == 'a') && line.charAt(n - 2) == 'v' && Regex.isSpace(line.charAt(n - 3));
    }

    /**
     * An item that does not open with a unit: the unit that is the subject after the sentence's circumstances
     * ("Căn cứ …, các sở, ban, ngành xây dựng …"), else its opening words, or the agent of a passive ("… do Tổ
     * trưởng tổ công tác phân công"), which is the unit when it is one.
     */
    private static Owner notLeading(CiteText.Joined j) {
        String f = j.folded;
        UnitNames.Span framed = framedSubject(f);
        if (framed != null) {
            String unit = UnitNames.text(j.text, framed);
            return new Owner(unit, unit);
        }
        UnitNames.Span open = UnitNames.opening(f, 0, f.length());
        if (open == null) {
            return new Owner(null, null);
        }
        Matcher e = CLAUSE_END.matcher(f).region(open.start(), f.length());
        int clauseEnd = e.find() ? e.start() : f.length();
        Matcher agent = AGENT.matcher(f).region(open.start(), clauseEnd);
        if (agent.find() && agent.start() > open.start()) {
            UnitNames.Span unit = UnitNames.phraseAt(f, agent.end(), clauseEnd, null);
            if (unit != null) {
                String name = UnitNames.text(j.text, unit);
                return new Owner(name, name);
            }
            UnitNames.Span who = UnitNames.opening(f, agent.end(), clauseEnd);
            if (who != null) {
                return new Owner(null, UnitNames.text(j.text, who));
            }
        }
        return new Owner(null, UnitNames.text(j.text, open));
    }

    /**
     * In a sentence opened by {@link #FRAMING}, the first unit after a comma that the sentence goes on after (its
     * subject: the circumstances name documents and situations, not bodies); null when none.
     */
    private static UnitNames.Span framedSubject(String f) {
        int pos = UnitNames.afterLeadIn(f, 0, f.length());
        if (!FRAMING.matcher(f).region(pos, f.length()).lookingAt()) {
            return null;
        }
        Matcher e = CLAUSE_END.matcher(f).region(pos, f.length());
        int end = e.find() ? e.start() : f.length();
        for (int c = f.indexOf(',', pos); c >= 0 && c < end; c = f.indexOf(',', c + 1)) {
            UnitNames.Span s = UnitNames.phraseAt(f, c + 1, end, null);
            if (s != null && goesOn(f, s.end(), end)) {
                return s;
            }
        }
        return null;
    }

    /** Whether anything but spaces and commas stands in [from, to): looked at until the first such char only. */
    private static boolean goesOn(String f, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Role of the item's own unit, then units the item names after "phối hợp với" / "chủ trì:". An item without a unit
     * of its own ("2. Trách nhiệm thực hiện") assigns in its bullets: each bullet that opens with a unit gives that unit
     * the bullet's role ("- Sở Nội vụ hướng dẫn …; tham mưu khen thưởng …" leads).
     */
    private static void taskUnits(TaskItem task, List<SourceLine> itemLines, Map<String, UnitRef> units) {
        CiteText.Joined j = new CiteText.Joined(itemLines);
        if (task.getUnitName() != null) {
            UnitRole role = role(j);
            for (String name : splitUnits(task.getUnitName())) {
                put(units, name, role, task.getLine(), task.getText(), true);
            }
        } else {
            for (List<SourceLine> bullet : bullets(itemLines)) {
                CiteText.Joined b = new CiteText.Joined(bullet);
                UnitNames.Span s = UnitNames.leading(b.folded, 0, b.folded.length());
                if (s != null) {
                    for (String name : splitUnits(UnitNames.text(b.text, s))) {
                        put(units, name, role(b), bullet.get(0).number(), b.text, true);
                    }
                }
            }
        }
        named(j, SUPPORT_INTRO, SUPPORT_INTRO_STARTS, UnitRole.SUPPORT, units);
        named(j, LEAD_INTRO, LEAD_INTRO_STARTS, UnitRole.LEAD, units);
        Matcher g = transparent(GIVEN_LEAD, j.folded);
        for (int from = 0; GIVEN_LEAD_STARTS.find(g, j.foldedChars(), from, j.folded.length()); from = g.end()) {
            UnitNames.Span s = UnitNames.phraseAt(j.folded, g.end(), j.folded.length(), CHU_TRI_AFTER);
            if (s != null && CHU_TRI_AFTER.matcher(j.folded).region(s.end(), j.folded.length()).lookingAt()) {
                put(units, UnitNames.text(j.text, s), UnitRole.LEAD, j.lineAt(s.start()), lineText(j, s), true);
            }
        }
    }

    /** LEAD when the wording leads, SUPPORT when the unit only cooperates, else MENTIONED. */
    private static UnitRole role(CiteText.Joined j) {
        return leads(j.folded, j.foldedChars()) ? UnitRole.LEAD : cooperates(j.folded) ? UnitRole.SUPPORT : UnitRole.MENTIONED;
    }

    /** {@code LEAD_VERB.matcher(folded).find()}, tried only where {@link #LEAD_VERB} can start. */
    private static boolean leads(String folded, char[] chars) {
        return LEAD_VERB_STARTS.find(transparent(LEAD_VERB, folded), chars, 0, chars.length);
    }

    /**
     * A matcher of {@code p} over {@code s} that {@link WordStarts#find} can move from start to start: look-behinds
     * see the text before each start, as they do in {@code find()}.
     */
    private static Matcher transparent(Pattern p, String s) {
        return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+•–*]\\s*(?=\\S)|[a-zđ]\\)\\s*)");

    /** The bullets ("- …", "a) …") among the lines after an item's heading, each with the lines that continue it. */
    private static List<List<SourceLine>> bullets(List<SourceLine> itemLines) {
        List<List<SourceLine>> out = new ArrayList<>();
        List<SourceLine> cur = null;
        for (SourceLine l : itemLines.subList(Math.min(1, itemLines.size()), itemLines.size())) {
            String t = l.text() == null ? "" : l.text();
            if (BULLET.matcher(t).find()) {
                cur = new ArrayList<>();
                out.add(cur);
            }
            if (cur != null && !t.isBlank()) {
                cur.add(l);
            }
        }
        return out;
    }

    /**
     * True when some clause of the item has "phối hợp" as its first verb: the unit itself cooperates ("- Phối hợp
     * với các sở …"). In "Chỉ đạo các đơn vị trực thuộc phối hợp …" others cooperate, and the unit leads them.
     */
    private static boolean cooperates(String folded) {
        if (!saysSupport(folded)) {
            return false; // no clause can open with "phối hợp" when the item never says it
        }
        for (String clause : CLAUSE_SPLIT.split(folded)) {
            Matcher v = transparent(FIRST_VERB, clause);
            if (FIRST_VERB_STARTS.find(v, clause.toCharArray(), 0, clause.length()) && SUPPORT_VERB.matcher(v.group()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code SUPPORT_VERB.matcher(folded).find()}, tried only at the "PH" it opens with. */
    private static boolean saysSupport(String folded) {
        Matcher m = transparent(SUPPORT_VERB, folded);
        for (int p = folded.indexOf("PH"); p >= 0; p = folded.indexOf("PH", p + 1)) {
            if (m.region(p, folded.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static void named(CiteText.Joined j, Pattern intro, WordStarts starts, UnitRole role,
            Map<String, UnitRef> units) {
        Matcher m = transparent(intro, j.folded);
        for (int from = 0; starts.find(m, j.foldedChars(), from, j.folded.length()); from = m.end()) {
            UnitNames.Span s = UnitNames.phraseAt(j.folded, m.end(), j.folded.length(), null);
            if (s != null) {
                for (String name : splitUnits(UnitNames.text(j.text, s))) {
                    put(units, name, role, j.lineAt(s.start()), lineText(j, s), true);
                }
            }
        }
    }

    /** Every other body named in the plan, as MENTIONED; known names keep their role and line. */
    private static void mentions(List<SourceLine> allLines, Map<String, UnitRef> units) {
        CiteText.Joined j = new CiteText.Joined(allLines);
        for (UnitMentions.Mention m : UnitMentions.find(j)) {
            String name = slice(j, m.start(), m.end());
            put(units, name, UnitRole.MENTIONED, j.lineAt(m.start()), lineText(j, new UnitNames.Span(m.start(),
                    m.end())), false);
        }
    }

    /** {@link CiteText.Joined#slice}, made one line by {@link UnitNames#oneLine}, which spares clean names the regex. */
    private static String slice(CiteText.Joined j, int from, int to) {
        int a = Math.max(0, Math.min(from, j.text.length()));
        int z = Math.max(a, Math.min(to, j.text.length()));
        return UnitNames.oneLine(j.text.substring(a, z));
    }

    /**
     * "Bộ Chỉ huy Biên phòng tỉnh, Bộ Chỉ huy quân sự tỉnh" names two units; "Sở Văn hoá, Thể thao và Du lịch" and
     * "Các sở, ban, ngành" name one. A new unit starts at a comma or "và" followed by a capitalised unit noun; any
     * other piece belongs to the unit before it ("Bộ Khoa học và Công nghệ và Chính phủ" names two).
     */
    static List<String> splitUnits(String name) {
        if (VAN_PHONG.matcher(CiteText.foldKeep(name)).lookingAt()) {
            return List.of(name); // "Văn phòng HĐND và UBND xã" is one office
        }
        Matcher sep = SPLIT.matcher(name);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (sep.find()) {
            String next = name.substring(sep.end());
            if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && UnitNames.startsWithUnit(CiteText.foldKeep(next), 0)
                    && startsWithUnit(name.substring(start, sep.start()))) {
                out.add(name.substring(start, sep.start()));
                start = sep.end();
            }
        }
        if (out.isEmpty()) {
            return List.of(name);
        }
        out.add(name.substring(start));
        return out;
    }

    private static boolean startsWithUnit(String part) {
        return !part.isEmpty() && Character.isUpperCase(part.charAt(0)) && UnitNames.startsWithUnit(CiteText.foldKeep(part), 0);
    }

    /**
     * Adds or merges a unit. Task-derived units ({@code upgrade}) raise the role of a known unit and move it to the
     * line where it got that role; mentions only add names not seen yet.
     */
    private static void put(Map<String, UnitRef> units, String name, UnitRole role, int line, String text,
            boolean upgrade) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = key(name);
        UnitRef known = units.get(key);
        if (known == null) {
            units.put(key, new UnitRef(name, role, line, text));
        } else if (upgrade && rank(role) > rank(known.getRole())) {
            known.setName(name);
            known.setRole(role);
            known.setLine(line);
            known.setText(text);
        }
    }

    /** Folded name with dashes unified and spaces around them removed: "Lao động – Thương" = "Lao dong-Thuong". */
    static String key(String name) {
        return withoutTrailingPunct(unifiedDashes(VietText.fold(name)));
    }

    /** {@code Regex.replaceAll(s, "\\s*[-–—]\\s*", "-")}: each dash, with the white space around it, as "-". */
    private static String unifiedDashes(String s) {
        int first = 0;
        while (first < s.length() && !isDash(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDash(c)) {
                b.append(c);
                continue;
            }
            // the white space before a dash is never part of an earlier match: that one took all it was followed by
            int end = b.length();
            while (end > 0 && Regex.isSpace(b.charAt(end - 1))) {
                end--;
            }
            b.setLength(end);
            b.append('-');
            while (i + 1 < s.length() && Regex.isSpace(s.charAt(i + 1))) {
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /**
     * {@code Regex.replaceAll(s, "[.,;:]+$", "")}: the run of those chars that ends the text goes. When the text ends
     * in a line terminator, before which "$" matches too, the regex itself is run.
     */
    private static String withoutTrailingPunct(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        char last = s.charAt(n - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return Regex.replaceAll(s, "[.,;:]+$", "");
        }
        int end = n;
        while (end > 0 && ".,;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == n ? s : s.substring(0, end);
    }

    private static int rank(UnitRole r) {
        return r == UnitRole.LEAD ? 2 : r == UnitRole.SUPPORT ? 1 : 0;
    }

    /** The text of the line where a span starts. */
    private static String lineText(CiteText.Joined j, UnitNames.Span s) {
        return j.lineTextAt(s.start());
    }

    /**
     * {@code Regex.split(s.strip(), "\\s+").length} (0 for a blank {@code s}): the stripped text neither starts nor ends
     * with white space, so it has one word more than runs of white space.
     */
    private static int words(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 1; i < t.length(); i++) {
            if (Regex.isSpace(t.charAt(i)) && !Regex.isSpace(t.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean mostlyUpper(String s) {
        return Lines.upperRatio(s) >= 2.0 / 3;
    }
}
