package nl.wmebv.demosite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The bundled demo website of gemeente Voorbeeldstad, served from the classpath ({@code
 * voorbeeldstad/}) by a JDK HttpServer.
 */
public final class DemoSite implements AutoCloseable {

  /** Classpath folder that holds the static site. */
  public static final String ROOT = "voorbeeldstad/";

  /** The fixed Last-Modified of all bundled content. */
  public static final Instant LAST_MODIFIED = Instant.parse("2026-01-05T09:00:00Z");

  /** Month shown by {@code /agenda} without a {@code maand} parameter. */
  public static final YearMonth AGENDA_DEFAULT_MONTH = YearMonth.of(2026, 1);

  private static final String HTML_UTF8 = "text/html; charset=UTF-8";
  private static final Map<String, String> CONTENT_TYPES =
      Map.ofEntries(
          Map.entry("html", HTML_UTF8),
          Map.entry("xml", "application/xml; charset=UTF-8"),
          Map.entry("txt", "text/plain; charset=UTF-8"),
          Map.entry("css", "text/css; charset=UTF-8"),
          Map.entry("js", "text/javascript; charset=UTF-8"),
          Map.entry("pdf", "application/pdf"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("png", "image/png"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("ico", "image/x-icon"));
  private static final Set<String> NOT_SERVED = Set.of("/labels.csv");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern FORM_ID = Pattern.compile("[a-z0-9-]{1,80}");
  private static final String[] MAANDEN = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  };
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
  private static final Map<String, Optional<byte[]>> RESOURCES = new ConcurrentHashMap<>();

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI baseUri;
  private final Map<String, Replacement> overrides = new ConcurrentHashMap<>();
  private final Set<String> removed = ConcurrentHashMap.newKeySet();
  private final Map<String, byte[]> baseReplaced = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicLong totalHits = new AtomicLong();

  private record Replacement(byte[] body, String contentType, Instant lastModified) {}

  private record Resp(
      int status,
      byte[] body,
      String contentType,
      Instant lastModified,
      Map<String, String> headers) {
    static Resp ok(byte[] body, String contentType, Instant lastModified) {
      return new Resp(200, body, contentType, lastModified, Map.of());
    }
  }

  private DemoSite(HttpServer server, ExecutorService executor, URI baseUri) {
    this.server = server;
    this.executor = executor;
    this.baseUri = baseUri;
  }

  /**
   * Starts the site on the given host and port (0 = any free port) and returns the running
   * instance.
   */
  public static DemoSite start(String host, int port) {
    try {
      // without TCP_NODELAY the JDK server answers a reused keep-alive connection ~40 ms late
      System.setProperty("sun.net.httpserver.nodelay", "true");
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
      AtomicInteger threadNo = new AtomicInteger();
      ExecutorService executor =
          Executors.newFixedThreadPool(
              8,
              r -> {
                Thread t = new Thread(r, "demo-site-" + threadNo.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      String h = host.contains(":") ? "[" + host + "]" : host;
      if ("0.0.0.0".equals(host) || "[::]".equals(h)) {
        h = "127.0.0.1";
      }
      URI base = URI.create("http://" + h + ":" + server.getAddress().getPort());
      DemoSite site = new DemoSite(server, executor, base);
      server.createContext("/", site::handle);
      server.setExecutor(executor);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start demo site on " + host + ":" + port, e);
    }
  }

  /** Starts the site on 127.0.0.1 and any free port. */
  public static DemoSite start() {
    return start("127.0.0.1", 0);
  }

  /** Base URI of the running site without trailing slash, e.g. {@code http://127.0.0.1:54321}. */
  public URI baseUri() {
    return baseUri;
  }

  /** Absolute URI for a root-relative path such as {@code /producten/paspoort-aanvragen}. */
  public URI uri(String path) {
    return URI.create(baseUri + (path.startsWith("/") ? path : "/" + path));
  }

  /**
   * Replaces (or adds) the HTML served at a path (without query); the page gets a new ETag and a
   * newer Last-Modified.
   */
  public void override(String path, String html) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant lm = now.isAfter(LAST_MODIFIED) ? now : LAST_MODIFIED.plus(1, ChronoUnit.DAYS);
    removed.remove(path);
    overrides.put(path, new Replacement(html.getBytes(StandardCharsets.UTF_8), HTML_UTF8, lm));
  }

  /** Makes a path (without query) answer 410 Gone from now on. */
  public void remove(String path) {
    overrides.remove(path);
    removed.add(path);
  }

  /** Undoes {@link #override} and {@link #remove} for a path. */
  public void restore(String path) {
    overrides.remove(path);
    removed.remove(path);
  }

  /** Undoes all overrides and removals. */
  public void restoreAll() {
    overrides.clear();
    removed.clear();
  }

  /**
   * Number of requests received for a path (with query exactly as requested, e.g. {@code
   * /agenda?maand=2026-02}).
   */
  public int hits(String pathAndQuery) {
    AtomicInteger n = hits.get(pathAndQuery);
    return n == null ? 0 : n.get();
  }

  /** Total number of requests received since start. */
  public long totalHits() {
    return totalHits.get();
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Runs the site standalone: {@code DemoSite [port [host]]}, default port 8081 on 127.0.0.1. */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
    String host = args.length > 1 ? args[1] : "127.0.0.1";
    DemoSite site = start(host, port);
    System.out.println(
        "Voorbeeldstad demo-site draait op " + site.baseUri() + " (Ctrl-C om te stoppen)");
    CountDownLatch forever = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  site.close();
                  forever.countDown();
                }));
    forever.await();
  }

