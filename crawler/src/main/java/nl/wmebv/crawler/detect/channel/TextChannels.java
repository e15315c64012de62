package nl.wmebv.crawler.detect.channel;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;

/**
 * Channels written in the text rather than linked: e-mail addresses, phone numbers, counter visits.
 */
final class TextChannels {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

  /** "bel 14 038", "telefoonnummer 0123-456789": a phone number after a phone word. */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?i)\\b(?:bel|belt|bellen|telefoon(?:nummer)?|tel\\.?|telefonisch)\\b[^.!?\\n]{0,40}?"
              + "\\b(14\\s?0\\d{2,3}|0\\d{1,3}[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}|0\\d{2,3}[\\s-]?\\d{6,7})\\b");

  /** "Postbus 71, 3755 ZH Eemnes": a postal address to send a letter to. */
  private static final Pattern POSTBUS = Pattern.compile("(?i)\\bpostbus\\s+\\d{1,6}\\b");

  /**
   * "door een bezwaarschrift te sturen naar de gemeente" (Borsele), "per post opsturen": the reader
   * sends a letter to the municipality. Not "wij sturen u een brief": the municipality writing to
   * the reader is no channel. Not "schriftelijk aanvragen" alone either: real pages use it in
   * passing for another product ("uitstel van betaling ... kunt u schriftelijk aanvragen" on a
   * kwijtschelding page, Valkenswaard).
   */
  private static final Pattern LETTER =
      Pattern.compile(
          "\\b(?:stuur|stuurt|sturen|opsturen|versturen|verstuurt"
              + "|zend|zendt|zenden|opzenden)\\b[^.!?]{0,40}?\\bnaar (?:de gemeente|het college|de burgemeester"
              + "|de gemeenteraad|de raad|het gemeentebestuur|het volgende adres|dit adres|het adres|postbus)\\b"
              + "|\\bper (?:brief|post) (?:indienen|opsturen"
              + "|versturen|sturen|aanvragen)\\b");

  private static final List<String> VISIT =
      List.of(
          "kom langs",
          "komt u langs",
          "langskomen",
          "aan de balie",
          "bij de balie",
          "naar de balie",
          "aan het loket",
          "bij het loket",
          "naar het loket",
          "persoonlijk langs",
          "naar het gemeentehuis",
          "naar het stadhuis");
  // not "in het stadhuis": that names where something happens ("een startersavond in het
  // stadhuis"),
  // not how to send a message
  private static final List<String> APPOINTMENT =
      List.of(
          "maak een afspraak",
          "afspraak maken",
          "maakt u een afspraak",
          "op afspraak",
          "een afspraak nodig");

  private TextChannels() {}

  static void detect(URI pageUrl, Element main, Outline outline, Map<String, Channel> found) {
    String linked =
        String.join(" ", main.select(Css.of("a[href^=mailto:]")).eachAttr("href"))
            .toLowerCase(Locale.ROOT);
    for (Element el : main.getAllElements()) {
      String own = el.ownText();
      if (own.isBlank() || el.normalName().equals("a")) {
        continue;
      }
      // cheap tests first: the expressions run on the few texts that can hold what they look for
      String norm = Text.norm(own);
      if (own.indexOf('@') >= 0) {
        Matcher m = EMAIL.matcher(own);
        while (m.find()) {
          String mail = "mailto:" + m.group().toLowerCase(Locale.ROOT);
          if (!linked.contains(m.group().toLowerCase(Locale.ROOT))) {
            put(
                found,
                new Channel(
                    ChannelType.EMAIL,
                    mail,
                    m.group(),
                    outline.headingOf(el),
                    "written e-mail address",
                    ChannelDetector.notRequested(mail)));
          }
        }
      }
      Matcher p =
          hasDigit(own) && (norm.contains("bel") || norm.contains("tel"))
              ? PHONE.matcher(own)
              : null;
      if (p != null && p.find()) {
        String tel = "tel:" + p.group(1).replaceAll("[\\s-]", "");
        put(
            found,
            new Channel(
                ChannelType.APPOINTMENT_PHONE_VISIT,
                tel,
                Text.clean(p.group()),
                outline.headingOf(el),
                "phone number in text",
                null));
      }
      Matcher post = norm.contains("postbus") ? POSTBUS.matcher(own) : null;
      if (post != null && post.find()) {
        put(
            found,
            new Channel(
                ChannelType.PRINT_FORM,
                pageUrl + "#post",
                Text.clean(post.group()),
                outline.headingOf(el),
                "postal address in text (a letter by post)",
                null));
      }
      Matcher letter =
          norm.contains("naar ") || norm.contains("per ") ? LETTER.matcher(norm) : null;
      if (letter != null && letter.find()) {
        put(
            found,
            new Channel(
                ChannelType.PRINT_FORM,
                pageUrl + "#post",
                letter.group(),
                outline.headingOf(el),
                "sending wording '" + letter.group() + "' (a letter by post)",
                null));
      }
      for (String phrase : VISIT) {
        if (Text.hasPhrase(norm, phrase)) {
          put(
              found,
              new Channel(
                  ChannelType.APPOINTMENT_PHONE_VISIT,
                  pageUrl + "#visit",
                  phrase,
                  outline.headingOf(el),
                  "visit wording '" + phrase + "'",
                  null));
          break;
        }
      }
      for (String phrase : APPOINTMENT) {
        if (Text.hasPhrase(norm, phrase)) {
          put(
              found,
              new Channel(
                  ChannelType.APPOINTMENT_PHONE_VISIT,
                  pageUrl + "#appointment",
                  phrase,
                  outline.headingOf(el),
                  "appointment wording '" + phrase + "'",
                  null));
          break;
        }
      }
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void put(Map<String, Channel> found, Channel c) {
    found.putIfAbsent(c.type() + " " + c.target(), c);
  }
}
