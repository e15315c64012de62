package nl.wmebv.service.core.session;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands openhtmltopdf's log to SLF4J (and so to the service's logback), instead of its own console
 * handler; its chatty INFO lines become DEBUG.
 */
public final class PdfLog implements XRLogger {
  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger log = LoggerFactory.getLogger(where);
    int l = level.intValue();
    if (l >= Level.SEVERE.intValue()) {
      log.error(message, error);
    } else if (l >= Level.WARNING.intValue()) {
      log.warn(message, error);
    } else {
      log.debug(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // the levels are logback's to set
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int l = diagnostic.getLevel().intValue();
    return l >= Level.SEVERE.intValue()
        ? log.isErrorEnabled()
        : l >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
  }
}
