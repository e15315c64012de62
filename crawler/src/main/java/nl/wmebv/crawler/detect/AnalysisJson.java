package nl.wmebv.crawler.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Turns a {@link PageAnalysis} into JSON and back (Jackson on the records, nothing custom). */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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
      return MAPPER.readValue(json, PageAnalysis.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
