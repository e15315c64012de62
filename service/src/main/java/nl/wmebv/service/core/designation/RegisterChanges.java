package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in the designated register between two versions of the decision (active channels
 * only): channels added, removed or changed (with the fields), products added to or removed from a
 * channel.
 */
public record RegisterChanges(
    List<String> channelsAdded,
    List<String> channelsRemoved,
    List<String> channelsChanged,
    List<String> productsAdded,
    List<String> productsRemoved) {

  public boolean isEmpty() {
    return channelsAdded.isEmpty()
        && channelsRemoved.isEmpty()
        && channelsChanged.isEmpty()
        && productsAdded.isEmpty()
        && productsRemoved.isEmpty();
  }

  /**
   * The changes from {@code before} (empty for the first version) to {@code after}; channels match
   * by id.
   */
  public static RegisterChanges between(
      List<DesignatedChannel> before, List<DesignatedChannel> after) {
    Map<Long, DesignatedChannel> old = index(before);
    Map<Long, DesignatedChannel> now = index(after);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> productsAdded = new ArrayList<>();
    List<String> productsRemoved = new ArrayList<>();
    now.values().stream().filter(c -> !old.containsKey(c.id())).forEach(c -> added.add(label(c)));
    old.values().stream().filter(c -> !now.containsKey(c.id())).forEach(c -> removed.add(label(c)));
    for (DesignatedChannel c : now.values()) {
      DesignatedChannel o = old.get(c.id());
      List<String> fields = o == null ? List.of() : fields(o, c);
      if (!fields.isEmpty()) {
        changed.add(label(c) + ": " + String.join(", ", fields));
      }
      products(c).stream()
          .filter(p -> !products(o).contains(p))
          .forEach(p -> productsAdded.add(p + " → " + c.name()));
    }
    for (DesignatedChannel o : old.values()) {
      DesignatedChannel c = now.get(o.id());
      products(o).stream()
          .filter(p -> !products(c).contains(p))
          .forEach(p -> productsRemoved.add(p + " → " + o.name()));
    }
    return new RegisterChanges(added, removed, changed, productsAdded, productsRemoved);
  }

  private static Map<Long, DesignatedChannel> index(List<DesignatedChannel> channels) {
    Map<Long, DesignatedChannel> out = new LinkedHashMap<>();
    (channels == null ? List.<DesignatedChannel>of() : channels)
        .stream().filter(DesignatedChannel::active).forEach(c -> out.put(c.id(), c));
    return out;
  }

  private static String label(DesignatedChannel c) {
    return c.name() + " (" + c.url() + ")";
  }

  private static List<String> products(DesignatedChannel c) {
    return c == null
        ? List.of()
        : c.products().stream().map(DesignatedChannel.Product::productName).toList();
  }

  /** The Dutch names of the fields that differ (the products are listed apart). */
  private static List<String> fields(DesignatedChannel o, DesignatedChannel c) {
    List<String> out = new ArrayList<>();
    add(out, "soort", o.kind(), c.kind());
    add(out, "naam", o.name(), c.name());
    add(out, "adres", o.url(), c.url());
    add(out, "identificatie", o.identification(), c.identification());
    add(out, "domein", o.domain(), c.domain());
    add(out, "berichtsoorten", o.messageTypes(), c.messageTypes());
    if (!Objects.equals(o.products(), c.products()) && products(o).equals(products(c))) {
      out.add("berichtsoorten per product");
    }
    return out;
  }

  private static void add(List<String> out, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      out.add(field);
    }
  }
}
