package nl.wmebv.crawler.detect.channel;

import java.util.List;

/** Derives a page's channel status from its (checked) channels. */
public final class ChannelVerdict {
  private ChannelVerdict() {}

  /**
   * DIGITAL when a digital channel works (an unchecked one counts as working: checks switched off),
   * BROKEN when digital channels exist but none works, NOT_DIGITAL when only print/phone/visit,
   * else NONE. A national portal (Omgevingsloket, Berichtenbox) that gave no HTTP answer at all
   * counts as working: it is designated by law, and our failure to reach it (network, DNS) says
   * nothing about the municipality's channel; an HTTP error answer (a wrong deep link) still makes
   * it broken.
   */
  public static ChannelStatus of(List<Channel> channels) {
    boolean digital = false;
    boolean working = false;
    boolean other = false;
    for (Channel c : channels) {
      if (c.type().digital()) {
        digital = true;
        working |= c.check() == null || c.check().ok() || unreachablePortal(c);
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

  private static boolean unreachablePortal(Channel c) {
    return c.type() == ChannelType.NATIONAL_PORTAL && c.check().status() == 0;
  }
}
