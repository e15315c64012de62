package nl.wmebv.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The package rules that hold today, so they keep holding (ARCHITECTURE.md says what each package
 * may use). SQL lives in db/: no class outside it runs SQL through a Handle (issue 18 §3).
 */
@AnalyzeClasses(packages = "nl.wmebv", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String SERVICE = "nl.wmebv.service..";
  private static final String CRAWLER = "nl.wmebv.crawler..";

  @ArchTest
  static final ArchRule crawlerKnowsNothingOfTheService =
      noClasses()
          .that()
          .resideInAPackage(CRAWLER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICE);

  @ArchTest
  static final ArchRule crawlerHasNoDatabase =
      noClasses()
          .that()
          .resideInAPackage(CRAWLER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.jdbi..", "org.postgresql..");

  @ArchTest
  static final ArchRule crawlerPackagesHaveNoCycle =
      slices().matching("nl.wmebv.crawler.(*)..").should().beFreeOfCycles();

  /** The analysis inside detect: its sub-packages (page, text, upl, config, channel, product). */
  @ArchTest
  static final ArchRule detectPackagesHaveNoCycle =
      slices().matching("nl.wmebv.crawler.detect.(*)..").should().beFreeOfCycles();

  /**
   * The engine uses detect (the PageAnalyzer hook, PageAnalysis), never the other way round, so the
   * analysis can be run and tested without a crawl. The slices above do not see this: classes in
   * the crawler's root package belong to no slice.
   */
  @ArchTest
  static final ArchRule detectKnowsNoCrawlEngine =
      noClasses()
          .that()
          .resideInAPackage("nl.wmebv.crawler.detect..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.wmebv.crawler",
              "nl.wmebv.crawler.cli..",
              "nl.wmebv.crawler.frontier..",
              "nl.wmebv.crawler.filter..",
              "nl.wmebv.crawler.parse..",
              "nl.wmebv.crawler.robots..",
              "nl.wmebv.crawler.sitemap..");

  /** The page model (jsoup helpers, chrome) is the base every detector stands on; it knows none. */
  @ArchTest
  static final ArchRule pageModelIsTheBase =
      noClasses()
          .that()
          .resideInAPackage("nl.wmebv.crawler.detect.page..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.wmebv.crawler.detect",
              "nl.wmebv.crawler.detect.text..",
              "nl.wmebv.crawler.detect.upl..",
              "nl.wmebv.crawler.detect.config..",
              "nl.wmebv.crawler.detect.channel..",
              "nl.wmebv.crawler.detect.product..");

  /** Channels are found without knowing what a product is; products are decided using channels. */
  @ArchTest
  static final ArchRule channelsKnowNoProducts =
      noClasses()
          .that()
          .resideInAPackage("nl.wmebv.crawler.detect.channel..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("nl.wmebv.crawler.detect", "nl.wmebv.crawler.detect.product..");

  private static final Set<String> HANDLE_SQL_METHODS =
      Set.of(
          "createQuery",
          "createUpdate",
          "prepareBatch",
          "execute",
          "select",
          "createCall",
          "createScript");

  private static final DescribedPredicate<JavaMethodCall> SQL_THROUGH_A_HANDLE =
      DescribedPredicate.describe(
          "SQL run through a Jdbi Handle",
          call ->
              call.getTargetOwner().isAssignableTo(Handle.class)
                  && HANDLE_SQL_METHODS.contains(call.getName()));

  @ArchTest
  static final ArchRule sqlOnlyInDb =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.wmebv.service.db..")
          .should()
          .callMethodWhere(SQL_THROUGH_A_HANDLE);

  @ArchTest
  static final ArchRule sqlObjectStatementsOnlyInDb =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.wmebv.service.db..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jdbi.v3.sqlobject.statement..");

  @ArchTest
  static final ArchRule coreKnowsNoHttpLayer =
      noClasses()
          .that()
          .resideInAPackage("nl.wmebv.service.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.wmebv.service.resources..", "nl.wmebv.service.views..", "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule dbKnowsNoLayerAboveIt =
      noClasses()
          .that()
          .resideInAPackage("nl.wmebv.service.db..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.wmebv.service.core..",
              "nl.wmebv.service.resources..",
              "nl.wmebv.service.views..");

  @ArchTest
  static final ArchRule onlyTheHttpLayerAndCommandsKnowTheWiring =
      noClasses()
          .that()
          .resideInAnyPackage(
              "nl.wmebv.service.api..",
              "nl.wmebv.service.core..",
              "nl.wmebv.service.db..",
              "nl.wmebv.service.views..",
              "nl.wmebv.service.config..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("nl.wmebv.service");

  /**
   * Resources and views call core, never a DAO, a row or Jdbi. The exceptions are the two mappers
   * of Jdbi's exceptions, which must name them: NulCharacterErrors (400 when PostgreSQL refuses a
   * NUL character in text from any request) and DatabaseUnavailable (503 while the database is
   * unreachable).
   */
  @ArchTest
  static final ArchRule httpLayerCallsCoreNotTheDatabase =
      noClasses()
          .that()
          .resideInAnyPackage("nl.wmebv.service.resources..", "nl.wmebv.service.views..")
          .and()
          .doNotHaveSimpleName("NulCharacterErrors")
          .and()
          .doNotHaveSimpleName("DatabaseUnavailable")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("nl.wmebv.service.db..", "org.jdbi..");

  @ArchTest
  static final ArchRule servicePackagesHaveNoCycle =
      slices().matching("nl.wmebv.service.(*)..").should().beFreeOfCycles();

  /**
   * Every package its own slice, as jdeps sees them: no loop between a package and its own
   * sub-packages either (the slices above fold sub-packages into their top package).
   */
  @ArchTest
  static final ArchRule noPackageCycleAtAnyDepth =
      slices().matching("nl.wmebv.(**)").should().beFreeOfCycles();
}
