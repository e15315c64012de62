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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.MunicipalityAccess;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.core.auth.UserAccounts;
import nl.wmebv.service.core.auth.UserAccounts.Account;
import nl.wmebv.service.core.auth.UserAccounts.NewPassword;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.WebUsers;
import nl.wmebv.service.views.UsersView;
import nl.wmebv.service.views.UsersView.NewUserForm;
import nl.wmebv.service.views.UsersView.OneTimePassword;

/**
 * The users page (Dutch, admins only, the page itself too): list, add (generated password), change
 * role, new password, disable and enable. Plain forms with the CSRF field; a change is answered
 * with a redirect back and a message, except when a password was generated: then the page is
 * rendered directly (200, no-store) with the password, once. Nothing keeps the password: no flash,
 * no log.
 */
@Path("/gebruikers")
@Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
public class UserPagesResource {
  private static final Map<String, String> DONE =
      Map.of(
          "rol-gewijzigd", "De rol is gewijzigd.",
          "uitgeschakeld",
              "De gebruiker is uitgeschakeld: inloggen kan niet meer en de sessies zijn beëindigd.",
          "ingeschakeld", "De gebruiker is weer ingeschakeld en kan inloggen met zijn wachtwoord.",
          "gemeenten-gewijzigd",
              "De gemeenten van de gebruiker zijn opgeslagen; ze gelden bij zijn volgende klik.");
  private static final String NOT_ADMIN = "Gebruikers beheren kan alleen een beheerder.";
  private static final String UNKNOWN = "Niet opgeslagen: deze gebruiker bestaat niet.";

  private final UserAccounts users;
  private final MunicipalityScopes scopes;
  private final MunicipalityService municipalities;

  public UserPagesResource(
      UserAccounts users, MunicipalityScopes scopes, MunicipalityService municipalities) {
    this.users = users;
    this.scopes = scopes;
    this.municipalities = municipalities;
  }

