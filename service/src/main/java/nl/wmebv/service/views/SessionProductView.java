package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.DutchTime;

/**
 * Session mode: one product of the session's cluster with its evidence and the decision form, its position
 * ("Product n van N") and links to the previous and next product. The form shows only while the session is
 * in progress (and only to editors).
 */
public class SessionProductView extends PageView {
  private final SessionJson session;
  private final int n;
  private final int total;
  private final ProductPageView product;
  private final SessionDecisionJson decided;
  private final String message;
  private final boolean error;
  private final List<String> submitted;

  public SessionProductView(SessionJson session, int n, int total, ProductPageView product,
      SessionDecisionJson decided, String message, boolean error, List<String> submitted, WebUser webUser) {
    super("/views/session-product.ftlh", webUser);
    this.session = session;
    this.n = n;
    this.total = total;
    this.product = product;
    this.decided = decided;
    this.message = message;
    this.error = error;
    this.submitted = submitted == null ? List.of() : submitted;
  }

  public SessionJson getSession() {
    return session;
  }

  public int getN() {
    return n;
  }

  public int getTotal() {
    return total;
  }

  public String getBase() {
    return "/sessies/" + session.id();
  }

  public String getPrevUrl() {
    return n > 1 ? getBase() + "/product/" + (n - 1) : null;
  }

  public String getNextUrl() {
    return n < total ? getBase() + "/product/" + (n + 1) : null;
  }

  /** Where the decision form posts: the product's id, so a shifted list never records on the wrong product. */
  public String getFormAction() {
    return getBase() + "/besluit/" + product.getDetail().product().id();
  }

  public boolean isOpen() {
    return "IN_PROGRESS".equals(session.status());
  }

  /** The decision form shows to editors while the session is in progress. */
  @Override
  public boolean isEditor() {
    return super.isEditor() && isOpen();
  }

  /** True for an editor looking at a session that is not in progress. */
  public boolean isMayRecordLater() {
    return super.isEditor() && !isOpen();
  }

  public String getPlanned() {
    return DutchTime.dayInText(session.plannedAt());
  }

  public ProductDetailJson getDetail() {
    return product.getDetail();
  }

  public PageAnalysis getAnalysis() {
    return product.getAnalysis();
  }

  public List<ClusterJson> getClusters() {
    return product.getClusters();
  }

  public ActionJson getCurrentAction() {
    return product.getCurrentAction();
  }

  /** The decision this session already recorded on the product, or null. */
  public SessionDecisionJson getDecided() {
    return decided;
  }

  public String getDecidedAt() {
    return decided == null ? null : DutchTime.dateTime(decided.decidedAt());
  }

  public String getMessage() {
    return message;
  }

  public boolean isError() {
    return error;
  }

  /** What the user had entered when the save failed ("Label: value" lines), so nothing is lost silently. */
  public List<String> getSubmitted() {
    return submitted;
  }
}
