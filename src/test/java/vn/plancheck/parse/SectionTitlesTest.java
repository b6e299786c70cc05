package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.SectionTitle;

class SectionTitlesTest {
    private final SectionTitles titles = new SectionTitles(List.of(new SectionTitle("TIMELINE", "THỜI GIAN"),
            new SectionTitle("ORGANIZATION", "TRÁCH NHIỆM THỰC HIỆN"), new SectionTitle("ORGANIZATION", "TỔ CHỨC THỰC HIỆN"),
            new SectionTitle("BUDGET", "KINH PHÍ")));

    @Test
    void aHeadingJoiningTwoPartsIsBothInCapitalsAsInLowerCase() {
        assertEquals(List.of("TIMELINE", "ORGANIZATION"), titles.kindsOf("THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN"));
        assertEquals(List.of("TIMELINE", "ORGANIZATION"), titles.kindsOf("Thời gian và trách nhiệm thực hiện"));
        assertEquals(List.of("BUDGET", "ORGANIZATION"), titles.kindsOf("KINH PHÍ, TỔ CHỨC THỰC HIỆN"));
        assertEquals(List.of(), titles.kindsOf("TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG"));
    }

    @Test
    void aHeadingInSentenceCaseIsNothingButTitles() {
        assertEquals(true, titles.namesOnly("Tổ chức thực hiện"));
        assertEquals(true, titles.namesOnly("Kinh phí và tổ chức thực hiện"));
        assertEquals(false, titles.namesOnly("Tổ chức thực hiện các hoạt động tuyên truyền"));
        assertEquals(false, titles.namesOnly("Kinh phí hỗ trợ trẻ em"));
    }
}
