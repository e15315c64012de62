package nl.wmebv.service.db;

import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Jdbi's template engine ({@code <list>} attributes) with the DAO method's name in front of each
 * statement as a comment, as Dropwizard's {@code NamePrependingTemplateEngine} does for
 * PostgreSQL's logs and pg_stat_activity. Dropwizard's engine only renders, so Jdbi re-parses every
 * statement with its ANTLR lexer on every call (a fifth of the CPU of a product list request); this
 * one is a {@link TemplateEngine.Parsing}, whose parse Jdbi caches per SQL text, and it adds the
 * comment when the cached template is applied.
 */
public final class CommentingTemplateEngine implements TemplateEngine.Parsing {
  private final DefinedAttributeTemplateEngine attributes = new DefinedAttributeTemplateEngine();

  @Override
  public Optional<Function<StatementContext, String>> parse(
      String template, ConfigRegistry config) {
    return attributes
        .parse(template, config)
        .map(render -> ctx -> comment(ctx.getExtensionMethod()) + render.apply(ctx));
  }

  static String comment(ExtensionMethod method) {
    if (method == null) {
      return "";
    }
    return "/* " + method.getType().getSimpleName() + "." + method.getMethod().getName() + " */ ";
  }
}
