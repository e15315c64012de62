package nl.wmebv.crawler.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The labelled fixture set, analysed once per test JVM through a {@link SiteAnalyzer} and stub
 * forms.
 */
final class Fixtures {
  /** One row of labels.csv. */
  record Label(String file, String url, boolean product, ChannelStatus status, Set<String> types) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static Map<String, PageAnalysis> results;

  private Fixtures() {}

  static List<Label> labels() {
    List<Label> out = new ArrayList<>();
    String[] lines = resource("/detect/labels.csv").split("\n");
    for (String line : Arrays.asList(lines).subList(1, lines.length)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(";", -1);
      Set<String> types =
          f[4].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(f[4].split(" ")));
      out.add(
          new Label(f[0], f[1], Boolean.parseBoolean(f[2]), ChannelStatus.valueOf(f[3]), types));
    }
    return out;
  }

  static Document document(Label label) {
    return Jsoup.parse(resource("/detect/" + label.file()), label.url());
  }

  /**
   * Analyses all fixtures (pages of one site in file order, as a crawl would) and caches the
   * results.
   */
  static synchronized Map<String, PageAnalysis> results() {
    if (results != null) {
      return results;
    }
    try (StubForms stubs = new StubForms().withFixtureStubs()) {
      AnalysisConfig config =
          AnalysisConfig.defaults()
              .withChecks(true, Duration.ofMillis(1500))
              .withAllowPrivateAddresses(true);
      SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
      Map<String, PageAnalysis> map = new ConcurrentHashMap<>();
      for (Label l : labels()) {
        analyzer.analyze(URI.create(l.url()), document(l), a -> map.put(l.file(), a));
      }
      analyzer.flush();
      results = Map.copyOf(map);
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
