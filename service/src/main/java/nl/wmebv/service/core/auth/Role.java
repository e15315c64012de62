package nl.wmebv.service.core.auth;

import java.util.Locale;

/**
 * What a user may do: viewers look, editors record decisions, admins also manage users, sites and
 * schedules.
 */
public enum Role {
  VIEWER,
  EDITOR,
  ADMIN;

  /** The role names used in {@code @RolesAllowed}. */
  public static final String VIEWER_NAME = "VIEWER";

  public static final String EDITOR_NAME = "EDITOR";
  public static final String ADMIN_NAME = "ADMIN";

  /** True when this role has at least the rights of {@code other}. */
  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }

  /**
   * Parses a role name case-insensitively; throws IllegalArgumentException with the allowed values.
   */
  public static Role parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("role must be one of viewer, editor, admin");
    }
  }
}
