package nl.wmebv.service.resources.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wmebv.service.api.ClusterRulesApplyJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.cluster.ClusterRulesAgain;
import nl.wmebv.service.core.cluster.ClusterService;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.ClustersView;

/**
 * The clusters page (Dutch): a municipality's clusters and cluster rules; admins add, rename,
 * reorder and remove them through {@link ClusterService}, the same validation and audit trail as
 * the API. Plain forms (with the CSRF field), each answered with a redirect back to the page and a
 * message.
 */
@Path("/clusters")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class ClusterPagesResource {
  private static final Map<String, String> DONE =
      Map.of(
          "cluster-toegevoegd", "Het cluster is toegevoegd.",
          "cluster-gewijzigd", "Het cluster is gewijzigd.",
          "cluster-verwijderd", "Het cluster is verwijderd.",
          "regel-toegevoegd", "De regel is toegevoegd.",
          "regel-gewijzigd", "De regel is gewijzigd.",
          "regel-verwijderd", "De regel is verwijderd.");

  private final ClusterService clusters;
  private final ClusterRulesAgain rulesAgain;
  private final MunicipalityService municipalities;

  public ClusterPagesResource(
      ClusterService clusters, ClusterRulesAgain rulesAgain, MunicipalityService municipalities) {
    this.clusters = clusters;
    this.rulesAgain = rulesAgain;
    this.municipalities = municipalities;
  }

  /**
   * The page; {@code opnieuw=1} adds the preview of applying the rules again (an admin's), {@code
   * verplaatst} the number of products that applying them moved.
   */
  @GET
  public Response page(
      @QueryParam("gemeente") Long municipalityId,
      @QueryParam("gedaan") String done,
      @QueryParam("opnieuw") String again,
      @QueryParam("verplaatst") Integer moved,
      @Context ContainerRequestContext request) {
    String message = done == null ? null : DONE.get(done);
    if ("regels-toegepast".equals(done) && moved != null && moved >= 0) {
      message =
          "Regels opnieuw toegepast: "
              + nl.wmebv.service.vocabulary.Noun.PRODUCT.count(moved)
              + (moved == 1 ? " is" : " zijn")
              + " naar een ander cluster verplaatst.";
    }
    ClusterRulesApplyJson preview = null;
    if ("1".equals(again)
        && municipalityId != null
        && request.getSecurityContext().isUserInRole(Role.ADMIN_NAME)) {
      try {
        preview = rulesAgain.apply(municipalityId, true, WebUsers.actor(request));
      } catch (UnknownEntityException e) {
        // view() answers the unknown municipality
      }
    }
    return view(municipalityId, message, false, 200, preview, request);
  }

  /**
   * Applies the rules again (what the preview showed, or what changed since) and says how many
   * moved.
   */
  @POST
  @Path("{m}/regels/opnieuw-toepassen")
  public Response applyRules(@PathParam("m") long m, @Context ContainerRequestContext request) {
    int[] moved = {0};
    Response r =
        change(
            m,
            "regels-toegepast",
            request,
            errors -> moved[0] = rulesAgain.apply(m, false, WebUsers.actor(request)).moved());
    return r.getStatus() == 303
        ? Response.seeOther(URI.create(r.getLocation().toString() + "&verplaatst=" + moved[0]))
            .build()
        : r;
  }

  @POST
  @Path("{m}/clusters")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addCluster(
      @PathParam("m") long m,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return change(
        m,
        "cluster-toegevoegd",
        request,
        errors -> {
          String name = name(form, errors);
          Integer position = position(form, errors);
          check(errors);
          clusters.create(m, name, position, WebUsers.actor(request));
        });
  }

  @POST
  @Path("{m}/clusters/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response updateCluster(
      @PathParam("m") long m,
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return change(
        m,
        "cluster-gewijzigd",
        request,
        errors -> {
          String name = name(form, errors);
          Integer position = position(form, errors);
          check(errors);
          clusters.update(m, id, name, position, WebUsers.actor(request));
        });
  }

  @POST
  @Path("{m}/clusters/{id}/verwijderen")
  public Response deleteCluster(
      @PathParam("m") long m, @PathParam("id") long id, @Context ContainerRequestContext request) {
    return change(
        m,
        "cluster-verwijderd",
        request,
        errors -> clusters.delete(m, id, WebUsers.actor(request)));
  }

  @POST
  @Path("{m}/regels")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addRule(
      @PathParam("m") long m,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return change(
        m,
        "regel-toegevoegd",
        request,
        errors -> {
          Rule r = rule(form, errors);
          clusters.createRule(
              m,
              r.clusterId(),
              r.kind(),
              r.pattern(),
              r.position() == null ? 0 : r.position(),
              WebUsers.actor(request));
        });
  }

  @POST
  @Path("{m}/regels/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response updateRule(
      @PathParam("m") long m,
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    return change(
        m,
        "regel-gewijzigd",
        request,
        errors -> {
          Rule r = rule(form, errors);
          clusters.updateRule(
              m, id, r.clusterId(), r.kind(), r.pattern(), r.position(), WebUsers.actor(request));
        });
  }

  @POST
  @Path("{m}/regels/{id}/verwijderen")
  public Response deleteRule(
      @PathParam("m") long m, @PathParam("id") long id, @Context ContainerRequestContext request) {
    return change(
        m,
        "regel-verwijderd",
        request,
        errors -> clusters.deleteRule(m, id, WebUsers.actor(request)));
  }

  /**
   * Runs a change; on success back to the page with {@code done}, else the page with the reason in
   * Dutch.
   */
  private Response change(
      long m, String done, ContainerRequestContext request, Consumer<List<String>> change) {
    if (!request
        .getSecurityContext()
        .isUserInRole(Role.ADMIN_NAME)) { // an editor may not: a Dutch page, not JSON
      return view(
          m,
          "Niet opgeslagen: clusters en regels wijzigen kan alleen een beheerder.",
          true,
          403,
          request);
    }
    try {
      change.accept(new ArrayList<>());
    } catch (FormErrors e) {
      return view(m, "Niet opgeslagen: " + String.join(" ", e.errors), true, 422, request);
    } catch (InvalidInputException e) {
      return view(m, "Niet opgeslagen: kies een cluster van deze gemeente.", true, 422, request);
    } catch (ConflictException e) {
      return view(
          m,
          "Niet opgeslagen: " + (e.dutch() != null ? e.dutch() : "dit botst met wat er al is."),
          true,
          409,
          request);
    } catch (UnknownEntityException e) {
      return view(
          m, "Niet opgeslagen: dit cluster of deze regel bestaat niet (meer).", true, 404, request);
    }
    return Response.seeOther(URI.create("/clusters?gemeente=" + m + "&gedaan=" + done)).build();
  }

  private Response view(
      Long municipalityId,
      String message,
      boolean error,
      int status,
      ContainerRequestContext request) {
    return view(municipalityId, message, error, status, null, request);
  }

  private Response view(
      Long municipalityId,
      String message,
      boolean error,
      int status,
      ClusterRulesApplyJson preview,
      ContainerRequestContext request) {
    List<MunicipalityJson> all = municipalities.listFor(WebUsers.user(request));
    MunicipalityJson chosen =
        all.stream()
            .filter(x -> municipalityId != null && x.id() == municipalityId)
            .findFirst()
            .orElse(municipalityId == null && !all.isEmpty() ? all.get(0) : null);
    if (municipalityId != null && chosen == null) {
      status = 404;
      message = "Deze gemeente bestaat niet.";
      error = true;
    }
    ClustersView v =
        new ClustersView(
            all,
            chosen,
            chosen == null ? List.of() : clusters.rules(chosen.id()),
            message,
            error,
            preview,
            WebUsers.of(request));
    return Response.status(status).entity(v).build();
  }

  private record Rule(Long clusterId, String kind, String pattern, Integer position) {}

  private static Rule rule(MultivaluedMap<String, String> form, List<String> errors) {
    Long clusterId = null;
    String cluster = trimmed(form, "clusterId");
    if (cluster == null) {
      errors.add("Kies een cluster.");
    } else {
      try {
        clusterId = Long.parseLong(cluster);
      } catch (NumberFormatException e) {
        errors.add("Kies een cluster uit de lijst.");
      }
    }
    String kind = trimmed(form, "kind");
    if (kind == null || !ClustersView.KINDS.containsKey(kind)) {
      errors.add(
          "Kies waarop de regel let (woorden, URL-begin, productnaam, uniforme productnaam of URL).");
    }
    String pattern = trimmed(form, "pattern");
    if (pattern == null) {
      errors.add("Vul het patroon in.");
    } else if (pattern.length() > 1000) {
      errors.add("Het patroon mag hooguit 1000 tekens lang zijn.");
    } else if ("WORDS".equals(kind) && ClusterService.patternError(kind, pattern) != null) {
      errors.add("Geef een of meer woorden, gescheiden door komma's.");
    } else if ("URL_PREFIX".equals(kind) && ClusterService.patternError(kind, pattern) != null) {
      errors.add("Een URL-begin begint met / (bijvoorbeeld /belastingen/).");
    } else if (ClusterService.patternError(kind, pattern) != null) {
      errors.add(
          "Het patroon is geen geldige reguliere expressie ("
              + ClusterService.patternError(kind, pattern)
              + ").");
    }
    Integer position = position(form, errors);
    check(errors);
    return new Rule(clusterId, kind, pattern, position);
  }

  private static String name(MultivaluedMap<String, String> form, List<String> errors) {
    String name = trimmed(form, "name");
    if (name == null) {
      errors.add("Vul de naam in.");
    } else if (name.length() > 200) {
      errors.add("De naam mag hooguit 200 tekens lang zijn.");
    }
    return name;
  }

  /** The position, or null when left empty (a new cluster goes to the end; an edit keeps it). */
  private static Integer position(MultivaluedMap<String, String> form, List<String> errors) {
    String text = trimmed(form, "position");
    if (text == null) {
      return null;
    }
    try {
      int p = Integer.parseInt(text);
      if (p >= 0 && p <= 10_000) {
        return p;
      }
    } catch (NumberFormatException e) {
      // below
    }
    errors.add("De volgorde moet een heel getal van 0 tot en met 10000 zijn.");
    return null;
  }

  private static String trimmed(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static void check(List<String> errors) {
    if (!errors.isEmpty()) {
      throw new FormErrors(errors);
    }
  }

  /** The form's mistakes, in Dutch. */
  private static final class FormErrors extends RuntimeException {
    private final List<String> errors;

    FormErrors(List<String> errors) {
      super(String.join(" ", errors), null, false, false);
      this.errors = List.copyOf(errors);
    }
  }
}
