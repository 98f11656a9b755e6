package org.manara.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every module (the
 * cli sees them all): classifiers and rules know nothing of Flink, Kafka or Elasticsearch;
 * dashboard-api nothing of Flink; model and embedded nothing of the other modules.
 */
class ModuleBoundariesTest {
    private static final String FLINK = "org.apache.flink..";
    private static final String KAFKA = "org.apache.kafka..";
    private static final String ES_CLIENT = "co.elastic..";
    private static final String ES = "org.elasticsearch..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.manara");
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg :
                new String[] {"org.manara.model", "org.manara.classifiers", "org.manara.cli"}) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage(pkg))
                    .as("classes of %s are on the test classpath", pkg)
                    .isTrue();
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.model..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.manara.classifiers..",
                                "org.manara.rules..",
                                "org.manara.streamjobs..",
                                "org.manara.dashboardapi..",
                                "org.manara.embedded..",
                                "org.manara.cli..",
                                FLINK,
                                KAFKA,
                                ES_CLIENT,
                                ES));
    }

    @Test
    void classifiersKnowNothingOfFlinkKafkaOrElasticsearch() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.classifiers..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                FLINK,
                                KAFKA,
                                ES_CLIENT,
                                ES,
                                "org.manara.rules..",
                                "org.manara.streamjobs..",
                                "org.manara.dashboardapi..",
                                "org.manara.embedded..",
                                "org.manara.cli.."));
    }

    @Test
    void rulesKnowNothingOfFlinkKafkaOrElasticsearch() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.rules..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                FLINK,
                                KAFKA,
                                ES_CLIENT,
                                ES,
                                "org.manara.classifiers..",
                                "org.manara.streamjobs..",
                                "org.manara.dashboardapi..",
                                "org.manara.embedded..",
                                "org.manara.cli.."));
    }

    @Test
    void dashboardApiKnowsNothingOfFlink() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.dashboardapi..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                FLINK,
                                "org.manara.streamjobs..",
                                "org.manara.classifiers..",
                                "org.manara.embedded..",
                                "org.manara.cli.."));
    }

    @Test
    void streamJobsDoNotReachIntoTheApiOrTheCli() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.streamjobs..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.manara.dashboardapi..",
                                "org.manara.embedded..",
                                "org.manara.cli.."));
    }

    @Test
    void embeddedDependsOnNothingOfOurs() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.manara.embedded..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.manara.model..",
                                "org.manara.classifiers..",
                                "org.manara.rules..",
                                "org.manara.streamjobs..",
                                "org.manara.dashboardapi..",
                                "org.manara.cli.."));
    }
}
