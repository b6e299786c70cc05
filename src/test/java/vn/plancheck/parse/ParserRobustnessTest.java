package vn.plancheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.plancheck.ingest.SourceText;
import vn.plancheck.model.Plan;
import vn.plancheck.model.Section;

/** The parser never throws, and a plan with its diacritics stripped gives the same facts as the original. */
class ParserRobustnessTest {
    private static final String VIET = "ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữựíìịỉĩóòọỏõúùụủũýỳỵỷỹ";

    @Test
    void neverThrowsOnRandomTextOrBinaryGarbage() throws IOException {
        Random r = new Random(20261123L);
        PlanParser parser = Parsers.standard();
        String seed = Files.readString(Path.of("fixtures/plans/seed3-ubnd-laichau-thang-hanh-dong-2024.txt"));
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(3000);
            for (int k = 0; k < len; k++) {
                int kind = r.nextInt(10);
                if (kind < 3) {
                    b.append((char) r.nextInt(0xFFFF)); // binary garbage, lone surrogates included
                } else if (kind < 5) {
                    b.append(VIET.charAt(r.nextInt(VIET.length())));
                } else if (kind < 6) {
                    b.append(r.nextBoolean() ? '\n' : ' ');
                } else if (kind < 8) {
                    int at = r.nextInt(Math.max(1, seed.length() - 40));
                    b.append(seed, at, at + r.nextInt(40)); // pieces of a real plan, shuffled
                } else {
                    b.append("Số: 12/KH-UBND ngày 31/6/2024 I. II. 1.1. a) - Nơi nhận: TM. KT. 2511212023 ".charAt(r.nextInt(70)));
                }
            }
            Plan p = parser.parse(SourceText.ofString("random-" + i, b.toString()));
            assertNotNull(p);
        }
    }

    @Test
    void strippedDiacriticsGiveTheSameFacts() throws IOException {
        for (String name : List.of("seed1-khcn-bacgiang-thang-hanh-dong-2021.txt", "seed3-ubnd-laichau-thang-hanh-dong-2024.txt",
                "own-05-tinh-ha-tinh-thang-hanh-dong-2024.txt", "own-08-dang-uy-xa-phu-dinh-chi-thi-28-2026.txt")) {
            String text = Files.readString(Path.of("fixtures/plans", name)).replace("**", "");
            Plan a = Parsers.standard().parse(SourceText.ofString(name, text));
            Plan b = Parsers.standard().parse(SourceText.ofString(name, strip(text)));
            assertEquals(a.getNumber(), b.getNumber(), name);
            assertEquals(strip(a.getSymbol()), strip(b.getSymbol()), name);
            assertEquals(a.getIssueDate(), b.getIssueDate(), name);
            assertEquals(a.getProfile(), b.getProfile(), name);
            assertEquals(a.getSystem(), b.getSystem(), name);
            assertEquals(a.getYear(), b.getYear(), name);
            assertEquals(strip(a.getTheme()), strip(b.getTheme()), name);
            assertEquals(a.getPeriodStart(), b.getPeriodStart(), name);
            assertEquals(a.getPeriodEnd(), b.getPeriodEnd(), name);
            assertEquals(a.getTopSections().stream().map(Section::getKind).toList(), b.getTopSections().stream().map(Section::getKind).toList(), name);
            assertEquals(a.getCitations().stream().map(c -> c.getKey() + "@" + c.getDate()).toList(),
                    b.getCitations().stream().map(c -> c.getKey() + "@" + c.getDate()).toList(), name);
            assertEquals(a.getDeadlines().stream().map(d -> d.getKind() + "@" + d.getDate()).toList(),
                    b.getDeadlines().stream().map(d -> d.getKind() + "@" + d.getDate()).toList(), name);
            assertEquals(a.getTasks().size(), b.getTasks().size(), name);
            assertEquals(strip(a.getSignature() == null ? null : a.getSignature().getName()),
                    strip(b.getSignature() == null ? null : b.getSignature().getName()), name);
            assertEquals(a.getRecipients().size(), b.getRecipients().size(), name);
        }
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }
}
