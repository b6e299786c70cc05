package vn.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An official edits rules/ while the server runs: the next request uses the edit, and a mistake is shown, not fatal. */
class RulesReloadTest {
    static Path copyRules(Path to) throws IOException {
        return vn.plancheck.rules.RulesCopy.into(to);
    }

    @Test
    void anEditIsPickedUpAndAnErrorIsShownUntilFixed(@TempDir Path dir) throws Exception {
        Path rules = copyRules(dir.resolve("rules"));
        try (WebServer server = WebServerTest.start(rules, UploadLimits.DEFAULT)) {
            MultipartBody draft = new MultipartBody().file("files", WebServerTest.DOCX);
            assertEquals(200, WebServerTest.post(server, "/api/check", draft).statusCode());

            Path form = rules.resolve("form.drl");
            String original = Files.readString(form);
            // a new title for a rule: seen in the catalog at the next request, without a restart
            String edited = original.replaceFirst("@title\\(\"([^\"]*)\"\\)", "@title(\"Tiêu đề đã sửa khi máy chủ đang chạy\")");
            Files.writeString(form, edited, StandardCharsets.UTF_8);
            JsonNode catalog = new ObjectMapper().readTree(WebServerTest.get(server, "/api/rules").body());
            assertTrue(catalog.toString().contains("Tiêu đề đã sửa khi máy chủ đang chạy"), "the edit is in force");

            Files.writeString(form, edited + "\nrule \"FORM-BROKEN\"\n when\n  $p : Plan( nonsense == )\n then\nend\n", StandardCharsets.UTF_8);
            var page = WebServerTest.get(server, "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Lỗi trong tệp quy tắc — chưa kiểm tra được văn bản nào.") && page.body().contains("form.drl:"), page.body());
            var refused = WebServerTest.post(server, "/api/check", draft);
            assertEquals(503, refused.statusCode());
            JsonNode error = WebServerTest.json(refused);
            assertTrue(error.path("ruleErrors").get(0).asText().contains("form.drl:"), error.toString());
            var fragment = WebServerTest.post(server, "/kiem-tra?fragment=1", draft);
            assertTrue(WebServerTest.text(fragment).contains("form.drl:"));

            Files.writeString(form, original, StandardCharsets.UTF_8);
            assertEquals(200, WebServerTest.post(server, "/api/check", draft).statusCode(), "fixed: checking again");
        }
    }
}
