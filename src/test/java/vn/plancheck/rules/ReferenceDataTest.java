package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.plancheck.model.TemplateWord;
import vn.plancheck.model.YearlyEvent;

/** The tables read by column name: any column order, extra columns ignored, a missing column named with its line. */
class ReferenceDataTest {
    @Test
    void columnsAreFoundByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("template-words.csv"),
                "# ghi chú\nlevel,note,word,kind\nPROVINCE,,Tỉnh ủy,LEVEL\n,,các,CLASS\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("yearly-events.csv"), "event,source\nTết Trung thu,x\n", StandardCharsets.UTF_8);
        List<RuleError> errors = new ArrayList<>();
        ReferenceData d = ReferenceData.load(dir, "rules/data", errors);
        assertTrue(errors.isEmpty(), errors.toString());
        List<TemplateWord> words = d.facts().stream().filter(f -> f instanceof TemplateWord).map(f -> (TemplateWord) f).toList();
        assertEquals(2, words.size());
        assertEquals("Tỉnh ủy", words.get(0).getWord());
        assertEquals("PROVINCE", words.get(0).getLevel());
        assertEquals(TemplateWord.Kind.CLASS, words.get(1).getKind());
        assertEquals("Tết Trung thu", d.facts().stream().filter(f -> f instanceof YearlyEvent).map(f -> ((YearlyEvent) f).getName())
                .findFirst().orElseThrow());
    }

    @Test
    void aMissingColumnOrABadCellIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("template-words.csv"), "# ghi chú\nkind,level\nLEVEL,PROVINCE\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("yearly-events.csv"), "event\n\"\"\nTết Trung thu\n", StandardCharsets.UTF_8);
        List<RuleError> errors = new ArrayList<>();
        ReferenceData.load(dir, "rules/data", errors);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("rules/data/template-words.csv", errors.get(0).file());
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("thiếu cột word"), errors.get(0).message());
        Files.writeString(dir.resolve("template-words.csv"), "kind,word,level\nLEVEL,tỉnh,TINH\n", StandardCharsets.UTF_8);
        errors.clear();
        ReferenceData.load(dir, "rules/data", errors);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("cột level"), errors.get(0).message());
    }
}
