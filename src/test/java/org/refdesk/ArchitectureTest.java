package org.refdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The layer picture of the README, checked: the arrows run one way, Javalin stays in {@code web}, Lucene in
 * {@code index}, and no two packages import each other (production classes only).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.refdesk");

    @Test
    void should_keep_every_package_of_ours_free_of_cycles() {
        // given every package of org.refdesk as its own slice (the root package and answer.llm included)
        SliceAssignment byPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith("org.refdesk")
                        ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of org.refdesk";
            }
        };

        // then no two of them depend on each other, directly or around a ring
        slices().assignedFrom(byPackage).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void should_import_javalin_only_in_web() {
        noClasses().that().resideOutsideOfPackage("org.refdesk.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .because("a service should be independent of Javalin; App and cli use web.WebServer")
                .check(MAIN);
    }

    @Test
    void should_import_lucene_only_in_index() {
        noClasses().that().resideOutsideOfPackage("org.refdesk.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void should_keep_the_layer_arrows_of_the_package_infos() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Root").definedBy("org.refdesk")
                .layer("Cli").definedBy("org.refdesk.cli..")
                .layer("Web").definedBy("org.refdesk.web..")
                .layer("Export").definedBy("org.refdesk.export..")
                .layer("Answer").definedBy("org.refdesk.answer..")
                .layer("Gaps").definedBy("org.refdesk.gaps..")
                .layer("Retrieve").definedBy("org.refdesk.retrieve..")
                .layer("Index").definedBy("org.refdesk.index..")
                .layer("Library").definedBy("org.refdesk.library..")
                .layer("Config").definedBy("org.refdesk.config..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Root").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Root", "Cli")
                .whereLayer("Web").mayOnlyAccessLayers("Answer", "Gaps", "Retrieve", "Export", "Library", "Config")
                .whereLayer("Answer").mayOnlyAccessLayers("Gaps", "Retrieve", "Library", "Config")
                .whereLayer("Gaps").mayOnlyAccessLayers("Retrieve", "Library", "Config")
                .whereLayer("Retrieve").mayOnlyAccessLayers("Index", "Library", "Config")
                .whereLayer("Index").mayOnlyAccessLayers("Library", "Config")
                .whereLayer("Export").mayOnlyAccessLayers("Library", "Config")
                .whereLayer("Library").mayOnlyAccessLayers("Config")
                .whereLayer("Config").mayNotAccessAnyLayer()
                .check(MAIN);
    }
}
