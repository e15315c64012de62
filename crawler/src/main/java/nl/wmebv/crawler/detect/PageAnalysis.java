package nl.wmebv.crawler.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.List;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.product.ProductInfo;
import nl.wmebv.crawler.detect.text.Readability;

/**
 * The verdicts of page analysis for one page: product, channels with evidence, and text measures.
 * Jackson's is-getter detection is off so that {@link #isProduct()} does not replace the product
 * object with "product": true in JSON.
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record PageAnalysis(
    ProductInfo product,
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

  /** True when the page was judged to be a product or service page (not a JSON property). */
  public boolean isProduct() {
    return product != null;
  }
}
