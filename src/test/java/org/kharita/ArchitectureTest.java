package org.kharita;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The direction of dependencies between capabilities: ui → corpus → extract → geo, never back. */
@AnalyzeClasses(packages = "org.kharita", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule geo_knows_nothing_of_the_rest = noClasses().that().resideInAPackage("org.kharita.geo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kharita.extract..", "org.kharita.corpus..",
                    "org.kharita.ui..", "org.kharita.cli..");

    @ArchTest
    static final ArchRule extract_does_not_reach_storage_ui_or_cli = noClasses().that().resideInAPackage("org.kharita.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kharita.corpus..", "org.kharita.ui..", "org.kharita.cli..");

    @ArchTest
    static final ArchRule corpus_does_not_reach_ui_or_cli = noClasses().that().resideInAPackage("org.kharita.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kharita.ui..", "org.kharita.cli..");

    @ArchTest
    static final ArchRule the_engine_runs_without_vaadin = noClasses().that().resideInAnyPackage("org.kharita.geo..", "org.kharita.extract..", "org.kharita.cli..")
            // The analyst command hashes with the bcrypt the login checks with: spring-security-crypto is a library, not a context.
            .should().dependOnClassesThat(resideInAnyPackage("com.vaadin..", "org.springframework..")
                    .and(DescribedPredicate.not(resideInAPackage("org.springframework.security.crypto.."))));
}
