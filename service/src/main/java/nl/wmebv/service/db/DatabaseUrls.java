package nl.wmebv.service.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads the database URL forms people use: JDBC URLs and the postgres://user:pass@host/db form. */
public final class DatabaseUrls {
  private DatabaseUrls() {}

  /** The value of database.url that asks for the embedded PostgreSQL. */
  public static final String EMBEDDED = "embedded";

  /** True when the URL asks for the embedded PostgreSQL. */
  public static boolean isEmbedded(String url) {
    return EMBEDDED.equalsIgnoreCase(url.trim());
  }

  /** True for a jdbc:postgresql:// or postgres(ql):// URL. */
  public static boolean isPostgres(String url) {
    return url.startsWith("jdbc:postgresql://")
        || url.startsWith("postgres://")
        || url.startsWith("postgresql://");
  }

  /** A JDBC URL plus the credentials it carried, if any. */
  public record Jdbc(String url, String user, String password) {}

  /** Converts postgres://user:pass@host:port/db to JDBC; JDBC URLs pass unchanged. */
  public static Jdbc toJdbc(String url) {
    if (url.startsWith("jdbc:")) {
      return new Jdbc(url, null, null);
    }
    URI uri = URI.create(url);
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new Jdbc(
        "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
  }

  /** The URL without any password, for logs. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
