package nl.wmebv.crawler.detect;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The verdicts of page analysis for one page: product, channels with evidence, and text measures. */
public record PageAnalysis(
    @JsonProperty("product") ProductInfo product,
    List<Channel> channels,
    ChannelStatus channelStatus,
    List<String> messageTypes,
    List<String> sections,
    List<String> missingSections,
    List<String> outOfOrderSections,
    Readability readability) {

  public PageAnalysis {
    channels = List.copyOf(channels);
    messageTypes = List.copyOf(messageTypes);
    sections = List.copyOf(sections);
    missingSections = List.copyOf(missingSections);
    outOfOrderSections = List.copyOf(outOfOrderSections);
  }

  /**
   * True when the page was judged to be a product or service page. Not a JSON property: Jackson would
   * otherwise write it as "product": true in place of the product object.
   */
  @JsonIgnore
  public boolean isProduct() {
    return product != null;
  }
}
