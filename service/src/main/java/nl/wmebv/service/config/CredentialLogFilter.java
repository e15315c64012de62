package nl.wmebv.service.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Drops every log line that would carry a credential: an {@code Authorization} or {@code Cookie}
 * header (Jetty and the HTTP clients print request headers at DEBUG, which the admin port's
 * log-level task can switch on), a session cookie or a password parameter. Installed on the whole
 * logging context, so it holds at any level and for every logger, also when the level is changed at
 * run time.
 */
public class CredentialLogFilter extends TurboFilter {
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?i)(proxy-)?authorization\\s*[:=]\\s*\\S|\\bcookie\\s*[:=]\\s*\\S|WMEBV_SESSION=|password=[^&\\s]");

  /** Adds the filter to the running logging context (once). */
  public static void install() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (context.getTurboFilterList().stream().noneMatch(CredentialLogFilter.class::isInstance)) {
      CredentialLogFilter filter = new CredentialLogFilter();
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null || level == null || !logger.isEnabledFor(level)) {
      return FilterReply.NEUTRAL; // not written anyway: no formatting cost for disabled DEBUG calls
    }
    String message =
        params == null || params.length == 0
            ? format
            : MessageFormatter.arrayFormat(format, params).getMessage();
    return CREDENTIAL.matcher(message).find() ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
