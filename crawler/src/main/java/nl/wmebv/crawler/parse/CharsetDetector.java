package nl.wmebv.crawler.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode an HTML body: byte order mark, then the Content-Type header, then a meta
 * charset in the first 4 KB, then a sniff (valid UTF-8, else windows-1252), so that ISO-8859-1
 * pages keep their ë and é. Like browsers (WHATWG), ISO-8859-1 and US-ASCII are read as
 * windows-1252.
 */
public final class CharsetDetector {
  private static final Pattern META =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetDetector() {}

  /** The charset and the number of BOM bytes to skip. */
  public record Detected(Charset charset, int bomLength, String source) {}

  /** Detects the charset of an HTML body. */
  public static Detected detect(byte[] body, Optional<Charset> headerCharset) {
    if (Bytes.startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return new Detected(StandardCharsets.UTF_8, 3, "bom");
    }
    if (Bytes.startsWith(body, 0xFE, 0xFF)) {
      return new Detected(StandardCharsets.UTF_16BE, 2, "bom");
    }
    if (Bytes.startsWith(body, 0xFF, 0xFE)) {
      return new Detected(StandardCharsets.UTF_16LE, 2, "bom");
    }
    if (headerCharset.isPresent()) {
      return new Detected(browserEquivalent(headerCharset.get()), 0, "header");
    }
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (m.find()) {
      try {
        Charset meta = Charset.forName(m.group(1));
        // a page saved as UTF-16 cannot announce itself in ASCII meta: ignore such a claim
        if (!meta.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
          return new Detected(browserEquivalent(meta), 0, "meta");
        }
      } catch (RuntimeException ignored) {
        // unknown name: fall through to sniffing
      }
    }
    return new Detected(isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, "sniff");
  }

  /** Decodes the body with the detected charset. */
  public static String decode(byte[] body, Detected detected) {
    return new String(
        body, detected.bomLength(), body.length - detected.bomLength(), detected.charset());
  }

  private static Charset browserEquivalent(Charset c) {
    String name = c.name();
    return name.equals("ISO-8859-1") || name.equals("US-ASCII") ? WINDOWS_1252 : c;
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
