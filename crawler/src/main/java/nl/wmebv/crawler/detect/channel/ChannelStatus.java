package nl.wmebv.crawler.detect.channel;

/** A page's overall channel verdict. */
public enum ChannelStatus {
  /** A working digital channel. */
  DIGITAL,
  /** A digital channel that does not work. */
  BROKEN,
  /** Only print, phone, visit or appointment. */
  NOT_DIGITAL,
  /** No channel at all. */
  NONE
}
