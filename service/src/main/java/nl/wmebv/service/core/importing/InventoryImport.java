package nl.wmebv.service.core.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.service.api.ActionInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.InventoryImportJson;
import nl.wmebv.service.api.InventoryImportJson.Change;
import nl.wmebv.service.api.InventoryImportJson.Row;
import nl.wmebv.service.api.ProductPatch;
import nl.wmebv.service.core.AuditSink;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.db.ActionRow;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.db.ClusterRow;
import nl.wmebv.service.db.InventoryImportDao;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.ProductViewRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a municipality's spreadsheet into its inventory (issue 14 §1), in one transaction: each
 * row is matched to a product ({@link RowMatcher}) and the person's fields it holds are written
 * through the same validation and audit as a product edit ({@link ProductService#apply}) and an
 * action edit ({@link ActionService}); a row that matches nothing makes a new product marked "Uit
 * spreadsheet". A row that would overwrite a decision made in the tool after the file's export date
 * is a conflict and is left alone unless the person chose to overwrite; a bad row stops the whole
 * import unless the person chose to import the good rows only. A dry run writes nothing.
 */
public final class InventoryImport {
  /**
   * The person's choices: only look, import the good rows when some are bad, overwrite newer
   * decisions.
   */
  public record Choices(boolean dryRun, boolean acceptBadRows, boolean overwriteNewer) {}

  /**
   * Audit event of a row's change; the second when it overwrote a decision made after the file's
   * export.
   */
  static final String IMPORTED = "product.imported";

  static final String OVERWROTE = "product.import_overwrote";
  static final String CREATED = "product.created_from_spreadsheet";

  private static final List<ImportField> DECISIONS =
      List.of(
          ImportField.CLUSTER,
          ImportField.IN_SCOPE,
          ImportField.MESSAGE_TYPES,
          ImportField.CHANNEL_STATUS,
          ImportField.TEXT_STATUS,
          ImportField.NOTES,
          ImportField.PRODUCT_OWNER_EMAIL);
  private static final List<ImportField> ACTION =
      List.of(
          ImportField.ACTION_TYPE,
          ImportField.OWNER,
          ImportField.DEADLINE,
          ImportField.ACTION_STATUS);

  /** Where the audit trail records each field: entity type and the key in its changes. */
  private static final Map<ImportField, String> AUDIT_KEYS =
      Map.ofEntries(
          Map.entry(ImportField.CLUSTER, "product:clusterId"),
          Map.entry(ImportField.IN_SCOPE, "product:inScope"),
          Map.entry(ImportField.MESSAGE_TYPES, "product:messageTypes"),
          Map.entry(ImportField.CHANNEL_STATUS, "product:channelStatusOverride"),
          Map.entry(ImportField.TEXT_STATUS, "product:textStatus"),
          Map.entry(ImportField.NOTES, "product:notes"),
          Map.entry(ImportField.PRODUCT_OWNER_EMAIL, "product:ownerEmail"),
          Map.entry(ImportField.ACTION_TYPE, "action:type"),
          Map.entry(ImportField.OWNER, "action:owner"),
          Map.entry(ImportField.DEADLINE, "action:deadline"),
          Map.entry(ImportField.ACTION_STATUS, "action:status"));

  private static final String DEFAULT_TEXT_STATUS = "NOT_REVIEWED";

  private final Jdbi jdbi;
  private final ObjectMapper json;
  private final ProductService products;
  private final ActionService actions;

  public InventoryImport(
      Jdbi jdbi, ObjectMapper json, ProductService products, ActionService actions) {
    this.jdbi = jdbi;
    this.json = json;
    this.products = products;
    this.actions = actions;
  }

  /**
   * Imports (or, on a dry run, previews) the sheet read through the mapping, as {@code actor}. An
   * unknown municipality is an {@link UnknownMunicipalityException}; a mapping without a column
   * that identifies products an {@link InvalidInputException}.
   */
  public InventoryImportJson run(
      long municipalityId, Sheet sheet, ColumnMapping mapping, String actor, Choices choices) {
    if (!mapping.identifiesProducts()) {
      throw new InvalidInputException(
          "No column of the file gives the product's number, name, uniform name or page"
              + " URL, so no row can be matched to a product");
    }
    return jdbi.inTransaction(
        h -> {
          if (h.attach(MunicipalityDao.class).find(municipalityId).isEmpty()) {
            throw new UnknownMunicipalityException(municipalityId);
          }
          Context context = context(h, municipalityId, sheet);
          List<Plan> plans = plan(RowParser.parse(sheet, mapping), context, choices);
          long bad = plans.stream().filter(p -> p.result.equals(InventoryImportJson.BAD)).count();
          boolean blocked = bad > 0 && !choices.acceptBadRows();
          boolean write = !choices.dryRun() && !blocked;
          if (write) {
            // thousands of rows: their audit events go to the database as one batch, in the same
            // transaction
            AuditSink.Batch audit = new AuditSink.Batch();
            for (Plan plan : plans) {
              apply(h, municipalityId, plan, context, actor, audit);
            }
            audit.flush(h);
          }
          return report(plans, write, blocked, choices);
        });
  }

  /** What the import knows of the municipality before it looks at the rows. */
  private record Context(
      Map<Long, ProductViewRow> products,
      RowMatcher matcher,
      Map<Long, ActionRow> leading,
      Map<String, ClusterRow> clusters,
      Map<Long, Set<String>> newer) {
    /** The municipality's cluster ids, read in this transaction. */
    Set<Long> clusterIds() {
      return clusters.values().stream().map(ClusterRow::id).collect(Collectors.toSet());
    }
  }

  private Context context(Handle h, long municipalityId, Sheet sheet) {
    InventoryImportDao dao = h.attach(InventoryImportDao.class);
    Map<Long, ProductViewRow> byId = new LinkedHashMap<>();
    dao.products(municipalityId).forEach(p -> byId.put(p.id(), p));
    Map<Long, String> sheetUrls = dao.spreadsheetUrls(municipalityId);
    RowMatcher matcher =
        new RowMatcher(
            byId.values().stream()
                .map(
                    p ->
                        new RowMatcher.Known(
                            p.id(),
                            p.url() != null ? p.url() : sheetUrls.get(p.id()),
                            p.name(),
                            p.uniformName()))
                .toList());
    Map<Long, ActionRow> leading =
        dao.leadingActions(municipalityId).stream()
            .collect(Collectors.toMap(ActionRow::productId, Function.identity()));
    Map<String, ClusterRow> clusters = new HashMap<>();
    for (ClusterRow c : h.attach(ClusterDao.class).list(municipalityId)) {
      clusters.putIfAbsent(key(c.name()), c);
    }
    Map<Long, Set<String>> newer = new HashMap<>();
    for (InventoryImportDao.PersonChange change :
        dao.personChangesSince(municipalityId, sheet.exportedAt())) {
      Set<String> keys = newer.computeIfAbsent(change.productId(), id -> new HashSet<>());
      changedKeys(change.changes()).forEach(k -> keys.add(change.entityType() + ":" + k));
    }
    return new Context(byId, matcher, leading, clusters, newer);
  }

  private List<String> changedKeys(String changes) {
    List<String> keys = new ArrayList<>();
    try {
      json.readTree(changes).fieldNames().forEachRemaining(keys::add);
    } catch (JsonProcessingException e) {
      // an unreadable event names no field; it never blocks a row
    }
    return keys;
  }

  /** What one row will do: its result and changes, and what to write for it. */
  private static final class Plan {
    final int row;
    Long productId;
    String result;
    String message;
    final List<Change> changes = new ArrayList<>();
    ObjectNode patch;
    ObjectNode action;
    Long actionId;
    boolean overwrites;
    String newName;
    String newUniformName;
    String newPageUrl;
    String name;

    Plan(int row) {
      this.row = row;
    }

    Plan bad(String dutch) {
      result = InventoryImportJson.BAD;
      message = dutch;
      changes.clear();
      return this;
    }
  }

  private List<Plan> plan(List<ParsedRow> rows, Context context, Choices choices) {
    List<Plan> plans = new ArrayList<>();
    Map<Long, Integer> seenProducts = new HashMap<>();
    Map<String, Integer> seenNames = new HashMap<>();
    for (ParsedRow row : rows) {
      Plan plan = plan(row, context, choices);
      if (!InventoryImportJson.BAD.equals(plan.result)) {
        Integer earlier =
            plan.productId != null
                ? seenProducts.putIfAbsent(plan.productId, row.row())
                : seenNames.putIfAbsent(key(plan.newName), row.row());
        if (earlier
            != null) { // the file would say two things of one product: which one is meant is not
          // ours to guess
          plan.bad(
              "Regel " + earlier + " gaat al over dit product; laat één van beide regels staan");
        }
      }
      plans.add(plan);
    }
    return plans;
  }

  private Plan plan(ParsedRow row, Context context, Choices choices) {
    Plan plan = new Plan(row.row());
    Map<ImportField, Object> values = row.values();
    if (!row.valid()) {
      plan.name = values.get(ImportField.NAME) instanceof String n ? n : null;
      return plan.bad(
          row.problems().stream().map(BadValue::dutch).collect(Collectors.joining("; ")));
    }
    plan.productId = context.matcher().match(row);
    ProductViewRow cur = plan.productId == null ? null : context.products().get(plan.productId);
    plan.name = cur != null ? cur.name() : (String) values.get(ImportField.NAME);
    if (cur == null) {
      plan.productId = null;
      plan.newName = (String) values.get(ImportField.NAME);
      plan.newUniformName = (String) values.get(ImportField.UNIFORM_NAME);
      plan.newPageUrl = (String) values.get(ImportField.PAGE_URL);
      if (plan.newName == null) {
        return plan.bad(
            "Geen bestaand product gevonden bij deze regel, en zonder productnaam kan er geen nieuw"
                + " product komen");
      }
      plan.changes.add(new Change(ImportField.NAME.key(), null, plan.newName));
    }
    try {
      decisions(plan, values, cur, context);
      action(plan, values, cur == null ? null : context.leading().get(cur.id()));
    } catch (BadValue bad) {
      return plan.bad(bad.dutch());
    }
    if (cur == null) {
      plan.result = InventoryImportJson.CREATED;
    } else if (plan.changes.isEmpty()) {
      plan.result = InventoryImportJson.UNCHANGED;
    } else {
      plan.result = InventoryImportJson.UPDATED;
      guard(plan, context.newer().getOrDefault(cur.id(), Set.of()), choices);
    }
    return plan;
  }

  /**
   * The product's decision fields the row holds, compared with the product's (a new one's
   * defaults).
   */
  private void decisions(
      Plan plan, Map<ImportField, Object> values, ProductViewRow cur, Context context)
      throws BadValue {
    ObjectNode patch = json.createObjectNode();
    if (values.containsKey(ImportField.CLUSTER)) {
      ClusterRow cluster = cluster((String) values.get(ImportField.CLUSTER), context);
      Long to = cluster == null ? null : cluster.id();
      Long from = cur == null ? null : cur.clusterId();
      if (!Objects.equals(from, to)) {
        patch.put("clusterId", to);
        plan.changes.add(
            new Change(
                ImportField.CLUSTER.key(),
                cur == null ? null : cur.clusterName(),
                cluster == null ? null : cluster.name()));
      }
    }
    if (values.containsKey(ImportField.IN_SCOPE)) {
      Boolean to = (Boolean) values.get(ImportField.IN_SCOPE);
      Boolean from = cur == null ? null : cur.inScope();
      if (!Objects.equals(from, to)) {
        patch.put("inScope", to);
        plan.changes.add(new Change(ImportField.IN_SCOPE.key(), text(from), text(to)));
      }
    }
    if (values.containsKey(ImportField.MESSAGE_TYPES)) {
      @SuppressWarnings("unchecked")
      List<String> to = (List<String>) values.get(ImportField.MESSAGE_TYPES);
      List<String> from = cur == null ? List.of() : cur.messageTypes();
      if (!new LinkedHashSet<>(from).equals(new LinkedHashSet<>(to))) {
        to.forEach(patch.putArray("messageTypes")::add);
        plan.changes.add(new Change(ImportField.MESSAGE_TYPES.key(), joined(from), joined(to)));
      }
    }
    text(
        plan,
        patch,
        values,
        ImportField.CHANNEL_STATUS,
        "channelStatusOverride",
        cur == null ? null : cur.channelStatusOverride(),
        true);
    text(
        plan,
        patch,
        values,
        ImportField.TEXT_STATUS,
        "textStatus",
        cur == null ? DEFAULT_TEXT_STATUS : cur.textStatus(),
        false);
    text(plan, patch, values, ImportField.NOTES, "notes", cur == null ? null : cur.notes(), true);
    text(
        plan,
        patch,
        values,
        ImportField.PRODUCT_OWNER_EMAIL,
        "ownerEmail",
        cur == null ? null : cur.ownerEmail(),
        true);
    if (!patch.isEmpty()) {
      patch.put("version", cur == null ? 1 : cur.version());
      try {
        ProductPatch.read(
            patch); // the product edit's own validation, so a file can set nothing a person cannot
      } catch (InvalidInputException e) {
        throw new BadValue(
            "Niet toegestaan: " + String.join("; ", e.errors()), String.join("; ", e.errors()));
      }
      plan.patch = patch;
    }
  }

  /**
   * A text field; blank clears it when {@code clearable}, else leaves it (a text status is never
   * empty).
   */
  private static void text(
      Plan plan,
      ObjectNode patch,
      Map<ImportField, Object> values,
      ImportField field,
      String patchField,
      String from,
      boolean clearable) {
    if (!values.containsKey(field)) {
      return;
    }
    String to = (String) values.get(field);
    if (to == null && !clearable || Objects.equals(blankToNull(from), to)) {
      return;
    }
    patch.put(patchField, to);
    plan.changes.add(new Change(field.key(), blankToNull(from), to));
  }

  private static ClusterRow cluster(String name, Context context) throws BadValue {
    if (name == null || name.equalsIgnoreCase(InventoryExport.NO_CLUSTER)) {
      return null;
    }
    ClusterRow cluster = context.clusters().get(key(name));
    if (cluster == null) {
      throw new BadValue(
          "Cluster \""
              + name
              + "\" bestaat niet bij deze gemeente (de clusters zijn: "
              + context.clusters().values().stream()
                  .map(ClusterRow::name)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")",
          "Cluster \"" + name + "\" is not a cluster of this municipality");
    }
    return cluster;
  }

  /**
   * The leading action's fields the row holds (the one the export shows). Blank owner and deadline
   * clear them; a blank type or status leaves it. Without an action, a row that names one (or only
   * an owner, deadline or status: then of the type "Anders") adds it.
   */
  private void action(Plan plan, Map<ImportField, Object> values, ActionRow cur) throws BadValue {
    ObjectNode action = json.createObjectNode();
    if (cur == null) {
      if (ACTION.stream().noneMatch(f -> values.get(f) != null)) {
        return;
      }
      String type =
          values.get(ImportField.ACTION_TYPE) == null
              ? "OTHER"
              : (String) values.get(ImportField.ACTION_TYPE);
      action.put("type", type);
      plan.changes.add(new Change(ImportField.ACTION_TYPE.key(), null, type));
      for (ImportField f :
          List.of(ImportField.OWNER, ImportField.DEADLINE, ImportField.ACTION_STATUS)) {
        if (values.get(f) != null) {
          action.put(actionField(f), values.get(f).toString());
          plan.changes.add(new Change(f.key(), null, values.get(f).toString()));
        }
      }
    } else {
      actionField(plan, action, values, ImportField.ACTION_TYPE, cur.type(), false);
      actionField(plan, action, values, ImportField.OWNER, cur.owner(), true);
      actionField(plan, action, values, ImportField.DEADLINE, cur.deadline(), true);
      actionField(plan, action, values, ImportField.ACTION_STATUS, cur.status(), false);
      if (action.isEmpty()) {
        return;
      }
      action.put("version", cur.version());
      plan.actionId = cur.id();
    }
    try { // the action edit's own validation
      if (cur == null) {
        ActionInput.readNew(action);
      } else {
        ActionInput.readPatch(action);
      }
    } catch (InvalidInputException e) {
      throw new BadValue(
          "Niet toegestaan: " + String.join("; ", e.errors()), String.join("; ", e.errors()));
    }
    plan.action = action;
  }

  private static void actionField(
      Plan plan,
      ObjectNode action,
      Map<ImportField, Object> values,
      ImportField field,
      Object from,
      boolean clearable) {
    if (!values.containsKey(field)) {
      return;
    }
    Object to = values.get(field);
    if (to == null && !clearable || Objects.equals(blankToNull(from), to)) {
      return;
    }
    action.put(actionField(field), to == null ? null : to.toString());
    plan.changes.add(
        new Change(
            field.key(), from == null ? null : from.toString(), to == null ? null : to.toString()));
  }

  private static String actionField(ImportField field) {
    return switch (field) {
      case ACTION_TYPE -> "type";
      case OWNER -> "owner";
      case DEADLINE -> "deadline";
      case ACTION_STATUS -> "status";
      default -> throw new IllegalArgumentException(field.name());
    };
  }

  /** A row that would change a field a person changed in the tool after the file's export date. */
  private static void guard(Plan plan, Set<String> newerKeys, Choices choices) {
    List<String> newer = new ArrayList<>();
    for (Change change : plan.changes) {
      ImportField field = byKey(change.field());
      if (field != null && newerKeys.contains(AUDIT_KEYS.get(field))) {
        newer.add(field.label());
      }
    }
    if (newer.isEmpty()) {
      return;
    }
    if (choices.overwriteNewer()) {
      plan.overwrites = true;
      plan.message =
          "Overschrijft een nieuwere beslissing in de tool over: " + String.join(", ", newer);
    } else {
      plan.result = InventoryImportJson.CONFLICT;
      plan.message =
          "In de tool is na de datum van dit bestand een nieuwere beslissing genomen over: "
              + String.join(", ", newer)
              + ". Deze regel wordt niet toegepast, tenzij u kiest voor"
              + " \"nieuwere beslissingen overschrijven\".";
    }
  }

  /**
   * Writes one row. A matched product is taken as read at the start of this transaction: the
   * version check of each write still refuses it when someone changed it since (then the whole
   * import fails with a conflict).
   */
  private void apply(
      Handle h, long municipalityId, Plan plan, Context context, String actor, AuditSink audit) {
    boolean created = InventoryImportJson.CREATED.equals(plan.result);
    if (!created && !InventoryImportJson.UPDATED.equals(plan.result)) {
      return;
    }
    ProductViewRow cur;
    if (created) {
      cur =
          h.attach(InventoryImportDao.class)
              .insertFromSpreadsheet(
                  municipalityId, plan.newName, plan.newUniformName, plan.newPageUrl);
      plan.productId = cur.id();
      Map<String, Object> made = new LinkedHashMap<>();
      made.put("name", Map.of("to", plan.newName));
      made.put("source", Map.of("to", "spreadsheet"));
      audit.append(municipalityId, cur.id(), "product", cur.id(), CREATED, actor, write(made));
    } else {
      cur = context.products().get(plan.productId);
    }
    if (plan.patch != null) {
      plan.patch.put("version", cur.version());
      products.apply(
          h,
          cur,
          ProductPatch.read(plan.patch),
          actor,
          plan.overwrites ? OVERWROTE : IMPORTED,
          context.clusterIds(),
          audit);
    }
    if (plan.action != null) {
      if (plan.actionId == null) {
        actions.create(h, cur, ActionInput.readNew(plan.action), actor, audit);
      } else {
        actions.update(h, cur, plan.actionId, ActionInput.readPatch(plan.action), actor, audit);
      }
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise audit changes: " + e.getMessage(), e);
    }
  }

  private static InventoryImportJson report(
      List<Plan> plans, boolean written, boolean blocked, Choices choices) {
    int matched = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    int bad = 0;
    List<Row> rows = new ArrayList<>();
    for (Plan p : plans) {
      switch (p.result) {
        case InventoryImportJson.CREATED -> created++;
        case InventoryImportJson.UPDATED -> updated++;
        case InventoryImportJson.UNCHANGED -> unchanged++;
        case InventoryImportJson.CONFLICT -> conflicts++;
        default -> bad++;
      }
      if (p.productId != null
          && !InventoryImportJson.CREATED.equals(p.result)
          && !InventoryImportJson.BAD.equals(p.result)) {
        matched++;
      }
      rows.add(new Row(p.row, p.productId, p.name, p.result, List.copyOf(p.changes), p.message));
    }
    String message;
    if (blocked) {
      message =
          bad
              + " rows are bad; nothing was imported: correct them, or import the good rows only"
              + " (acceptBadRows=true)";
    } else if (choices.dryRun()) {
      message = "Dry run: nothing was written";
    } else {
      message = "Imported";
    }
    if (conflicts > 0 && !blocked) {
      message +=
          "; "
              + conflicts
              + " rows would overwrite decisions made in the tool after the file's export date"
              + " and were left alone (overwriteNewer=true overwrites them)";
    }
    return new InventoryImportJson(
        written, matched, created, updated, unchanged, conflicts, bad, message, rows);
  }

  private static ImportField byKey(String key) {
    for (ImportField f : ImportField.values()) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    return null;
  }

  private static String text(Boolean b) {
    return b == null ? null : b.toString();
  }

  private static String joined(List<String> codes) {
    return codes.isEmpty() ? null : String.join(", ", codes);
  }

  private static Object blankToNull(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
