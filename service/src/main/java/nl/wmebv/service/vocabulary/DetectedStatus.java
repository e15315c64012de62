package nl.wmebv.service.vocabulary;

/** The crawler's channel verdict on a product page (stored as detected_channel_status). */
public enum DetectedStatus implements Term {
  DIGITAL("DIGITAL", "Digitaal kanaal", ChannelStatus.DIGITAL),
  BROKEN("BROKEN", "Kanaal werkt niet", ChannelStatus.NOT_COMPLIANT),
  NOT_DIGITAL("NOT_DIGITAL", "Alleen niet-digitaal", ChannelStatus.ABSENT),
  NONE("NONE", "Geen kanaal", ChannelStatus.ABSENT);

  private final String code;
  private final String label;
  private final ChannelStatus personScale;

  DetectedStatus(String code, String label, ChannelStatus personScale) {
    this.code = code;
    this.label = label;
    this.personScale = personScale;
  }

  /**
   * The verdict on the person's scale: a broken channel is a channel that is not in order, none is
   * absent.
   */
  public ChannelStatus onPersonScale() {
    return personScale;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
