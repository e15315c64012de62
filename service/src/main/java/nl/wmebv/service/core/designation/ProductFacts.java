package nl.wmebv.service.core.designation;

import java.util.List;

/**
 * What the inventory knows of one product, for proposals and checks: the person's decisions, the
 * effective channel status and the channels the last crawl found on its page ({@code channels} null
 * when the page was never analysed).
 */
public record ProductFacts(
    long id,
    String name,
    String cluster,
    Boolean inScope,
    List<String> messageTypes,
    String channelStatus,
    String pageUrl,
    List<PageChannel> channels) {

  public boolean isInScope() {
    return Boolean.TRUE.equals(inScope);
  }

  /**
   * A channel on the product page with its check.
   *
   * @param ok the check's verdict, null when not checked
   * @param status the HTTP status the check got, 0 for no answer
   */
  public record PageChannel(String type, String target, String anchorText, Boolean ok, int status) {

    /** An e-form, a national portal or an e-mail address: the kinds that can be designated. */
    public boolean isDigital() {
      return type != null
          && (type.startsWith("EFORM_") || type.equals("NATIONAL_PORTAL") || type.equals("EMAIL"));
    }

    /**
     * Not found broken; a national portal that gave no answer at all counts as working (as in
     * detection).
     */
    public boolean isWorking() {
      return ok == null || ok || ("NATIONAL_PORTAL".equals(type) && status == 0);
    }

    public boolean isBroken() {
      return !isWorking();
    }
  }
}
