package nl.wmebv.crawler.detect;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DebugDump {
  @Test
  void dump() {
    List<Fixtures.Label> labels = Fixtures.labels().stream().filter(l -> l.file().contains(System.getProperty("site", "nosemantic"))).toList();
    ChromeModel chrome = ChromeModel.learn(labels.stream().map(Fixtures::document).toList(), 0.6, 3);
    AnalysisConfig cfg = AnalysisConfig.defaults();
    for (Fixtures.Label l : labels) {
      Document d = Fixtures.document(l);
      var main = chrome.mainContent(d);
      Outline o = Outline.of(main);
      SectionReport r = new SectionAnalyzer(cfg.sectionTemplate()).analyze(o);
      var dec = new ProductDetector(cfg).decide(URI.create(l.url()), d, main, r.present().size());
      System.out.println(l.file() + " -> " + dec.reason() + " sections=" + r.present() + " headings=" + r.headings());
      if (System.getProperty("main") != null) System.out.println(main.outerHtml());
    }
  }
}
