package nl.wmebv.crawler.detect;

import java.util.List;

/** Derives a page's channel status from its (checked) channels. */
public final class ChannelVerdict {
  private ChannelVerdict() {}

  /**
   * DIGITAL when a digital channel works (an unchecked one counts as working: checks switched off),
   * BROKEN when digital channels exist but none works, NOT_DIGITAL when only print/phone/visit, else NONE.
   */
  public static ChannelStatus of(List<Channel> channels) {
    boolean digital = false;
    boolean working = false;
    boolean other = false;
    for (Channel c : channels) {
      if (c.type().digital()) {
        digital = true;
        working |= c.check() == null || c.check().ok();
      } else {
        other = true;
      }
    }
    if (working) {
      return ChannelStatus.DIGITAL;
    }
    if (digital) {
      return ChannelStatus.BROKEN;
    }
    return other ? ChannelStatus.NOT_DIGITAL : ChannelStatus.NONE;
  }
}
