package vn.plancheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/** Where the program lives and which version it is. */
final class Environment {
    private Environment() {
    }

    /** The rules folder shipped with the program: {@code $plancheck.home/rules}, else {@code ./rules}. */
    static Path defaultRulesDir() {
        String home = System.getProperty("plancheck.home");
        return home == null ? Path.of("rules") : Path.of(home, "rules");
    }

    static String version() {
        try (InputStream in = Environment.class.getResourceAsStream("/vn/plancheck/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }

    /** How the rules folder is named in messages: as the user gave it, or "rules" for the default. */
    static String display(Path rulesDir, boolean given) {
        return given ? rulesDir.toString().replace('\\', '/').replaceAll("/+$", "") : "rules";
    }
}
