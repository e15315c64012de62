package nl.wmebv.service.core.cluster;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.wmebv.service.db.ClusterRuleRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a new product in a cluster by the municipality's rules: the first rule that matches wins.
 * WORDS rules match words and Dutch compounds ({@link ClusterWords}), URL_PREFIX rules the start of
 * the URL's path, the older kinds (URL, NAME, UNIFORM_NAME) a regular expression.
 */
public final class ClusterAssigner {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterAssigner.class);

  private record CompiledRule(ClusterRuleRow row, Pattern pattern, List<String> words) {}

  private final List<CompiledRule> rules;

  public ClusterAssigner(List<ClusterRuleRow> rules) {
    this.rules = rules.stream().map(ClusterAssigner::compile).filter(r -> r != null).toList();
  }

  /** The cluster id for a product, or null when no rule matches. */
  public Long assign(String url, String name, String uniformName) {
    for (CompiledRule rule : rules) {
      if (rule.words() != null) {
        if (ClusterWords.matches(rule.words(), name)
            || ClusterWords.matches(rule.words(), uniformName)) {
          return rule.row().clusterId();
        }
        continue;
      }
      if ("URL_PREFIX".equals(rule.row().kind())) {
        String path = pathOf(url);
        if (path != null
            && path.toLowerCase(java.util.Locale.ROOT)
                .startsWith(rule.row().pattern().strip().toLowerCase(java.util.Locale.ROOT))) {
          return rule.row().clusterId();
        }
        continue;
      }
      String subject =
          switch (rule.row().kind()) {
            case "URL" -> pathOf(url);
            case "NAME" -> name;
            case "UNIFORM_NAME" -> uniformName;
            default -> null;
          };
      if (subject != null && rule.pattern().matcher(subject).find()) {
        return rule.row().clusterId();
      }
    }
    return null;
  }

  private static String pathOf(String url) {
    try {
      return URI.create(url).getPath();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static CompiledRule compile(ClusterRuleRow row) {
    if ("WORDS".equals(row.kind())) {
      return new CompiledRule(row, null, ClusterWords.parse(row.pattern()));
    }
    if ("URL_PREFIX".equals(row.kind())) {
      return new CompiledRule(row, null, null);
    }
    try {
      return new CompiledRule(
          row,
          Pattern.compile(row.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          null);
    } catch (PatternSyntaxException e) {
      // the API validates patterns; a bad one stored earlier is skipped rather than failing a crawl
      LOG.warn(
          "Cluster rule {} has an invalid pattern and is skipped: {}",
          row.id(),
          e.getDescription());
      return null;
    }
  }
}
