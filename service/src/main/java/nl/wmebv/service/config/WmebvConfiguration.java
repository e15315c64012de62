package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.service.db.DatabaseUrls;

/** The service's configuration; config.yml documents every key. */
public class WmebvConfiguration extends Configuration {
  @Valid @NotNull private DataSourceFactory database = new DataSourceFactory();

  @Valid @NotNull
  private EmbeddedDatabaseSettings embeddedDatabase = new EmbeddedDatabaseSettings();

  @Valid @NotNull private DemoSettings demo = new DemoSettings();
  @Valid @NotNull private CrawlerSettings crawler = new CrawlerSettings();
  @Valid @NotNull private MailSettings mail = new MailSettings();
  @Valid @NotNull private ReferenceSettings reference = new ReferenceSettings();
  @Valid @NotNull private AuthSettings auth = new AuthSettings();
  @Valid @NotNull private SchedulerSettings scheduler = new SchedulerSettings();
  @Valid @NotNull private InventorySettings inventory = new InventorySettings();

  @JsonProperty
  public AuthSettings getAuth() {
    return auth;
  }

  @JsonProperty
  public void setAuth(AuthSettings auth) {
    this.auth = auth;
  }

  @JsonProperty("database")
  public DataSourceFactory getDataSourceFactory() {
    return database;
  }

  @JsonProperty("database")
  public void setDataSourceFactory(DataSourceFactory database) {
    this.database = database;
  }

  @JsonProperty
  public EmbeddedDatabaseSettings getEmbeddedDatabase() {
    return embeddedDatabase;
  }

  @JsonProperty
  public void setEmbeddedDatabase(EmbeddedDatabaseSettings embeddedDatabase) {
    this.embeddedDatabase = embeddedDatabase;
  }

  @JsonProperty
  public DemoSettings getDemo() {
    return demo;
  }

  @JsonProperty
  public void setDemo(DemoSettings demo) {
    this.demo = demo;
  }

  @JsonProperty
  public CrawlerSettings getCrawler() {
    return crawler;
  }

  @JsonProperty
  public void setCrawler(CrawlerSettings crawler) {
    this.crawler = crawler;
  }

  @JsonProperty
  public MailSettings getMail() {
    return mail;
  }

  @JsonProperty
  public void setMail(MailSettings mail) {
    this.mail = mail;
  }

  @JsonProperty
  public ReferenceSettings getReference() {
    return reference;
  }

  @JsonProperty
  public void setReference(ReferenceSettings reference) {
    this.reference = reference;
  }

  @JsonProperty
  public SchedulerSettings getScheduler() {
    return scheduler;
  }

  @JsonProperty
  public void setScheduler(SchedulerSettings scheduler) {
    this.scheduler = scheduler;
  }

  @JsonProperty
  public InventorySettings getInventory() {
    return inventory;
  }

  @JsonProperty
  public void setInventory(InventorySettings inventory) {
    this.inventory = inventory;
  }

  /**
   * "embedded" means "use the embedded PostgreSQL"; anything else must name a PostgreSQL server.
   */
  @ValidationMethod(
      message = "database.url must be \"embedded\" or a jdbc:postgresql:// or postgres:// URL")
  @JsonIgnore
  public boolean isDatabaseUrlValid() {
    String url = database.getUrl();
    return url == null || DatabaseUrls.isEmbedded(url) || DatabaseUrls.isPostgres(url);
  }

  /**
   * The database to use: the configured server, or the embedded PostgreSQL (started on first use)
   * when none is.
   */
  public DataSourceFactory database() {
    return nl.wmebv.service.db.DatabaseResolver.resolve(
        getDataSourceFactory(),
        java.nio.file.Path.of(getEmbeddedDatabase().getDataDirectory()),
        getEmbeddedDatabase().getPort());
  }
}