  // ------------------------------------------------------------------ labels

  /** All rows of {@code voorbeeldstad/labels.csv}, in file order. */
  public static List<PageLabel> labels() {
    byte[] csv =
        resource("labels.csv").orElseThrow(() -> new IllegalStateException("labels.csv missing"));
    List<PageLabel> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        List<String> types = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
        out.add(new PageLabel(f[0], f[1], f[2], f[3], types, f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableList(out);
  }

  /** Root-relative paths of all product pages. */
  public static List<String> productPaths() {
    return labels().stream().filter(PageLabel::isProduct).map(PageLabel::path).toList();
  }

  /** The label of a path, if it is listed in labels.csv. */
  public static Optional<PageLabel> label(String path) {
    return labels().stream().filter(l -> l.path().equals(path)).findFirst();
  }

  // ------------------------------------------------------------------ request handling

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      URI req = ex.getRequestURI();
      String path = req.getPath() == null || req.getPath().isEmpty() ? "/" : req.getPath();
      String rawQuery = req.getRawQuery();
      String key = path + (rawQuery == null ? "" : "?" + rawQuery);
      hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      totalHits.incrementAndGet();

      String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      boolean head = "HEAD".equals(method);
      Resp resp;
      if ("POST".equals(method)) {
        ex.getRequestBody().transferTo(OutputStream.nullOutputStream());
        resp = post(path);
      } else if ("GET".equals(method) || head) {
        resp = get(path, query(rawQuery));
      } else {
        resp =
            new Resp(
                405,
                "Method Not Allowed".getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8",
                null,
                Map.of("Allow", "GET, HEAD, POST"));
      }
      send(ex, resp, head);
    } catch (RuntimeException e) {
      try {
        byte[] b = ("Interne fout: " + e).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(500, b.length);
        ex.getResponseBody().write(b);
      } catch (IOException ignored) {
        // headers already sent
      }
    }
  }

  private Resp post(String path) {
    if (path.startsWith("/formulieren/") || path.equals("/contact/contactformulier")) {
      return new Resp(
          200, resource("_templates/bedankt.html").orElseThrow(), HTML_UTF8, null, Map.of());
    }
    return new Resp(
        405,
        "Method Not Allowed".getBytes(StandardCharsets.UTF_8),
        "text/plain; charset=UTF-8",
        null,
        Map.of("Allow", "GET, HEAD"));
  }

  private Resp get(String path, Map<String, String> query) {
    if (removed.contains(path)) {
      return error(410);
    }
    Replacement o = overrides.get(path);
    if (o != null) {
      return Resp.ok(o.body(), o.contentType(), o.lastModified());
    }
    if (path.contains("..")
        || path.contains("//")
        || path.contains("/_")
        || path.contains("\\")
        || NOT_SERVED.contains(path)
        || path.endsWith(".html")) {
      return error(404);
    }
    switch (path) {
      case "/agenda":
        return agenda(query.get("maand"));
      case "/loket/startform":
        return startform(query.get("id"));
      case "/robots.txt":
      case "/sitemap.xml":
        return withBase(path.substring(1));
      default:
        break;
    }
    if (path.equals("/")) {
      return html("index.html");
    }
    String rel = path.substring(1);
    if (rel.endsWith("/")) {
      String dir = rel.substring(0, rel.length() - 1);
      if (resource(rel + "index.html").isPresent()) {
        return html(rel + "index.html");
      }
      if (resource(dir + ".html").isPresent()) {
        return new Resp(301, new byte[0], null, null, Map.of("Location", baseUri + "/" + dir));
      }
      return error(404);
    }
    String last = rel.substring(rel.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot > 0) {
      String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
      String type = CONTENT_TYPES.get(ext);
      Optional<byte[]> bytes = resource(rel);
      if (type == null || bytes.isEmpty()) {
        return error(404);
      }
      return Resp.ok(bytes.get(), type, LAST_MODIFIED);
    }
    if (resource(rel + ".html").isPresent()) {
      return html(rel + ".html");
    }
    if (resource(rel + "/index.html").isPresent()) {
      return html(rel + "/index.html");
    }
    return error(404);
  }

