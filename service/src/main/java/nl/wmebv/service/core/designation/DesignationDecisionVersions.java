package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.DesignationDecisionStatusInput;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.DesignationDao;
import nl.wmebv.service.vocabulary.DesignationDecisionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The draft aanwijzingsbesluit: rendered from the register as it is now, and stored as a version on
 * request so that the next one can show what changed. The inventory version is "i" + the last audit
 * event id of the municipality + "-" + a short hash of the active register.
 */
public class DesignationDecisionVersions {
  private static final TypeReference<List<DesignatedChannel>> REGISTER = new TypeReference<>() {};
  private final Jdbi jdbi;
  private final ObjectMapper json;

  /** A rendered draft with the facts it was rendered from. */
  public record Draft(
      String municipality,
      int year,
      String inventoryVersion,
      String html,
      List<DesignatedChannel> register) {}

  public DesignationDecisionVersions(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  public Draft draft(long municipalityId) {
    return jdbi.withHandle(h -> draft(h, municipalityId));
  }

  private Draft draft(Handle h, long municipalityId) {
    DesignationRegister.requireMunicipality(h, municipalityId);
    String name = h.attach(DesignationDao.class).municipalityName(municipalityId).orElseThrow();
    List<DesignatedChannel> active =
        RegisterReader.channels(h, municipalityId).stream()
            .filter(DesignatedChannel::active)
            .toList();
    OffsetDateTime now = OffsetDateTime.now(DutchTime.ZONE);
    String version =
        "i" + h.attach(DesignationDao.class).lastAuditId(municipalityId) + "-" + hash(active);
    DesignationDecisionModel model =
        DesignationDecisionModel.of(
            name,
            now.getYear(),
            DutchTime.inText(now),
            version,
            DesignationDecisionSettingsStore.read(h, municipalityId),
            active);
    return new Draft(
        name, now.getYear(), version, DesignationDecisionDocument.render(model), active);
  }

  /** Renders and stores a new version; its changes are those since the previous version. */
  public DesignationDecisionVersion generate(long municipalityId, String actor) {
    return jdbi.inTransaction(
        h -> {
          Draft d = draft(h, municipalityId);
          List<DesignatedChannel> previous =
              stored(h, municipalityId).stream().findFirst().map(s -> s.register).orElse(List.of());
          long id =
              h.attach(DesignationDao.class)
                  .insertVersion(
                      municipalityId, actor, d.inventoryVersion(), write(d.register()), d.html());
          new ChannelAudit(json)
              .appendRaw(
                  h,
                  municipalityId,
                  "designation_decision_version",
                  id,
                  "designation-decision.generated",
                  Map.of("inventoryVersion", d.inventoryVersion()),
                  actor);
          return versions(h, municipalityId).stream()
              .filter(v -> v.id() == id)
              .findFirst()
              .orElseThrow();
        });
  }

  /** The stored versions, newest first, each with its changes since the one before. */
  public List<DesignationDecisionVersion> list(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          DesignationRegister.requireMunicipality(h, municipalityId);
          return versions(h, municipalityId);
        });
  }

  /**
   * What changed in the register since the last stored version (everything when none is stored).
   */
  public RegisterChanges pending(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          List<DesignatedChannel> last =
              stored(h, municipalityId).stream().findFirst().map(s -> s.register).orElse(List.of());
          return RegisterChanges.between(last, draft(h, municipalityId).register());
        });
  }

  /**
   * Moves a stored version one step on in its life (concept → voorgelegd → vastgesteld →
   * bekendgemaakt); its text never changes. {@link ConflictException} for any other step (a
   * vastgesteld version cannot go back).
   */
  public DesignationDecisionVersion move(
      long municipalityId, long versionId, DesignationDecisionStatusInput in, String actor) {
    return jdbi.inTransaction(
        h -> {
          DesignationDecisionVersion cur =
              versions(h, municipalityId).stream()
                  .filter(v -> v.id() == versionId)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No decision version "
                                  + versionId
                                  + " in municipality "
                                  + municipalityId));
          DesignationDecisionStatus from = DesignationDecisionStatus.valueOf(cur.status());
          if (from.next() == null || !from.next().code().equals(in.status())) {
            throw new ConflictException(
                "Version "
                    + cur.label()
                    + " is "
                    + from.code()
                    + "; it can only move to "
                    + (from.next() == null ? "nothing (it is published)" : from.next().code()));
          }
          if (h.attach(DesignationDao.class)
                  .moveVersion(
                      municipalityId,
                      versionId,
                      from.code(),
                      in.status(),
                      in.adoptedOn(),
                      in.adoptedBy().toArray(String[]::new),
                      in.gemeenteblad(),
                      in.gemeentebladUrl(),
                      in.publishedOn(),
                      in.entryIntoForce())
              == 0) {
            throw new ConflictException(
                "Version " + cur.label() + " was moved on by someone else; reload it");
          }
          new ChannelAudit(json)
              .appendRaw(
                  h,
                  municipalityId,
                  "designation_decision_version",
                  versionId,
                  "designation-decision.status-changed",
                  Map.of("from", from.code(), "to", in.status()),
                  actor);
          return versions(h, municipalityId).stream()
              .filter(v -> v.id() == versionId)
              .findFirst()
              .orElseThrow();
        });
  }

  /** The municipality's name (for a stored version's document footer). */
  public String municipalityName(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          DesignationRegister.requireMunicipality(h, municipalityId);
          return h.attach(DesignationDao.class).municipalityName(municipalityId).orElseThrow();
        });
  }

  /** The HTML of a stored version. */
  public String content(long municipalityId, long versionId) {
    return jdbi.withHandle(
        h ->
            h.attach(DesignationDao.class)
                .versionContent(municipalityId, versionId)
                .orElseThrow(
                    () ->
                        new UnknownEntityException(
                            "No decision version "
                                + versionId
                                + " in municipality "
                                + municipalityId)));
  }

  private record Stored(
      long id,
      OffsetDateTime at,
      String by,
      String version,
      List<DesignatedChannel> register,
      Life life) {}

  /** The life columns of a stored version. */
  private record Life(
      String status,
      LocalDate adoptedOn,
      List<String> adoptedBy,
      String gemeenteblad,
      String gemeentebladUrl,
      LocalDate publishedOn,
      LocalDate entryIntoForce) {}

  private List<Stored> stored(Handle h, long municipalityId) {
    return h.attach(DesignationDao.class).versions(municipalityId).stream()
        .map(
            r ->
                new Stored(
                    r.id(),
                    r.generatedAt(),
                    r.generatedBy(),
                    r.inventoryVersion(),
                    read(r.register()),
                    new Life(
                        r.status(),
                        r.adoptedOn(),
                        r.adoptedBy() == null ? List.of() : r.adoptedBy(),
                        r.gemeenteblad(),
                        r.gemeentebladUrl(),
                        r.publishedOn(),
                        r.entryIntoForce())))
        .toList();
  }

  private List<DesignationDecisionVersion> versions(Handle h, long municipalityId) {
    List<Stored> all = stored(h, municipalityId);
    List<DesignationDecisionVersion> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Stored s = all.get(i);
      List<DesignatedChannel> before = i + 1 < all.size() ? all.get(i + 1).register : List.of();
      int number = all.size() - i;
      Life l = s.life;
      out.add(
          new DesignationDecisionVersion(
              s.id,
              s.at,
              s.by,
              s.version,
              RegisterChanges.between(before, s.register),
              number,
              DutchTime.local(s.at).toLocalDate() + " nr. " + number,
              l.status,
              l.adoptedOn,
              l.adoptedBy,
              l.gemeenteblad,
              l.gemeentebladUrl,
              l.publishedOn,
              l.entryIntoForce));
    }
    return out;
  }

  private String write(List<DesignatedChannel> register) {
    try {
      return json.writeValueAsString(register);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<DesignatedChannel> read(String register) {
    try {
      return json.readValue(register, REGISTER);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable stored register: " + e.getMessage(), e);
    }
  }

  private String hash(List<DesignatedChannel> active) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(write(active).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
