package nl.wmebv.crawler.detect.channel;

/**
 * The result of requesting a channel's target.
 *
 * @param ok true when the target answered 2xx (after redirects within limits)
 * @param status the final HTTP status, or 0 when no response (timeout, DNS, refused)
 * @param finalUrl where redirects ended
 * @param millis time taken
 * @param error a short English description when not ok, else null
 * @param found what the target turned out to be when it was visited, or null (not visited: mail,
 *     phone, checks off)
 * @param reason the Dutch sentence for the consultant saying what the visit found or why it failed,
 *     or null
 */
public record ChannelCheck(
    boolean ok,
    int status,
    String finalUrl,
    long millis,
    String error,
    TargetKind found,
    String reason) {

  /** A check without a visit's verdict. */
  public ChannelCheck(boolean ok, int status, String finalUrl, long millis, String error) {
    this(ok, status, finalUrl, millis, error, null, null);
  }
}
