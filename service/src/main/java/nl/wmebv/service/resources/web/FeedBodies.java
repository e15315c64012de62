package nl.wmebv.service.resources.web;

import java.io.IOException;
import java.io.InputStream;
import nl.wmebv.service.core.sc.ScFeedFetcher;

/** Reads an uploaded feed file up to the size limit. */
final class FeedBodies {
  private FeedBodies() {}

  /**
   * The bytes, or null when larger than {@code max}: then the rest is read on (up to four times the limit), so
   * that the browser, still sending, gets the answer instead of a broken connection.
   */
  static byte[] read(InputStream body, long max) throws IOException {
    byte[] bytes = ScFeedFetcher.readLimited(body, max);
    if (bytes == null) {
      byte[] buffer = new byte[64 * 1024];
      try {
        long read = 0;
        int n;
        while (read < 4 * max && (n = body.read(buffer)) > 0) {
          read += n;
        }
      } catch (IOException e) {
        // the browser gave up: nothing to answer
      }
    }
    return bytes;
  }
}
