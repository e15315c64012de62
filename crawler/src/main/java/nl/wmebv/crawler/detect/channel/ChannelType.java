package nl.wmebv.crawler.detect.channel;

/**
 * The kinds of channel DOMAIN.md distinguishes; {@link #digital} says whether it can carry a formal
 * message.
 */
public enum ChannelType {
  EFORM_DIGID(true),
  EFORM_EHERKENNING(true),
  EFORM_OPEN(true),
  NATIONAL_PORTAL(true),
  EMAIL(true),
  PRINT_FORM(false),
  APPOINTMENT_PHONE_VISIT(false);

  private final boolean digital;

  ChannelType(boolean digital) {
    this.digital = digital;
  }

  public boolean digital() {
    return digital;
  }
}
