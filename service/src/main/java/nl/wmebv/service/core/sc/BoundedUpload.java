package nl.wmebv.service.core.sc;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded file (feed or UPL) up to the size limit: the one home of "read to the limit,
 * then drain".
 */
public final class BoundedUpload {
  /** A body up to this many times the limit is read to its end before the refusal. */
  static final int DRAIN_FACTOR = 4;

  private BoundedUpload() {}

  /**
   * The bytes, or null when larger than {@code max} (or declared so by {@code declaredLength}):
   * then the rest is read on, up to {@link #DRAIN_FACTOR} times the limit, so that a client still
   * sending gets the answer instead of a broken connection; anything larger is cut off.
   */
  public static byte[] read(InputStream body, Long declaredLength, long max) throws IOException {
    byte[] bytes =
        declaredLength != null && declaredLength > DRAIN_FACTOR * max
            ? null
            : ScFeedFetcher.readLimited(body, max);
    if (bytes == null) {
      drain(body, max);
    }
    return bytes;
  }

  private static void drain(InputStream body, long max) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long drained = 0;
      int n;
      while (drained < DRAIN_FACTOR * max && (n = body.read(buffer)) > 0) {
        drained += n;
      }
    } catch (IOException e) {
      // the client gave up: nothing to answer
    }
  }
}
