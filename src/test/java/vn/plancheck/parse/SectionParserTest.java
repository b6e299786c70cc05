package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.model.Location;
import vn.plancheck.model.Section;

/** Top-level headings whose numeral OCR garbled past reading. */
class SectionParserTest {
    private static final List<String> PLAN = List.of(
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Nâng cao nhận thức.",
            "II. NỘI DUNG",
            "1. Tuyên truyền.",
            "1ñ TƠ CHỨCTH-JGHISN",
            "1. Văn phòng chủ trì.",
            "2. Các phòng phối hợp.");

    @Test
    void aGarbledNumeralBeforeASectionsTitleInCapitalsIsTheNextHeadingOnOcrText() {
        SectionParser.Result r = SectionParser.parse(lines(PLAN), Parsers.vocabulary().sectionTitles(), true);
        assertEquals(List.of("I", "II", "III"), top(r).stream().map(Section::getNumber).toList());
        assertEquals(List.of("PURPOSE", "CONTENT", "ORGANIZATION"), top(r).stream().map(s -> s.getKinds().get(0)).toList());
        assertEquals(List.of(), r.issues(), "given the due number, it breaks no numbering");
    }

    @Test
    void typedTextAndOrdinaryLinesAreNotHeadings() {
        assertEquals(2, top(SectionParser.parse(lines(PLAN), Parsers.vocabulary().sectionTitles(), false)).size(),
                "typed text: numerals are read as written");
        List<String> body = new ArrayList<>(PLAN.subList(0, 5));
        body.add("UU TIÊN NGUỒN LỰC CHO TRẺ EM");        // capitals, a label of stems, but no section's title
        body.add("Hn tổ chức thực hiện các hoạt động"); // a section's title, but not in capitals
        body.add("Về TỔ CHỨC THỰC HIỆN");               // a section's title in capitals, but "Về" is a word, not stems
        assertEquals(2, top(SectionParser.parse(lines(body), Parsers.vocabulary().sectionTitles(), true)).size());
        List<String> first = List.of("Il MỤC ĐÍCH, YÊU CẦU", "1. Mục đích");
        assertEquals(0, top(SectionParser.parse(lines(first), Parsers.vocabulary().sectionTitles(), true)).size(),
                "only where a Roman heading came before: its number is inferred from it");
    }

    @Test
    void aDueHeadingInSentenceCaseThatIsOnlyASectionsTitleIsAHeading() {
        List<String> plan = List.of("I. MỤC TIÊU", "1. Tuyên truyền.", "II. NỘI DUNG KẾ HOẠCH", "I. Tổ chức tuyên truyền về phòng,"
                + " chống đuối nước.", "III. DỰ TOÁN KINH PHÍ THỰC HIỆN:", "- Ngân sách xã.", "IV. Tổ chức thực hiện.",
                "1. Văn phòng chủ trì.", "VI. Kinh phí hỗ trợ");
        List<Section> top = top(SectionParser.parse(lines(plan), Parsers.vocabulary().sectionTitles(), false));
        assertEquals(List.of("I", "II", "III", "IV"), top.stream().map(Section::getNumber).toList(),
                "a list item, and a sentence-case title that is more than a title or is not due, are not headings");
        assertEquals("ORGANIZATION", top.get(3).getKinds().get(0));
    }

    private static List<Section> top(SectionParser.Result r) {
        return r.sections().stream().filter(s -> s.getLevel() == 1).toList();
    }

    private static List<SourceLine> lines(List<String> texts) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new SourceLine(i + 1, texts.get(i), Location.line(i + 1)));
        }
        return out;
    }
}
