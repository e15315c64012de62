package nl.wmebv.service.resources.auth;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.core.auth.MunicipalityScopes.Kind;

/**
 * What each path, query and form parameter of a request names, for the municipality scope (issue 14
 * §5). A path parameter is known by the resource path up to and including it ({@code
 * /api/municipalities/{id}} covers every path below it); a parameter that is in neither table is
 * unknown, and the filter refuses it (fail closed).
 */
public final class ScopeRules {
  private static final Pattern PARAM = Pattern.compile("\\{\\s*([A-Za-z][\\w.-]*)\\s*(?::[^}]*)?}");

  /** Path parameters that name municipality data, by the path up to and including them. */
  static final Map<String, Kind> PATH =
      Map.ofEntries(
          Map.entry("/api/municipalities/{id}", Kind.MUNICIPALITY),
          Map.entry("/api/municipalities/{id}/clusters/{clusterId}", Kind.CLUSTER),
          Map.entry("/api/municipalities/{id}/cluster-rules/{ruleId}", Kind.CLUSTER_RULE),
          Map.entry("/api/municipalities/{id}/designations/{channelId}", Kind.DESIGNATED_CHANNEL),
          Map.entry("/api/products/{id}", Kind.PRODUCT),
          Map.entry("/api/actions/{id}", Kind.ACTION),
          Map.entry("/api/crawls/{id}", Kind.CRAWL_RUN),
          Map.entry("/api/sites/{siteId}", Kind.SITE),
          Map.entry("/api/sessions/{id}", Kind.SESSION),
          Map.entry("/catalogus/{id}", Kind.MUNICIPALITY),
          Map.entry("/aanwijzing/kanalen/{channelId}", Kind.DESIGNATED_CHANNEL),
          Map.entry("/clusters/{m}", Kind.MUNICIPALITY),
          Map.entry("/clusters/{m}/clusters/{id}", Kind.CLUSTER),
          Map.entry("/clusters/{m}/regels/{id}", Kind.CLUSTER_RULE),
          Map.entry("/crawls/{id}", Kind.CRAWL_RUN),
          Map.entry("/inventaris/rij/{id}", Kind.PRODUCT),
          Map.entry("/inventaris/import/{id}", Kind.MUNICIPALITY),
          Map.entry("/gemeenten/{id}", Kind.MUNICIPALITY),
          Map.entry("/gemeenten/{id}/sites/{siteId}", Kind.SITE),
          Map.entry("/producten/{id}", Kind.PRODUCT),
          Map.entry("/sessies/{id}", Kind.SESSION),
          Map.entry("/sessies/{id}/besluit/{productId}", Kind.PRODUCT));

  /**
   * Path parameters that are not municipality data, each for a reason: users are managed by admins
   * only; a decision version is read within the municipality of the same request (path id or {@code
   * gemeente}); a session's product number is a position in a session that is itself checked; an
   * export's format is a file type.
   */
  static final Set<String> NOT_MUNICIPALITY_DATA =
      Set.of(
          "/api/users/{userId}",
          "/gebruikers/{id}",
          "/api/municipalities/{id}/designation-decision/versions/{versionId}",
          "/aanwijzing/besluit/versies/{versionId}",
          "/sessies/{id}/product/{n}",
          "/api/municipalities/{id}/export.{format}");

  /**
   * Query parameters that name municipality data, on every path (the web pages' municipality
   * choice).
   */
  static final Map<String, Kind> QUERY = Map.of("gemeente", Kind.MUNICIPALITY);

  /** Form fields (web forms) that name municipality data, on every path. */
  static final Map<String, Kind> FORM =
      Map.of(
          "gemeente",
          Kind.MUNICIPALITY,
          "site",
          Kind.SITE,
          "clusterId",
          Kind.CLUSTER,
          "setClusterId",
          Kind.CLUSTER,
          "actionId",
          Kind.ACTION);

  /** A path parameter of a resource path: its name and the path up to and including it. */
  public record PathParameter(String name, String prefix) {}

  private ScopeRules() {}

  /**
   * The resource path of a resource method: class and method {@code @Path} joined, without regular
   * expressions.
   */
  public static String template(Class<?> resource, Method method) {
    Path onClass = resource.getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    String joined =
        "/"
            + (onClass == null ? "" : onClass.value())
            + "/"
            + (onMethod == null ? "" : onMethod.value());
    String path =
        PARAM
            .matcher(joined)
            .replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"))
            .replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The path parameters of a resource path, in order. */
  public static List<PathParameter> parameters(String template) {
    List<PathParameter> found = new ArrayList<>();
    Matcher m = PARAM.matcher(template);
    while (m.find()) {
      found.add(new PathParameter(m.group(1), template.substring(0, m.end())));
    }
    return found;
  }

  /**
   * True when the path parameter is in one of the tables: municipality data of a kind, or not such
   * data.
   */
  public static boolean known(PathParameter p) {
    return PATH.containsKey(p.prefix()) || NOT_MUNICIPALITY_DATA.contains(p.prefix());
  }

  /** Every path the tables know, so a test can find rules that no resource uses any more. */
  public static Set<String> prefixes() {
    Set<String> all = new java.util.TreeSet<>(PATH.keySet());
    all.addAll(NOT_MUNICIPALITY_DATA);
    return all;
  }

  /**
   * The kind of municipality data the path parameter names; empty when it names none (or is
   * unknown).
   */
  static Optional<Kind> kind(PathParameter p) {
    return Optional.ofNullable(PATH.get(p.prefix()));
  }
}