  @GET
  public Response page(
      @QueryParam("gedaan") String done, @Context ContainerRequestContext request) {
    if (!isAdmin(request)) {
      return refused(request, NOT_ADMIN);
    }
    return view(request, 200, done == null ? null : DONE.get(done), false, null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(
      MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
    if (!isAdmin(request)) {
      return refused(request, "Niet opgeslagen: " + NOT_ADMIN.toLowerCase(Locale.ROOT));
    }
    String username = trimmed(form, "username");
    String displayName = trimmed(form, "displayName");
    String roleCode = trimmed(form, "role");
    NewUserForm filled =
        new NewUserForm(
            username == null ? "" : username,
            displayName == null ? "" : displayName,
            roleCode == null ? "VIEWER" : roleCode);
    List<String> errors = new ArrayList<>();
    if (username == null) {
      errors.add("Vul de gebruikersnaam in.");
    } else if (!username.toLowerCase(Locale.ROOT).matches("[a-z0-9._@-]{2,64}")) {
      errors.add("De gebruikersnaam moet 2 tot 64 tekens lang zijn: letters, cijfers en . _ @ -");
    }
    if (displayName != null && displayName.length() > UserAccounts.MAX_DISPLAY_NAME) {
      errors.add("De naam mag hooguit " + UserAccounts.MAX_DISPLAY_NAME + " tekens lang zijn.");
    }
    Role role = role(roleCode);
    if (role == null) {
      errors.add("Kies een rol: lezer, redacteur of beheerder.");
    }
    if (!errors.isEmpty()) {
      return view(request, 422, "Niet toegevoegd: " + String.join(" ", errors), true, filled, null);
    }
    NewPassword created;
    try {
      created = users.create(username, displayName, role, WebUsers.actor(request));
    } catch (UserAccounts.UsernameTakenException e) {
      return view(
          request,
          409,
          "Niet toegevoegd: de gebruikersnaam “"
              + username.toLowerCase(Locale.ROOT)
              + "” bestaat al. Kies bij die gebruiker Nieuw wachtwoord of Inschakelen.",
          true,
          filled,
          null);
    } catch (IllegalArgumentException e) {
      return view(
          request,
          422,
          "Niet toegevoegd: de gebruikersnaam moet 2 tot 64 tekens lang zijn: letters, "
              + "cijfers en . _ @ -",
          true,
          filled,
          null);
    }
    return view(
        request,
        200,
        null,
        false,
        null,
        new OneTimePassword(created.account().username(), created.password(), true));
  }

  @POST
  @Path("{id}/rol")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response setRole(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    Optional<Response> refusal =
        refusal(
            id,
            request,
            "Niet opgeslagen: uw eigen rol kunt u niet wijzigen; "
                + "vraag dat een andere beheerder.");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Role role = role(trimmed(form, "role"));
    if (role == null) {
      return view(
          request,
          422,
          "Niet opgeslagen: kies een rol: lezer, redacteur of beheerder.",
          true,
          null,
          null);
    }
    try {
      return users
          .setRole(id, role, WebUsers.actor(request))
          .map(a -> done("rol-gewijzigd", a))
          .orElseGet(() -> view(request, 404, UNKNOWN, true, null, null));
    } catch (ConflictException e) {
      return view(request, 409, "Niet opgeslagen: " + e.dutch(), true, null, null);
    }
  }

  @POST
  @Path("{id}/wachtwoord")
  public Response resetPassword(
      @PathParam("id") long id, @Context ContainerRequestContext request) {
    Optional<Response> refusal =
        refusal(
            id,
            request,
            "Niet gewijzigd: uw eigen wachtwoord kunt u hier niet "
                + "vernieuwen; vraag dat een andere beheerder.");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    return users
        .resetPassword(id, WebUsers.actor(request))
        .map(
            p ->
                view(
                    request,
                    200,
                    null,
                    false,
                    null,
                    new OneTimePassword(p.account().username(), p.password(), false)))
        .orElseGet(() -> view(request, 404, UNKNOWN, true, null, null));
  }

  @POST
  @Path("{id}/uitschakelen")
  public Response disable(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return active(id, false, request);
  }

  @POST
  @Path("{id}/inschakelen")
  public Response enable(@PathParam("id") long id, @Context ContainerRequestContext request) {
    return active(id, true, request);
  }

  /**
   * Which municipalities the user sees: "alle" (every one, later ones too) or the ticked {@code
   * gemeente} ids.
   */
  @POST
  @Path("{id}/gemeenten")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response setMunicipalities(
      @PathParam("id") long id,
      MultivaluedMap<String, String> form,
      @Context ContainerRequestContext request) {
    if (!isAdmin(request)) {
      return refused(request, "Niet opgeslagen: " + NOT_ADMIN.toLowerCase(Locale.ROOT));
    }
    List<Long> ids = new ArrayList<>();
    for (String value : form.getOrDefault("gemeente", List.of())) {
      if (!value.strip().matches("[0-9]{1,18}")) {
        return view(
            request, 422, "Niet opgeslagen: kies gemeenten uit de lijst.", true, null, null);
      }
      ids.add(Long.parseLong(value.strip()));
    }
    try {
      scopes.replace(id, "ja".equals(trimmed(form, "alle")), ids, WebUsers.actor(request));
    } catch (UnknownEntityException e) {
      return view(request, 404, UNKNOWN, true, null, null);
    } catch (InvalidInputException e) {
      return view(
          request,
          422,
          "Niet opgeslagen: een gekozen gemeente bestaat niet (meer).",
          true,
          null,
          null);
    }
    return Response.seeOther(URI.create("/gebruikers?gedaan=gemeenten-gewijzigd#gebruiker-" + id))
        .build();
  }

  private Response active(long id, boolean active, ContainerRequestContext request) {
    Optional<Response> refusal =
        refusal(
            id,
            request,
            "Niet gewijzigd: uw eigen account kunt u niet uitschakelen; "
                + "vraag dat een andere beheerder.");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    try {
      return users
          .setActive(id, active, WebUsers.actor(request))
          .map(a -> done(active ? "ingeschakeld" : "uitgeschakeld", a))
          .orElseGet(() -> view(request, 404, UNKNOWN, true, null, null));
    } catch (ConflictException e) {
      return view(request, 409, "Niet gewijzigd: " + e.dutch(), true, null, null);
    }
  }

  /**
   * A non-admin gets 403; an admin may not change their own account here (so an admin always
   * remains).
   */
  private Optional<Response> refusal(long id, ContainerRequestContext request, String self) {
    if (!isAdmin(request)) {
      return Optional.of(
          refused(request, "Niet opgeslagen: " + NOT_ADMIN.toLowerCase(Locale.ROOT)));
    }
    User me = (User) request.getSecurityContext().getUserPrincipal();
    if (me != null && me.id() == id) {
      return Optional.of(view(request, 422, self, true, null, null));
    }
    return Optional.empty();
  }

  private static Response done(String done, Account account) {
    return Response.seeOther(
            URI.create("/gebruikers?gedaan=" + done + "#gebruiker-" + account.id()))
        .build();
  }

  private static boolean isAdmin(ContainerRequestContext request) {
    return request.getSecurityContext().isUserInRole(Role.ADMIN_NAME);
  }

  private static Response refused(ContainerRequestContext request, String message) {
    return Response.status(403)
        .entity(new UsersView(false, List.of(), null, null, message, true, WebUsers.of(request)))
        .build();
  }

  private Response view(
      ContainerRequestContext request,
      int status,
      String message,
      boolean error,
      NewUserForm form,
      OneTimePassword password) {
    List<Account> accounts = users.accounts();
    Map<Long, MunicipalityAccess> access = new HashMap<>();
    accounts.forEach(a -> access.put(a.id(), scopes.accessOfUser(a.id())));
    User me = (User) request.getSecurityContext().getUserPrincipal();
    UsersView v =
        new UsersView(true, accounts, form, password, message, error, WebUsers.of(request))
            .withScopes(me == null ? List.of() : municipalities.listFor(me), access);
    Response.ResponseBuilder r = Response.status(status).entity(v);
    if (password != null) {
      r.header(
          HttpHeaders.CACHE_CONTROL,
          "no-store"); // the password must not stay in a cache or history
    }
    return r.build();
  }

  private static Role role(String code) {
    if (code == null) {
      return null;
    }
    try {
      return Role.parse(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String trimmed(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
