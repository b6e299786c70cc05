package vn.plancheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.plancheck.ingest.DocumentReaders;
import vn.plancheck.ingest.SourceText;
import vn.plancheck.ingest.UnreadableDocumentException;
import vn.plancheck.model.Plan;

/**
 * {@code plancheck facts FILE}: the parsed plan as JSON, with the property names rules use
 * (e.g. {@code numberSymbol}, {@code draft}, {@code sections[].kind}), each fact with its line.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "In ra các dữ kiện đọc được từ một kế hoạch (JSON), dành cho người viết quy tắc.")
final class FactsCommand implements Callable<Integer> {
    @ParentCommand
    PlancheckCli parent;

    @Mixin
    RulesOption rules;

    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp kế hoạch.")
    Path file;

    @Option(names = "--lines", description = "In ra các dòng logic (sau bước dàn trang) thay cho dữ kiện: số dòng, vị trí, nội dung.")
    boolean lines;

    @Override
    public Integer call() throws IOException {
        SourceText text;
        try {
            text = DocumentReaders.read(file, file.toString());
        } catch (UnreadableDocumentException e) {
            parent.err().println(file + ": " + e.getMessage());
            return ExitCode.INPUT_UNREADABLE.code();
        }
        // A rule self-test's "##!" directive lines are blanked, as `rules test` does, so the facts shown are the ones its rules see.
        text = new SourceText(text.file(), text.format(), text.lines().stream()
                .map(l -> l.text().startsWith("##!") ? new vn.plancheck.ingest.SourceLine(l.number(), "", l.location(), l.original()) : l).toList(), text.notes());
        if (lines) {
            for (vn.plancheck.ingest.SourceLine l : vn.plancheck.layout.Layout.apply(text).lines()) {
                parent.out().println(l.number() + "\t" + l.location() + "\t" + l.text());
            }
            return ExitCode.OK.code();
        }
        vn.plancheck.parse.ParseVocabulary vocabulary = rules.vocabulary(parent.err());
        if (vocabulary == null) {
            return ExitCode.USAGE_OR_RULES.code();
        }
        Plan plan = new vn.plancheck.parse.PlanParser(vocabulary).parse(text);
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
                .enable(SerializationFeature.INDENT_OUTPUT);
        parent.out().println(mapper.writeValueAsString(plan));
        for (String note : text.notes()) {
            parent.err().println("Ghi chú: " + note);
        }
        return ExitCode.OK.code();
    }

}
