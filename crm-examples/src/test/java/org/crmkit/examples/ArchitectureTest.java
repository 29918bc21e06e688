package org.crmkit.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module and package rules of crmkit (STYLE.md, issue 2 §6), checked on the production
 * classes of every module on the test class path; test classes and test jars are not imported.
 * No rule allows an empty selection, so a broken class path cannot make one pass vacuously.
 */
@AnalyzeClasses(packages = "org.crmkit",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
  private static final String CORE = "org.crmkit.core..";
  private static final String PRIVACY = "org.crmkit.privacy..";
  private static final String SCORING = "org.crmkit.scoring..";
  private static final String EXAMPLES = "org.crmkit.examples..";
  private static final String[] LIBRARIES = {CORE, PRIVACY, SCORING};

  /** Excludes test jars such as crm-core's contract kit, which {@link ImportOption.DoNotIncludeTests} misses. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /** Puts every class of a module into the slice of its own package, the module's root package included. */
  private static SliceAssignment packagesOf(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "packages of " + root;
      }
    };
  }

  @ArchTest
  static final ArchRule core_hasNoPackageCycles = slices().assignedFrom(packagesOf("org.crmkit.core"))
      .should().beFreeOfCycles()
      .because("packages of a module must form a layered graph that can be understood and split bottom-up");

  @ArchTest
  static final ArchRule privacy_hasNoPackageCycles = slices().assignedFrom(packagesOf("org.crmkit.privacy"))
      .should().beFreeOfCycles()
      .because("packages of a module must form a layered graph that can be understood and split bottom-up");

  @ArchTest
  static final ArchRule scoring_hasNoPackageCycles = slices().assignedFrom(packagesOf("org.crmkit.scoring"))
      .should().beFreeOfCycles()
      .because("packages of a module must form a layered graph that can be understood and split bottom-up");

  @ArchTest
  static final ArchRule examples_hasNoPackageCycles = slices().assignedFrom(packagesOf("org.crmkit.examples"))
      .should().beFreeOfCycles()
      .because("packages of a module must form a layered graph that can be understood and split bottom-up");

  @ArchTest
  static final ArchRule core_dependsOnNoOtherModule = noClasses().that().resideInAPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage(PRIVACY, SCORING, EXAMPLES)
      .because("crm-core is the base every other module builds on");

  @ArchTest
  static final ArchRule privacy_dependsOnCoreOnly = classes().that().resideInAPackage(PRIVACY)
      .should().onlyDependOnClassesThat(resideInAnyPackage(PRIVACY, CORE).or(resideOutsideOfPackage("org.crmkit..")))
      .because("crm-privacy depends on crm-core only, never on crm-scoring");

  @ArchTest
  static final ArchRule scoring_dependsOnCoreOnly = classes().that().resideInAPackage(SCORING)
      .should().onlyDependOnClassesThat(resideInAnyPackage(SCORING, CORE).or(resideOutsideOfPackage("org.crmkit..")))
      .because("crm-scoring depends on crm-core only, never on crm-privacy, so that hosts can embed the "
          + "scoring alone");

  @ArchTest
  static final ArchRule examples_isUsedByNothing = noClasses().that().resideOutsideOfPackage(EXAMPLES)
      .should().dependOnClassesThat().resideInAPackage(EXAMPLES)
      .because("crm-examples is the application on top: it depends on all modules and nothing depends on it");

  @ArchTest
  static final ArchRule libraries_writeNoConsoleAndNoJulLogs = noClasses().that().resideInAnyPackage(LIBRARIES)
      .should(ACCESS_STANDARD_STREAMS).orShould(USE_JAVA_UTIL_LOGGING)
      .because("a library must not write to the host's console or pick its logging backend: use the SLF4J API");

  @ArchTest
  static final ArchRule jackson_onlyInJsonPackages = noClasses().that().resideInAnyPackage(LIBRARIES)
      .and().resideOutsideOfPackage("..json..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("Jackson is an optional dependency of the library modules and stays inside their json packages");

  @ArchTest
  static final ArchRule coreInternal_usedOnlyInsideCore = noClasses().that().resideOutsideOfPackage(CORE)
      .should().dependOnClassesThat().resideInAPackage("org.crmkit.core..internal..")
      .because("internal packages are not API: other modules must not use crm-core's");

  @ArchTest
  static final ArchRule privacyInternal_usedOnlyInsidePrivacy = noClasses().that().resideOutsideOfPackage(PRIVACY)
      .should().dependOnClassesThat().resideInAPackage("org.crmkit.privacy..internal..")
      .because("internal packages are not API: other modules must not use crm-privacy's");

  @ArchTest
  static final ArchRule scoringInternal_usedOnlyInsideScoring = noClasses().that().resideOutsideOfPackage(SCORING)
      .should().dependOnClassesThat().resideInAPackage("org.crmkit.scoring..internal..")
      .because("internal packages are not API: other modules must not use crm-scoring's");
}
