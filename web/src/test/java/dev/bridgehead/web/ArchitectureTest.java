package dev.bridgehead.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module arrows of docs/architecture.md: web → search → marketplace, and nothing back. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bridgehead");
    }

    @Test
    void the_marketplace_knows_nothing_of_search_the_web_or_elasticsearch() {
        noClasses().that().resideInAPackage("dev.bridgehead.marketplace..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bridgehead.search..", "dev.bridgehead.web..", "co.elastic..",
                        "org.elasticsearch..", "io.micronaut.http..")
                .check(classes);
    }

    @Test
    void search_knows_nothing_of_the_web() {
        noClasses().that().resideInAPackage("dev.bridgehead.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bridgehead.web..", "io.micronaut.http..")
                .check(classes);
    }

    @Test
    void the_embedded_stack_knows_nothing_of_the_application() {
        noClasses().that().resideInAPackage("dev.bridgehead.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bridgehead.marketplace..", "dev.bridgehead.search..", "dev.bridgehead.web..")
                .check(classes);
    }
}
