package nl.wmebv.service.resources;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.wmebv.service.api.ActionFilter;
import nl.wmebv.service.api.ActionSort;
import nl.wmebv.service.api.Vocabulary;

/**
 * Turns the query parameters of a municipality's action list into an {@link ActionFilter}; 400
 * naming a bad one.
 */
public final class ActionListParams {
  static final int MAX_OWNER = 200;

  private ActionListParams() {}

  public static ActionFilter parse(
      String owner,
      String status,
      String overdue,
      String deadlineBefore,
      String cluster,
      String sort) {
    if (owner != null && owner.length() > MAX_OWNER) {
      throw new BadRequestException("owner must be at most " + MAX_OWNER + " characters");
    }
    if (!blank(status) && !Vocabulary.ACTION_STATUSES.contains(status)) {
      throw new BadRequestException(
          "status must be one of " + String.join(", ", Vocabulary.ACTION_STATUSES));
    }
    if (!blank(overdue) && !List.of("true", "false").contains(overdue)) {
      throw new BadRequestException("overdue must be true or false, not \"" + overdue + "\"");
    }
    return new ActionFilter(
        blank(owner) ? null : owner.strip(),
        blank(status) ? null : status,
        blank(overdue) ? null : Boolean.valueOf(overdue),
        date("deadlineBefore", deadlineBefore),
        cluster(cluster),
        sort(sort));
  }

  private static LocalDate date(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " must be a date as yyyy-mm-dd, not \"" + value + "\"");
    }
  }

  private static Long cluster(String value) {
    if (blank(value)) {
      return null;
    }
    if ("none".equals(value)) {
      return 0L;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id >= 1) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new BadRequestException(
        "cluster must be a cluster id or \"none\", not \"" + value + "\"");
  }

  private static ActionSort sort(String value) {
    if (blank(value)) {
      return ActionSort.DEADLINE;
    }
    try {
      return ActionSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("sort must be one of deadline, owner, product");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
