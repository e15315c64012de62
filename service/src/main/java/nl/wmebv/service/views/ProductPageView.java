package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.core.DutchTime;

/**
 * A product: its page, the detected channels with evidence, the text analysis, decisions, history,
 * audit.
 */
public class ProductPageView extends PageView {
  private final ProductDetailJson detail;
  private final PageAnalysis analysis;
  private final List<ClusterJson> clusters;
  private final String message;
  private final boolean error;
  private java.util.function.Supplier<FeedFacts> feedFacts = () -> null;
  private nl.wmebv.service.api.PageVerdictJson verdict;
  private java.util.function.Supplier<List<DesignatedChannelJson>> designated = List::of;
  private java.util.Map<String, List<String>> entered;

  public ProductPageView(
      ProductDetailJson detail,
      PageAnalysis analysis,
      List<ClusterJson> clusters,
      String message,
      boolean error,
      WebUser webUser) {
    super("/views/product.ftlh", webUser);
    this.detail = detail;
    this.analysis = analysis;
    this.clusters = clusters;
    this.message = message;
    this.error = error;
  }

  public ProductDetailJson getDetail() {
    return detail;
  }

  public PageAnalysis getAnalysis() {
    return analysis;
  }

  public List<ClusterJson> getClusters() {
    return clusters;
  }

  public String getMessage() {
    return message;
  }

  public boolean isError() {
    return error;
  }

  /** What the SC feed and the UPL say of the product (loaded when the template asks), or null. */
  public FeedFacts getFeedFacts() {
    return feedFacts.get();
  }

  /** A person's verdict on the product's page ("Geen product" / "Wel een product"), or null. */
  public nl.wmebv.service.api.PageVerdictJson getVerdict() {
    return verdict;
  }

  public void setVerdict(nl.wmebv.service.api.PageVerdictJson verdict) {
    this.verdict = verdict;
  }

  /** The verdict in Dutch, with who and when: "Geen product volgens Anna (3-12-2026 07:50)". */
  public String getVerdictText() {
    if (verdict == null) {
      return null;
    }
    return nl.wmebv.service.vocabulary.Vocabularies.label(
            nl.wmebv.service.vocabulary.PageVerdict.class, verdict.verdict())
        + " volgens "
        + verdict.by()
        + " ("
        + nl.wmebv.service.core.DutchTime.dateTime(verdict.at())
        + ")";
  }

  public void setFeedFacts(java.util.function.Supplier<FeedFacts> loader) {
    FeedFacts[] once = new FeedFacts[1];
    this.feedFacts = () -> once[0] != null ? once[0] : (once[0] = loader.get());
  }

  /** The channels the register designates for this product (loaded when the template asks). */
  public List<DesignatedChannelJson> getDesignatedChannels() {
    return designated.get();
  }

  public void setDesignatedChannels(
      java.util.function.Supplier<List<DesignatedChannelJson>> loader) {
    this.designated = loader;
  }

  /** Dutch names of the identification codes of a designated channel (DigiD, eHerkenning, ...). */
  public java.util.Map<String, String> getIdentifications() {
    return nl.wmebv.service.core.designation.DesignationTexts.IDENTIFICATIONS;
  }

  /**
   * The message types this product's designation on the channel covers (empty: all of the
   * channel's).
   */
  public List<String> designatedMessageTypes(DesignatedChannelJson channel) {
    return channel.products().stream()
        .filter(p -> p.productId() == detail.product().id())
        .findFirst()
        .map(DesignatedChannelJson.Product::messageTypes)
        .orElse(List.of());
  }

  /** One audit event in Dutch words: "field: from → to" per changed field. */
  public record AuditLine(String at, String actor, String event, List<String> changes) {}

  public List<AuditLine> getAuditLines() {
    AuditWording words = new AuditWording(clusters);
    return detail.audit().stream()
        .map(
            e -> {
              List<String> changes = new java.util.ArrayList<>();
              if (e.changes() != null) {
                e.changes()
                    .properties()
                    .forEach(
                        f ->
                            changes.add(
                                words.change(
                                    f.getKey(), f.getValue().get("from"), f.getValue().get("to"))));
              }
              return new AuditLine(
                  DutchTime.dateTime(e.at()),
                  AuditWording.actor(e.actor()),
                  AuditWording.event(e.event()),
                  changes);
            })
        .toList();
  }

  /**
   * The action the decision form edits: the first one not done, else none (the form then creates
   * one).
   */
  public ActionJson getCurrentAction() {
    return detail.actions().stream()
        .filter(a -> !"DONE".equals(a.status()))
        .findFirst()
        .orElse(null);
  }

  /**
   * After a refused save: the decision form shows what the person entered, not the stored state.
   */
  public ProductPageView keep(java.util.Map<String, List<String>> entry) {
    this.entered = entry;
    return this;
  }

  /**
   * The form's fields as the person entered them after a refused save; null: the form shows the
   * stored state.
   */
  public java.util.Map<String, List<String>> getEntered() {
    return entered;
  }
}
