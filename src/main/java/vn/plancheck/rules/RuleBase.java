package vn.plancheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

import vn.plancheck.model.Finding;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RuleInfo;

/**
 * The rules in force: compiled once per process from the rules folder and shared by all threads;
 * each plan is evaluated in its own stateless session together with the reference facts.
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final List<RuleInfo> catalog;
    private final ReferenceData referenceData;
    private final List<Path> files;

    private RuleBase(KieBase kieBase, List<RuleInfo> catalog, ReferenceData referenceData, List<Path> files) {
        this.kieBase = kieBase;
        this.catalog = List.copyOf(catalog);
        this.referenceData = referenceData;
        this.files = List.copyOf(files);
    }

    /**
     * Compiles the rules folder.
     *
     * @param rulesDir      the folder
     * @param displayPrefix how the folder is named in error messages ("rules")
     * @throws RuleFileException listing every error with its file and line; nothing is checked then
     */
    public static RuleBase load(Path rulesDir, String displayPrefix) throws RuleFileException {
        List<RuleError> errors = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleFileException(List.of(new RuleError(displayPrefix, 0, "không tìm thấy thư mục quy tắc")));
        }
        RuleCompiler.Result result;
        try {
            result = RuleCompiler.compile(rulesDir, displayPrefix);
        } catch (IOException e) {
            throw new RuleFileException(List.of(new RuleError(displayPrefix, 0, "không đọc được: " + e.getMessage())));
        }
        errors.addAll(result.errors());
        ReferenceData data = ReferenceData.load(rulesDir.resolve("data"), displayPrefix + "/data", errors);
        if (result.kieBase() == null || !errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        List<RuleInfo> catalog = RuleCatalog.build(result.kieBase(), rulesDir, displayPrefix, errors);
        if (!errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        return new RuleBase(result.kieBase(), catalog, data, result.files());
    }

    /** Every rule in force, built-in input checks first, by category and ID. */
    public List<RuleInfo> catalog() {
        return catalog;
    }

    /** The rule files that were compiled. */
    public List<Path> files() {
        return files;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    /** Runs every rule on one plan; thread-safe. */
    public List<Finding> evaluate(Plan plan) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        FindingCollector collector = new FindingCollector(plan.isOcrSuspected());
        session.setGlobal("findings", collector);
        session.execute(PlanFacts.of(plan, referenceData));
        return collector.findings();
    }
}
