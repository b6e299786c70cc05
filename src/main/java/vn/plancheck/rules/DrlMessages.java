package vn.plancheck.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' build errors as an official can act on them: what is wrong, in Vietnamese, first, and Drools' own words
 * after it ("(Drools: …)"), at the line to fix. The parser reports a missing ")" on the line after it (where the
 * next word did not fit) and a missing "end" at the end of the file; both are moved to the line that needs the fix.
 */
final class DrlMessages {
    private static final Pattern MISMATCHED = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) mismatched input '(.*?)'(?: in rule \"(.*)\")?.*");
    private static final Pattern OTHER_PARSER = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) (.*)");
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '(.+?)'.*");
    private static final Pattern NO_PROPERTY = Pattern.compile(
            "Unable to Analyse Expression (.+?): \\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)].*");
    private static final Pattern NO_METHOD = Pattern.compile(".*The method (\\w+)\\(.*?\\) is undefined for the type (\\w+).*");
    private static final Pattern UNRESOLVED = Pattern.compile(".*?(\\$?[\\w.]+) cannot be resolved(?: to a (?:variable|type))?.*");
    private static final Pattern MISSING_SEMICOLON = Pattern.compile(".*Syntax error, insert \";\" to complete.*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
    private static final String[] KEYWORDS = {"rule", "when", "then", "end", "salience", "no-loop", "import", "global",
        "package", "not", "exists", "eval", "from", "accumulate", "collect", "and", "or", "forall"};
    /** Fact types of the model, for a near miss ("Plann" → "Plan"). */
    private static final String MODEL = "vn.plancheck.model.";

    private DrlMessages() {
    }

    /** A Drools message, located and explained; {@code text} is the rule file's content (null when unreadable). */
    static RuleError explain(String file, int line, String original, String text) {
        String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
        Matcher m = MISMATCHED.matcher(original);
        if (m.matches()) {
            return mismatched(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4), original, lines);
        }
        if ((m = NO_TYPE.matcher(original)).matches()) {
            return new RuleError(file, line, "không có loại dữ kiện “" + m.group(1) + "”" + nearType(m.group(1))
                    + "; tên loại dữ kiện viết hoa chữ đầu, đúng chính tả (Plan, Section, Citation, Deadline, UnitRef…)."
                    + drools(original));
        }
        if ((m = NO_PROPERTY.matcher(original)).matches()) {
            String type = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
            return new RuleError(file, line, "dữ kiện " + type + " không có thuộc tính “" + m.group(3) + "”"
                    + nearProperty(m.group(2), m.group(3)) + "; xem tên các thuộc tính bằng ./plancheck facts TỆP." + drools(original));
        }
        if ((m = DUPLICATE.matcher(original)).matches()) {
            return new RuleError(file, line, "hai quy tắc cùng tên “" + m.group(1).strip() + "”: mỗi quy tắc phải có tên riêng." + drools(original));
        }
        if (original.startsWith("Rule Compilation error")) {
            return new RuleError(file, line, consequence(original) + drools(original));
        }
        if ((m = OTHER_PARSER.matcher(original)).matches()) {
            return new RuleError(file, Integer.parseInt(m.group(1)), "lỗi cú pháp ở cột " + (Integer.parseInt(m.group(2)) + 1) + "."
                    + drools(original));
        }
        return new RuleError(file, line, "lỗi trong tệp quy tắc." + drools(original));
    }

    /** A follow-on of another error of the same build that says nothing more ("The type Rule_X is already defined"). */
    static boolean isFollowOn(String original) {
        return original.startsWith("Parser returned a null Package")
                || original.matches("Rule Compilation error The type Rule_\\S+ is already defined.*");
    }

    private static String drools(String original) {
        return " (Drools: " + original + ")";
    }

    private static RuleError mismatched(String file, int line, int column, String token, String rule, String original, String[] lines) {
        String inRule = rule == null ? "" : " trong quy tắc “" + rule + "”";
        int quote = unclosedQuoteLine(lines, line);
        if (quote > 0) {
            return new RuleError(file, quote, "thiếu dấu ngoặc kép “\"” đóng chuỗi chữ mở ở dòng này." + drools(original));
        }
        int[] open = unclosedParen(lines, line, column);
        if (open != null) {
            int fix = lastTextLineBefore(lines, line, column);
            String where = open[0] == fix ? "" : " (mở ở dòng " + open[0] + ")";
            return new RuleError(file, fix, "thiếu dấu “)” đóng ngoặc" + where + inRule + ": mỗi “(” phải có “)” tương ứng,"
                    + " thường ở cuối điều kiện." + drools(original));
        }
        if ("<eof>".equals(token)) {
            int start = ruleStart(lines, rule);
            return new RuleError(file, start > 0 ? start : line, "tệp kết thúc khi quy tắc" + (rule == null ? "" : " “" + rule + "”")
                    + " chưa đóng: thiếu “end” ở cuối quy tắc." + drools(original));
        }
        String keyword = nearKeyword(token);
        if (keyword != null) {
            return new RuleError(file, line, "từ khóa “" + token + "” viết sai; có phải là “" + keyword + "”?" + drools(original));
        }
        return new RuleError(file, line, "lỗi cú pháp" + inRule + ": không chờ đợi “" + token + "” ở cột " + (column + 1)
                + " (thiếu hoặc thừa một dấu, một từ khóa ở ngay trước?)." + drools(original));
    }

    /** Consequence ("then") errors, which the Java compiler reports. */
    private static String consequence(String original) {
        Matcher m;
        if ((m = NO_METHOD.matcher(original)).matches()) {
            String near = "FindingCollector".equals(m.group(2)) && !"report".equals(m.group(1)) ? "; có phải là “report”?" : "";
            return "trong phần then: " + m.group(2) + " không có hàm “" + m.group(1) + "” với các đối số này" + near
                    + " (kết luận chuẩn: findings.report(drools, dòng, bằng chứng, \"thông báo\");).";
        }
        if (MISSING_SEMICOLON.matcher(original).matches()) {
            return "trong phần then: thiếu dấu chấm phẩy “;” ở cuối một câu lệnh.";
        }
        if ((m = UNRESOLVED.matcher(original)).matches()) {
            String name = m.group(1);
            return "trong phần then: “" + name + "” chưa được khai báo"
                    + (name.startsWith("$") ? " (biến phải được đặt tên ở phần when, ví dụ " + name + " : Plan( … ))." : ".");
        }
        return "lỗi trong phần then của quy tắc (câu lệnh Java).";
    }

    /** The line (1-based) of an odd quote before {@code errorLine}, or 0; comments are skipped. */
    private static int unclosedQuoteLine(String[] lines, int errorLine) {
        for (int i = 0; i < Math.min(lines.length, errorLine); i++) {
            String code = stripComment(lines[i]);
            int quotes = 0;
            for (int k = 0; k < code.length(); k++) {
                if (code.charAt(k) == '"' && (k == 0 || code.charAt(k - 1) != '\\')) {
                    quotes++;
                }
            }
            if (quotes % 2 == 1) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The innermost "(" still open at the error ({line, column}, 1-based line), counted from the start of the
     * rule around the error; null when every bracket is closed.
     */
    private static int[] unclosedParen(String[] lines, int errorLine, int errorColumn) {
        int from = 0;
        for (int i = Math.min(lines.length, errorLine) - 1; i >= 0; i--) {
            if (lines[i].stripLeading().startsWith("rule ") || lines[i].strip().equals("when")) {
                from = i;
                break;
            }
        }
        List<int[]> open = new ArrayList<>();
        for (int i = from; i < Math.min(lines.length, errorLine); i++) {
            String code = stripStrings(stripComment(lines[i]));
            int end = i == errorLine - 1 ? Math.min(code.length(), errorColumn) : code.length();
            for (int k = 0; k < end; k++) {
                char c = code.charAt(k);
                if (c == '(') {
                    open.add(new int[] {i + 1, k});
                } else if (c == ')' && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** The last line with code before the error's position (where a missing ")" belongs). */
    private static int lastTextLineBefore(String[] lines, int errorLine, int errorColumn) {
        if (errorLine - 1 < lines.length && !stripComment(lines[errorLine - 1]).substring(0,
                Math.min(errorColumn, stripComment(lines[errorLine - 1]).length())).isBlank()) {
            return errorLine;
        }
        for (int i = errorLine - 2; i >= 0; i--) {
            if (!stripComment(lines[i]).isBlank()) {
                return i + 1;
            }
        }
        return errorLine;
    }

    private static int ruleStart(String[] lines, String rule) {
        if (rule == null) {
            return 0;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("rule \"" + rule + "\"")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"' && (k == 0 || line.charAt(k - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '/' && k + 1 < line.length() && line.charAt(k + 1) == '/') {
                return line.substring(0, k);
            }
        }
        return line;
    }

    private static String stripStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }

    private static String nearKeyword(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        for (String k : KEYWORDS) {
            if (!k.equals(t) && distance(k, t) <= (k.length() <= 3 ? 1 : 2)) {
                return k;
            }
        }
        return null;
    }

    private static String nearType(String name) {
        for (String candidate : List.of("Plan", "Section", "Citation", "Deadline", "UnitRef", "Signature", "TaskItem",
                "DateMention", "Recipient", "DocumentKind", "ParentPlan", "RegisteredDocument")) {
            if (distance(candidate.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= 2) {
                try {
                    Class.forName(MODEL + candidate);
                    return " (có phải là “" + candidate + "”?)";
                } catch (ClassNotFoundException e) {
                    // not a fact type of this version
                }
            }
        }
        return "";
    }

    /** The nearest property of the fact type, from its getters ("numbr" → "number"). */
    private static String nearProperty(String className, String name) {
        try {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Method m : Class.forName(className).getMethods()) {
                String n = m.getName();
                String property = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                        : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
                if (property == null || m.getParameterCount() > 0 || n.equals("getClass")) {
                    continue;
                }
                property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
                int d = distance(property.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = property;
                }
            }
            return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (có phải là “" + best + "”?)" : "";
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return "";
        }
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
