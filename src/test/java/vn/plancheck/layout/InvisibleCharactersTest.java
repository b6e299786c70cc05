package vn.plancheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.pipeline.Checker;
import vn.plancheck.rules.RuleBase;

/**
 * Characters a reader of the document cannot see must not change what plancheck reads or reports. For every .txt
 * plan in fixtures/plans (own plans and seeds, clean and OCR), the test injects what Word, web pages and PDF
 * converters leave in real files:
 * <ul>
 * <li>a no-break space (U+00A0) for the space after "Số:" (and after "Số" of a party number line), and for every
 * space inside a date ("ngày 14 tháng 02 năm 2023", "ngày 05/7/2023");</li>
 * <li>U+FEFF as the first character of the text (after the file's own byte-order mark) and before "Số";</li>
 * <li>a zero-width space (U+200B) at the start of every line that starts a heading or a list item;</li>
 * <li>a soft hyphen (U+00AD) inside every document symbol, after its first hyphen or slash
 * ("7/KH-\u00ADUBND", "12-KH/\u00ADĐU", "28/2019/TT-\u00ADBLĐTBXH").</li>
 * </ul>
 * No line is added or removed, so the parsed facts and the findings (rule, severity, line) must be exactly those
 * of the original file.
 */
class InvisibleCharactersTest {
    static final char NBSP = '\u00A0';
    static final char BOM = '\uFEFF';
    static final char ZWSP = '\u200B';
    static final char SHY = '\u00AD';

    /** "Số:" / "Số" at the start of a number line, and the first space after it. */
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(\\s*)(Số:?) ");
    private static final Pattern NUMBER_LABEL_ANYWHERE = Pattern.compile("Số: ");
    private static final Pattern DATE = Pattern.compile(
            "ngày +(?:\\d{1,2} +)?tháng +(?:\\d{1,2} +)?năm +\\d{4}|ngày +\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");
    /** A heading or list item: "I.", "2.", "2.1.", "a)", "1)", "-", "+", "•" followed by a space. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[IVXLC]+\\.|\\d+(?:\\.\\d+)*\\.|\\d+\\)|[a-zđ]\\)|[-+•–])\\s");
    /** The first separator inside a symbol: "7/KH-|UBND", "12-KH/|ĐU", "28/2019/TT-|BLĐTBXH", "23/QĐ-|TTg". */
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\d])(\\d+(?:/\\d{4})?[/-][A-ZĐ][A-ZĐ&]*[-/])(?=[A-ZĐ])");

    private static Checker checker;

    @BeforeAll
    static void rules() throws Exception {
        checker = new Checker(RuleBase.load(Path.of("rules"), "rules"), "test");
    }

    @TestFactory
    Stream<DynamicTest> everyPlanReadsTheSameWithInvisibleCharacters(@TempDir Path tmp) throws IOException {
        List<Path> plans;
        try (Stream<Path> s = Files.list(RenderingsTest.PLANS)) {
            plans = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(plans.size() >= 20, "the own plans and the seeds");
        return plans.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, tmp)));
    }

    private static void check(Path plan, Path tmp) throws IOException {
        String original = Files.readString(plan, StandardCharsets.UTF_8);
        String injected = inject(original);
        assertNotEquals(original, injected, "nothing was injected into " + plan.getFileName());
        Path copy = tmp.resolve(plan.getFileName());
        // UTF-8 with a byte-order mark, then the text, which itself starts with U+FEFF
        Files.writeString(copy, BOM + injected, StandardCharsets.UTF_8);

        DocumentResult a = checker.checkText(LayoutFacts.read(plan));
        DocumentResult b = checker.checkText(LayoutFacts.read(copy));
        List<String> diffs = new ArrayList<>(LayoutFacts.diff(LayoutFacts.of(a.getPlan()), LayoutFacts.of(b.getPlan()), "with invisibles"));
        List<String> fa = LayoutFacts.findings(a.getFindings());
        List<String> fb = LayoutFacts.findings(b.getFindings());
        for (String f : fa) {
            if (!fb.contains(f)) {
                diffs.add("finding lost: " + f);
            }
        }
        for (String f : fb) {
            if (!fa.contains(f)) {
                diffs.add("finding added: " + f);
            }
        }
        if (diffs.isEmpty()) {
            assertEquals(fa, fb, plan.getFileName() + ": findings (rule, severity, line)"); // duplicates count too
        }
        assertTrue(diffs.isEmpty(), plan.getFileName() + " with invisible characters reads differently:\n  "
                + String.join("\n  ", diffs));
    }

    /** The text with the invisible characters described in the class comment; the same lines, in the same order. */
    static String inject(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        out.append(BOM);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            l = symbols(l);
            l = dates(l);
            Matcher m = NUMBER_LABEL.matcher(l);
            if (m.find()) {
                l = m.group(1) + BOM + m.group(2) + NBSP + l.substring(m.end());
            } else {
                l = NUMBER_LABEL_ANYWHERE.matcher(l).replaceAll("Số:" + NBSP); // "Số:" beside the date (OCR headers)
            }
            if (ITEM.matcher(l).find()) {
                l = ZWSP + l;
            }
            out.append(l);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String dates(String l) {
        return DATE.matcher(l).replaceAll(r -> Matcher.quoteReplacement(r.group().replace(' ', NBSP)));
    }

    private static String symbols(String l) {
        return SYMBOL.matcher(l).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + SHY));
    }

    /** The injection itself, on one header and one body line, so that a failure above is not the injector's. */
    @Test
    void injectsWhatTheClassCommentSays() {
        String in = String.join("\n",
                "ỦY BAN NHÂN DÂN",
                "Số: 7/KH-UBND",
                "Đông Sơn, ngày 14 tháng 02 năm 2023",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "- Căn cứ Thông tư số 28/2019/TT-BLĐTBXH ngày 26/12/2019, báo cáo trước ngày 05/7/2023.",
                "Số 12-KH/ĐU");
        String[] out = inject(in).split("\n", -1);
        assertEquals(BOM + "ỦY BAN NHÂN DÂN", out[0]);
        assertEquals(BOM + "Số:" + NBSP + "7/KH-" + SHY + "UBND", out[1]);
        assertEquals("Đông Sơn, ngày" + NBSP + "14" + NBSP + "tháng" + NBSP + "02" + NBSP + "năm" + NBSP + "2023", out[2]);
        assertEquals(ZWSP + "I. MỤC ĐÍCH, YÊU CẦU", out[3]);
        assertEquals(ZWSP + "- Căn cứ Thông tư số 28/2019/TT-" + SHY + "BLĐTBXH ngày" + NBSP + "26/12/2019, báo cáo trước ngày"
                + NBSP + "05/7/2023.", out[4]);
        assertEquals(BOM + "Số" + NBSP + "12-KH/" + SHY + "ĐU", out[5]);
    }
}
