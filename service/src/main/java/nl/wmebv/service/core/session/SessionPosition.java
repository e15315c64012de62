package nl.wmebv.service.core.session;

import java.time.OffsetDateTime;

/**
 * Where a session in progress is: who chairs it and the product on the chair's screen since when;
 * the nulls say "no chair yet" and "the chair has not opened a product yet".
 */
public record SessionPosition(String chair, Long currentProductId, OffsetDateTime currentSince) {
  public boolean isChair(String user) {
    return chair != null && chair.equals(user);
  }
}
