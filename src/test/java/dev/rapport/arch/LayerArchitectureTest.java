package dev.rapport.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the arrows one-way: ui/cli → export → logic → store → model (export renders and parses
 * over logic's services and its DataService; logic never knows a format), and tools beside them.
 */
class LayerArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rapport");
    }

    @Test
    void layersDependOnlyDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("dev.rapport")
                .layer("UI").definedBy("dev.rapport.ui..")
                .layer("CLI").definedBy("dev.rapport.cli..")
                .layer("Logic").definedBy("dev.rapport.logic..")
                .layer("Export").definedBy("dev.rapport.export..")
                .layer("Store").definedBy("dev.rapport.store..")
                .layer("Model").definedBy("dev.rapport.model..")
                .layer("I18n").definedBy("dev.rapport.i18n..")
                .layer("Tools").definedBy("dev.rapport.tools..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Tools").mayOnlyBeAccessedByLayers("CLI", "Launcher")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher", "Tools")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher", "Export", "Tools")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI", "Tools")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Logic", "Export", "Tools")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("UI", "CLI", "Logic", "Export", "Store", "Launcher", "Tools")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("UI", "CLI", "Logic", "Export", "Store", "Model", "Launcher", "Tools");
        rule.check(classes);
    }

    /** The formats sit above the rules: logic never reaches export, so the two make no cycle. */
    @Test
    void logicNeverReachesTheFormats() {
        noClasses().that().resideInAPackage("dev.rapport.logic..")
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.export..")
                .check(classes);
    }

    /** The formats reach the journal only through logic's DataService, never by building repositories of their own. */
    @Test
    void theFormatsGoThroughTheDataService() {
        noClasses().that().resideInAPackage("dev.rapport.export..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.rapport.store.Journal")
                .check(classes);
    }

    @Test
    void thePackagesMakeNoCycle() {
        slices().matching("dev.rapport.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Tooling (demo data, the synthetic journal, the bench, the start-up measurement) sits beside the
     * product: the product's layers never import it, only the launcher and the command line do.
     */
    @Test
    void theProductNeverReachesTheTools() {
        noClasses().that().resideInAnyPackage("dev.rapport.model..", "dev.rapport.store..", "dev.rapport.logic..",
                        "dev.rapport.export..", "dev.rapport.ui..", "dev.rapport.i18n..")
                .should().dependOnClassesThat().resideInAPackage("dev.rapport.tools..")
                .check(classes);
    }

    /** The light key cost keeps the test suite fast; nothing shipped may lower the cost of a real journal's key. */
    @Test
    void onlyTestsLightenTheKeyCost() {
        noClasses().should().callMethod("dev.rapport.store.Argon2Cost", "lightForTests")
                .check(classes);
    }

    /** The bench's floors are the bare SQL its figures are measured against, so they talk SQL too. */
    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackages("dev.rapport.store..", "dev.rapport.tools.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("dev.rapport.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rapport.store..", "dev.rapport.logic..",
                        "dev.rapport.export..", "dev.rapport.ui..", "dev.rapport.cli..")
                .check(classes);
    }

    @Test
    void languagesDependOnNothingOfTheProject() {
        noClasses().that().resideInAPackage("dev.rapport.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rapport.model..", "dev.rapport.store..",
                        "dev.rapport.logic..", "dev.rapport.export..", "dev.rapport.ui..", "dev.rapport.cli..")
                .check(classes);
    }

    @Test
    void noJavaFxBelowTheUi() {
        noClasses().that().resideInAnyPackage("dev.rapport.model..", "dev.rapport.store..", "dev.rapport.logic..",
                        "dev.rapport.export..", "dev.rapport.cli..", "dev.rapport.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("dev.rapport.cli..", "dev.rapport")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
