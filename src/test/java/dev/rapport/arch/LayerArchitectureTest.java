package dev.rapport.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps the arrows one-way: ui/cli → logic/export → store → model. */
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
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher", "Export")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("UI", "CLI", "Logic")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Logic", "Export")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("UI", "CLI", "Logic", "Export", "Store", "Launcher")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("UI", "CLI", "Logic", "Export", "Store", "Model", "Launcher");
        rule.check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("dev.rapport.store..")
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
