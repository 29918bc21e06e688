package org.crmkit.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** crm-privacy's architecture rules. */
@AnalyzeClasses(packages = "org.crmkit.privacy", importOptions = ImportOption.DoNotIncludeTests.class)
class PrivacyArchitectureTest {
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.crmkit.privacy.(*)..").should().beFreeOfCycles()
      .because("packages by feature depend one way");

  @ArchTest
  static final ArchRule dependsOnCoreOnly = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.crmkit.scoring..", "org.crmkit.examples..")
      .because("crm-privacy depends on crm-core only");

  @ArchTest
  static final ArchRule noCoreInternals = noClasses().should().dependOnClassesThat()
      .resideInAPackage("org.crmkit.core.internal..")
      .because("internal packages are not API");

  @ArchTest
  static final ArchRule noConsoleOrJul = noClasses().should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
      .because("library modules log through SLF4J only and never print");

  @ArchTest
  static final ArchRule jacksonOnlyInJson = noClasses().that().resideOutsideOfPackage("..json..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("Jackson is an optional implementation detail kept in json packages");

  @ArchTest
  static final ArchRule internalUsedOnlyByAccess = noClasses().that()
      .resideInAnyPackage("org.crmkit.privacy.dictionary..", "org.crmkit.privacy.mask..",
          "org.crmkit.privacy.pseudonym..", "org.crmkit.privacy.view..", "org.crmkit.privacy.spi..")
      .should().dependOnClassesThat().resideInAPackage("org.crmkit.privacy.internal..")
      .because("reads go through the gateway; the engine is not API");
}
