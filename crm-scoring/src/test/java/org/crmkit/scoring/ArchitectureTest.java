package org.crmkit.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Architecture rules of crm-scoring. */
@AnalyzeClasses(packages = "org.crmkit.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnCoreOnly = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.crmkit.privacy..", "org.crmkit.examples..")
      .because("crm-scoring depends on crm-core only");

  @ArchTest
  static final ArchRule jacksonOnlyInJsonPackages = noClasses().that().resideOutsideOfPackage("..json..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
      .because("Jackson is an optional dependency used only by the json packages");

  @ArchTest
  static final ArchRule noConsoleOutput = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
      .because("library modules log through SLF4J only");

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule noCoreInternals = noClasses().should().dependOnClassesThat()
      .resideInAPackage("org.crmkit.core.internal..")
      .because("internal packages are not API for other modules");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.crmkit.scoring.(**)").should().beFreeOfCycles();
}