  private Resp html(String rel) {
    byte[] b = resource(rel).orElseThrow();
    return Resp.ok(b, htmlType(b), LAST_MODIFIED);
  }

  private static String htmlType(byte[] b) {
    String head =
        new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("charset=\"iso-8859-1\"") ? "text/html; charset=ISO-8859-1" : HTML_UTF8;
  }

  private Resp withBase(String rel) {
    byte[] b =
        baseReplaced.computeIfAbsent(
            rel,
            r ->
                new String(resource(r).orElseThrow(), StandardCharsets.UTF_8)
                    .replace("{{BASE}}", baseUri.toString())
                    .getBytes(StandardCharsets.UTF_8));
    return Resp.ok(b, CONTENT_TYPES.get(rel.substring(rel.lastIndexOf('.') + 1)), LAST_MODIFIED);
  }

  private Resp startform(String id) {
    if (id == null || !FORM_ID.matcher(id).matches()) {
      return error(404);
    }
    if (id.equals("verlopen")) {
      return new Resp(
          500, resource("_templates/500.html").orElseThrow(), HTML_UTF8, null, Map.of());
    }
    return resource("_loket/" + id + ".html")
        .map(b -> Resp.ok(b, HTML_UTF8, LAST_MODIFIED))
        .orElseGet(() -> error(404));
  }

  private Resp agenda(String maand) {
    YearMonth month;
    if (maand == null) {
      month = AGENDA_DEFAULT_MONTH;
    } else {
      if (!MONTH.matcher(maand).matches()) {
        return error(404);
      }
      try {
        month = YearMonth.parse(maand);
      } catch (DateTimeParseException e) {
        return error(404);
      }
    }
    String name = MAANDEN[month.getMonthValue() - 1] + " " + month.getYear();
    LocalDate spreekuur = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    LocalDate raad = month.atDay(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY));
    String items =
        "  <li>"
            + spreekuur.getDayOfMonth()
            + " "
            + name
            + ": Inloopspreekuur wijkteam, Wijkcentrum De Brug, 9.00 - 11.00 uur</li>\n"
            + "  <li>"
            + raad.getDayOfMonth()
            + " "
            + name
            + ": Openbare vergadering gemeenteraad, raadzaal stadhuis, 19.30 uur</li>";
    String html =
        new String(resource("_templates/agenda.html").orElseThrow(), StandardCharsets.UTF_8)
            .replace("{{MAAND_NAAM}}", name)
            .replace("{{ITEMS}}", items)
            .replace("{{VORIGE}}", month.minusMonths(1).toString())
            .replace("{{VOLGENDE}}", month.plusMonths(1).toString());
    return Resp.ok(html.getBytes(StandardCharsets.UTF_8), HTML_UTF8, LAST_MODIFIED);
  }

  private Resp error(int status) {
    byte[] body = resource("_templates/" + (status == 410 ? "410" : "404") + ".html").orElseThrow();
    return new Resp(status, body, HTML_UTF8, null, Map.of());
  }

  private void send(HttpExchange ex, Resp resp, boolean head) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Server", "Voorbeeldstad-demo");
    resp.headers().forEach(h::set);
    if (resp.contentType() != null) {
      h.set("Content-Type", resp.contentType());
    }
    int status = resp.status();
    byte[] body = resp.body();
    if (status == 200 && resp.lastModified() != null) {
      String etag = etag(body);
      h.set("ETag", etag);
      h.set("Last-Modified", httpDate(resp.lastModified()));
      h.set("Cache-Control", "no-cache");
      if (notModified(ex.getRequestHeaders(), etag, resp.lastModified())) {
        h.remove("Content-Type");
        ex.sendResponseHeaders(304, -1);
        return;
      }
    }
    if (head) {
      h.set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  private static boolean notModified(Headers req, String etag, Instant lastModified) {
    String inm = req.getFirst("If-None-Match");
    if (inm != null) {
      String bare = etag.substring(1, etag.length() - 1);
      return Arrays.stream(inm.split(","))
          .map(String::trim)
          .map(t -> t.startsWith("W/") ? t.substring(2) : t)
          .anyMatch(t -> t.equals("*") || t.equals(etag) || t.equals(bare));
    }
    String ims = req.getFirst("If-Modified-Since");
    if (ims != null) {
      try {
        Instant since =
            ZonedDateTime.parse(ims.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String httpDate(Instant t) {
    return HTTP_DATE.format(t.atZone(ZoneOffset.UTC));
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> q = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return q;
    }
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      q.putIfAbsent(k, v);
    }
    return q;
  }

  /** Raw bytes of a classpath resource below {@code voorbeeldstad/}, cached; empty if absent. */
  static Optional<byte[]> resource(String rel) {
    return RESOURCES.computeIfAbsent(
        rel,
        r -> {
          try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(ROOT + r)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
