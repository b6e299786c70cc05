package vn.plancheck.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import vn.plancheck.ingest.SourceLine;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.text.VietText;

/** Test helpers: the seed plans, text with diacritics stripped, and the section bounds a parser would pass. */
final class CiteFixtures {
    private static final Pattern ROMAN = Pattern.compile("^\\s*[IVXL1l|]{1,5}\\s*\\.\\s*\\S");

    private CiteFixtures() {
    }

    static String seedText(String prefix) {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Paths.get("fixtures/plans"), prefix + "*.txt")) {
            for (Path p : dir) {
                return Files.readString(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no fixture " + prefix);
    }

    static List<SourceLine> seed(String prefix) {
        return lines(seedText(prefix));
    }

    static List<SourceLine> lines(String text) {
        return SourceText.ofString("test", text).lines();
    }

    /** The same text as a keyboard without Vietnamese input would type it: no diacritics, đ → d, case kept. */
    static String strip(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Line number of the first Roman-numeral section heading, as the parser passes it to the citation extractor. */
    static int firstHeading(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            if (isHeading(l.text())) {
                return l.number();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Lines of "Tổ chức thực hiện" after its heading, up to the next heading or "Nơi nhận". */
    static List<SourceLine> orgSection(List<SourceLine> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            String f = VietText.fold(lines.get(i).text());
            if (from < 0) {
                if (isHeading(lines.get(i).text()) && f.replaceAll("[^A-Z ]", "").contains("TO CH")) {
                    from = i + 1;
                }
            } else if (isHeading(lines.get(i).text()) || f.startsWith("NOI N") || f.startsWith("NO'I N")) {
                return lines.subList(from, i);
            }
        }
        return from < 0 ? List.of() : lines.subList(from, lines.size());
    }

    private static boolean isHeading(String t) {
        if (!ROMAN.matcher(t).find()) {
            return false;
        }
        long up = t.chars().filter(Character::isUpperCase).count();
        long low = t.chars().filter(Character::isLowerCase).count();
        return up > 0 && up >= 2 * low;
    }
}
