package io.gatehouse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the house (the root package's {@code package-info.java} states them), for any root package, so the
 * test of the rules can run them against small fixtures that break them.
 */
final class HouseRules {

    static final String KERNEL = "kernel";

    private HouseRules() {
    }

    /** No loop between feature packages (the kernel counts as one). */
    static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The kernel imports no feature. */
    static ArchRule kernelImportsNoFeature(String root) {
        return noClasses().that().resideInAPackage(root + "." + KERNEL + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage(root + "..").and(com.tngtech.archunit.core.domain.JavaClass.Predicates
                                .resideOutsideOfPackage(root + "." + KERNEL + "..")))
                .allowEmptyShould(true);
    }

    /** Every class of a feature sits in its boundary, control or entity package. */
    static ArchRule everyFeatureIsBoundaryControlEntity(String root) {
        return classes().that().resideInAPackage(root + ".*..")
                .and().resideOutsideOfPackage(root + "." + KERNEL + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(root + ".*.boundary", root + ".*.control", root + ".*.entity");
    }

    /** Entities depend on no control or boundary, of any feature. */
    static ArchRule entitiesStayBelow(String root) {
        return noClasses().that().resideInAPackage(root + ".*.entity")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.control", root + ".*.boundary")
                .allowEmptyShould(true);
    }

    /** Controls depend on no boundary, of any feature. */
    static ArchRule controlsStayBelowBoundaries(String root) {
        return noClasses().that().resideInAPackage(root + ".*.control")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.boundary")
                .allowEmptyShould(true);
    }

    /** No injected field is public: Weld refuses a normal-scoped bean (or its superclass) with one (WELD-000075). */
    static ArchRule injectedFieldsAreNotPublic(String root) {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areAnnotatedWith(jakarta.inject.Inject.class)
                .should().bePublic()
                .allowEmptyShould(true);
    }
}
