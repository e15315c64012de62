package nl.wmebv.service.core.auth;

import java.util.Optional;
import java.util.Set;

/**
 * The municipalities the current user may see and change: all of them, or the assigned ids (issue
 * 14 §5).
 */
public record MunicipalityAccess(boolean all, Set<Long> ids) {
  public MunicipalityAccess {
    ids = Set.copyOf(ids);
  }

  /** Access to every municipality, present and future. */
  public static MunicipalityAccess everything() {
    return new MunicipalityAccess(true, Set.of());
  }

  /** Access to nothing: what an unknown user or an unassigned new user gets (fail closed). */
  public static MunicipalityAccess none() {
    return new MunicipalityAccess(false, Set.of());
  }

  public boolean allows(long municipalityId) {
    return all || ids.contains(municipalityId);
  }

  /**
   * True when the entity's municipality is known and allowed; an unknown entity is not allowed
   * either.
   */
  public boolean allows(Optional<Long> municipalityId) {
    return municipalityId.isPresent() && allows(municipalityId.get());
  }
}
