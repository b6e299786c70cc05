package vn.plancheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FoldedTest {
    /** The map built char by char, as every text went before the one-to-one shortcut. */
    private static Folded mapped(String s) {
        return Folded.fold(s, false, new Folded.Builder(s.length())).build(s.length());
    }

    @Test
    void theOneToOneShortcutGivesWhatTheMapGives() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", " ", "Kế hoạch số 12/KH-UBND\nngày 5 tháng 3\tnăm 2025",
                "\u00A0Đoàn\u2028x", "Ke\u0302\u0301 hoa\u0323ch", "한국어 và ﬁ", "\u2007 \u0000", "𝔘 ✓ “trích dẫn”", "ǆ ß Ǆ"));
        for (Path p : Files.list(Path.of("fixtures/plans")).sorted().toList()) {
            if (p.toString().endsWith(".txt")) {
                texts.add(Files.readString(p));
            }
        }
        Random random = new Random(11);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậ\u0301\u0323\t\n\u00A0\u2003.,;:/-0123456789ﬁ한";
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String s : texts) {
            Folded quick = Folded.of(s, false);
            Folded slow = mapped(s);
            assertEquals(slow.text(), quick.text(), s);
            for (int i = 0; i <= slow.length() + 1; i++) {
                assertEquals(slow.originalStart(i), quick.originalStart(i), s + " @" + i);
            }
            for (int i = 0; i < slow.length(); i++) {
                assertEquals(slow.originalEnd(i), quick.originalEnd(i), s + " @" + i);
                for (int j = i; j <= Math.min(slow.length(), i + 40); j++) {
                    assertEquals(slow.originalSpan(s, i, j), quick.originalSpan(s, i, j));
                }
            }
        }
    }

    @Test
    void aOneToOneFoldRefusesOffsetsOutsideItAsTheMapDoes() {
        Folded f = Folded.of("Kế hoạch", false);
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.originalEnd(8));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.originalEnd(-1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.originalStart(-1));
    }
}
