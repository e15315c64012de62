package nl.wmebv.crawler.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import nl.wmebv.crawler.detect.channel.Channel;

/**
 * Turns a {@link PageAnalysis} into JSON and back (Jackson on the records). Reading is tolerant: an
 * analysis stored by another crawler version may name a channel type or property this version does
 * not know; such a channel is left out and such a property ignored, rather than making the page
 * that shows it fail.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectReader READER =
      MAPPER
          .readerFor(PageAnalysis.class)
          .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisJson() {}

  public static String toJson(PageAnalysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PageAnalysis fromJson(String json) {
    try {
      return withoutUnknownChannels(READER.readValue(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PageAnalysis withoutUnknownChannels(PageAnalysis a) {
    List<Channel> known =
        a.channels().stream().filter(Objects::nonNull).filter(c -> c.type() != null).toList();
    if (known.size() == a.channels().size()) {
      return a;
    }
    return new PageAnalysis(
        a.product(),
        known,
        a.channelStatus(),
        a.messageTypes(),
        a.sections(),
        a.missingSections(),
        a.outOfOrderSections(),
        a.readability());
  }
}
