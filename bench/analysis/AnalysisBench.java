package nl.wmebv.crawler.detect;
import java.nio.file.*; import java.util.*; import java.net.URI;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
/**
 * The page analysis alone, in one thread, on the crawl benchmark's generated site read from disk (no network):
 * per round the analysis time per page and, within it, the jsoup parse time. Round 0 includes the JIT warm-up.
 * Usage: see analysis-bench.sh.
 */
public class AnalysisBench { public static void main(String[] a) throws Exception {
  Path root = Path.of(a[0]); int rounds = Integer.parseInt(a[1]);
  List<Path> files = new ArrayList<>();
  try (var s = Files.walk(root)) { s.filter(p -> p.toString().endsWith(".html")).forEach(files::add); }
  files = files.subList(0, Math.min(files.size(), 3000));
  List<String> html = new ArrayList<>(); for (Path p : files) html.add(Files.readString(p));
  AnalysisConfig config = AnalysisConfig.defaults().withChecks(false, null);
  for (int r = 0; r < rounds; r++) {
    SiteAnalyzer an = new SiteAnalyzer(config, null);
    long t0 = System.nanoTime(); long parse = 0; int[] n = {0};
    for (int i = 0; i < files.size(); i++) {
      String url = "http://127.0.0.1:18090/" + root.relativize(files.get(i)).toString().replace("index.html", "");
      long p0 = System.nanoTime();
      var doc = org.jsoup.Jsoup.parse(html.get(i), url);
      parse += System.nanoTime() - p0;
      an.analyze(URI.create(url), doc, x -> n[0]++);
    }
    an.flush();
    long t = System.nanoTime() - t0;
    System.out.printf("round %d: %d pages, %.3f ms/page total, parse %.3f ms/page%n", r, n[0], t / 1e6 / files.size(), parse / 1e6 / files.size());
  }
}}
