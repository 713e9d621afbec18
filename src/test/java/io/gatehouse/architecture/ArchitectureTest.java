package io.gatehouse.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gatehouse's main code keeps the house rules: one direction between features, boundary / control / entity inside. */
class ArchitectureTest {

    private static final String ROOT = "io.gatehouse";

    private static JavaClasses gatehouse;

    @BeforeAll
    static void importMainClasses() {
        gatehouse = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesFormNoLoop() {
        HouseRules.featuresFreeOfCycles(ROOT).check(gatehouse);
    }

    @Test
    void theKernelImportsNoFeature() {
        HouseRules.kernelImportsNoFeature(ROOT).check(gatehouse);
    }

    @Test
    void everyFeatureHasBoundaryControlAndEntityPackagesOnly() {
        HouseRules.everyFeatureIsBoundaryControlEntity(ROOT).check(gatehouse);
    }

    @Test
    void entitiesDependOnNoControlOrBoundary() {
        HouseRules.entitiesStayBelow(ROOT).check(gatehouse);
    }

    @Test
    void controlsDependOnNoBoundary() {
        HouseRules.controlsStayBelowBoundaries(ROOT).check(gatehouse);
    }

    @Test
    void noInjectedFieldIsPublic() {
        HouseRules.injectedFieldsAreNotPublic(ROOT).check(gatehouse);
    }
}
