package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.frontier.HostSlots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two crawls of two sites at once, as a service instance runs them: with one host slot shared by
 * both, never more than one of the two hosts has a page request outstanding (each may have several:
 * three threads, no delay), and both still crawl every page; without the bound the two hosts are in
 * flight together.
 */
class HostSlotsCrawlTest {
  private static final int PAGES = 12;
  private final java.util.Map<Integer, Integer> requestsPerPort = new java.util.HashMap<>();
  private int mostHosts;
  private HttpServer a;
  private HttpServer b;

  @BeforeEach
  void start() throws IOException {
    a = site();
    b = site();
  }

  @AfterEach
  void stop() {
    a.stop(0);
    b.stop(0);
  }

  private HttpServer site() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    return server;
  }

  /**
   * Pages "/" and "/p1".."/p11" (all linked from each page), each taking 25 ms; robots.txt and
   * sitemap 404.
   */
  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean page = path.equals("/") || path.matches("/p\\d+");
    if (!page) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    int port = exchange.getLocalAddress().getPort();
    begin(port);
    try {
      Thread.sleep(25);
      StringBuilder html =
          new StringBuilder("<html><head><title>" + path + "</title></head><body>");
      for (int i = 1; i < PAGES; i++) {
        html.append("<a href=\"/p").append(i).append("\">p").append(i).append("</a> ");
      }
      byte[] body = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      end(port);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      end(port);
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  /**
   * A request to the site on this port begins: the hosts with a request outstanding are counted.
   */
  private synchronized void begin(int port) {
    requestsPerPort.merge(port, 1, Integer::sum);
    mostHosts = Math.max(mostHosts, requestsPerPort.size());
  }

  private synchronized void end(int port) {
    requestsPerPort.computeIfPresent(port, (k, n) -> n == 1 ? null : n - 1);
  }

  private synchronized int mostHosts() {
    return mostHosts;
  }

  private List<Integer> crawlBoth(HostSlots slots) {
    var both = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> crawl(a, slots), both);
      CompletableFuture<Integer> second =
          CompletableFuture.supplyAsync(() -> crawl(b, slots), both);
      return List.of(first.join(), second.join());
    } finally {
      both.shutdown();
    }
  }

  private static int crawl(HttpServer site, HostSlots slots) {
    TestCrawls.Collector pages = new TestCrawls.Collector();
    String base = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    new Crawler(TestCrawls.config(base).threads(3).build(), PageAnalyzer.NONE, slots)
        .run(pages, null);
    return pages.pages.size();
  }

  @Test
  void oneSharedHostSlotKeepsTwoCrawlsToOneRequestAtATimeAndBothFinish() {
    HostSlots slots = new HostSlots(1);
    assertThat(crawlBoth(slots)).containsExactly(PAGES, PAGES);
    assertThat(mostHosts()).as("hosts with a request outstanding at once").isEqualTo(1);
    assertThat(slots.inFlight()).as("every slot given back").isZero();
  }

  @Test
  void withoutTheBoundTheTwoCrawlsOverlap() {
    assertThat(crawlBoth(HostSlots.UNLIMITED)).containsExactly(PAGES, PAGES);
    assertThat(mostHosts()).isEqualTo(2);
  }
}
