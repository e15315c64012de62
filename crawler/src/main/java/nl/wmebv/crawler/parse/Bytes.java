package nl.wmebv.crawler.parse;

/** Byte-level checks on fetched or uploaded content (byte order marks, file signatures). */
public final class Bytes {
  private Bytes() {}

  /**
   * True when {@code b} begins with {@code prefix}, each given as an unsigned byte value (0..255).
   */
  public static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
