package org.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The architecture README.md describes: feature modules with one-way dependencies, Vaadin only in ui packages. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lectern");

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void vaadinIsOnlyUsedInUiPackages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("views are the only place that knows about Vaadin")
                .check(CLASSES);
    }

    @Test
    void domainCodeNeverDependsOnUiCode() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("services and entities must work without any view")
                .check(CLASSES);
    }

    @Test
    void theContentLayerIsPlainJava() {
        noClasses().that().resideInAPackage("org.lectern.content..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..",
                        "jakarta.servlet..")
                .check(CLASSES);
    }
}
