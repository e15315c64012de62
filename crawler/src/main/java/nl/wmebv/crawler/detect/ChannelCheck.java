package nl.wmebv.crawler.detect;

/**
 * The result of requesting a channel's target.
 *
 * @param ok true when the target answered 2xx (after redirects within limits)
 * @param status the final HTTP status, or 0 when no response (timeout, DNS, refused)
 * @param finalUrl where redirects ended
 * @param millis time taken
 * @param error a short English description when not ok, else null
 */
public record ChannelCheck(boolean ok, int status, String finalUrl, long millis, String error) {}
