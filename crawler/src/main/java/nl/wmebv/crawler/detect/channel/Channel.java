package nl.wmebv.crawler.detect.channel;

/**
 * One candidate channel found in a page's main content, with the evidence a person can check.
 *
 * @param type the kind of channel
 * @param target the absolute target URL (mailto: for e-mail, the page URL + "#form" for an on-page
 *     form)
 * @param anchorText the visible text of the link or button
 * @param section the heading of the section the candidate stood in, or null
 * @param rule the rule that fired, in plain words (e.g. "link text 'Direct aanvragen' + DigiD login
 *     text")
 * @param check the result of checking that the target responds, or null when not checked
 */
public record Channel(
    ChannelType type,
    String target,
    String anchorText,
    String section,
    String rule,
    ChannelCheck check) {

  /** A copy with the given check result. */
  public Channel withCheck(ChannelCheck newCheck) {
    return new Channel(type, target, anchorText, section, rule, newCheck);
  }
}
