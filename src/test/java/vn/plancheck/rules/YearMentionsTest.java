package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class YearMentionsTest {
    /** The allocation-free test agrees with the concatenating one it replaced, on every split of a few phrases. */
    @Test
    void endsWithWordsIsEqualsOrEndsWithASpaceAndTheWords() {
        List<String> phrases = List.of("THANG HANH DONG VI TRE EM NAM", "THANG HANH DONG VI TRE EM", "VI TRE EM", "EM",
                "TRE EM NAM", "NAM", "", " TRE EM", "TRE EMX", "XTRE EM");
        for (String s : phrases) {
            for (String words : List.of("TRE EM", "EM", "NAM", "TRE EM NAM", "THANG HANH DONG VI TRE EM")) {
                for (int end = 0; end <= s.length(); end++) {
                    String head = s.substring(0, end);
                    assertEquals(head.equals(words) || head.endsWith(" " + words), YearMentions.endsWithWords(s, end, words),
                            s + " / " + end + " / " + words);
                }
            }
        }
    }
}
