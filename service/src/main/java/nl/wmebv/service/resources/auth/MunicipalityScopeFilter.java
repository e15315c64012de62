package nl.wmebv.service.resources.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.MunicipalityAccess;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.MunicipalityScopes.Kind;
import org.glassfish.jersey.uri.UriComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that keeps a user to their own municipalities (issue 14 §5): after matching, every
 * path parameter, the {@code gemeente} query parameter and the web forms' id fields (see {@link
 * ScopeRules}) are resolved to their municipality; one the user may not see answers 404, exactly as
 * an id that names nothing, so ids do not leak. A path parameter the rules do not know is refused
 * as well (fail closed), and a test walks every resource method.
 */
@Priority(Priorities.AUTHORIZATION + 10)
public class MunicipalityScopeFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(MunicipalityScopeFilter.class);
  private static final int MAX_FORM_BYTES = 1 << 20;

  /** One id of the request to check: its kind and its value as given. */
  private record Check(Kind kind, String value, boolean fromPath) {}

  private final MunicipalityScopes scopes;
  private final Map<Method, String> templates = new ConcurrentHashMap<>();

  @Context
  private ResourceInfo resource; // a proxy to the matched resource method of the current request

  public MunicipalityScopeFilter(MunicipalityScopes scopes) {
    this.scopes = scopes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // nothing matched: Jersey answers 404 itself
    }
    String template =
        templates.computeIfAbsent(method, m -> ScopeRules.template(resource.getResourceClass(), m));
    Optional<List<Check>> checks = checks(request, template);
    if (checks.isEmpty()) {
      LOG.error("Path {} has a parameter unknown to the municipality scope: refused", template);
      request.abortWith(notFound("No such resource"));
      return;
    }
    if (checks.get().isEmpty()) {
      return;
    }
    if (!(request.getSecurityContext() instanceof AuthContext auth)) {
      request.abortWith(notFound("No such resource"));
      return;
    }
    MunicipalityAccess access = scopes.accessOf(auth.user());
    if (access.all()) {
      return;
    }
    for (Check check : checks.get()) {
      Optional<Long> id = number(check.value());
      if (id.isEmpty() && !check.fromPath()) {
        continue; // not an id at all: the resource refuses or ignores it, it names no
        // municipality's data
      }
      if (id.isEmpty() || !access.allows(scopes.municipalityOf(check.kind(), id.get()))) {
        request.abortWith(
            notFound(
                "No " + check.kind().name().toLowerCase().replace('_', ' ') + " " + check.value()));
        return;
      }
    }
  }

  /** The ids the request names; empty when a path parameter is unknown to the rules. */
  private static Optional<List<Check>> checks(ContainerRequestContext request, String template) {
    List<Check> checks = new ArrayList<>();
    MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
    for (ScopeRules.PathParameter p : ScopeRules.parameters(template)) {
      if (!ScopeRules.known(p)) {
        return Optional.empty();
      }
      ScopeRules.kind(p)
          .ifPresent(kind -> checks.add(new Check(kind, path.getFirst(p.name()), true)));
    }
    add(checks, ScopeRules.QUERY, request.getUriInfo().getQueryParameters());
    if (!HttpMethod.GET.equals(request.getMethod()) && isForm(request)) {
      add(checks, ScopeRules.FORM, form(request));
    }
    return Optional.of(checks);
  }

  private static void add(
      List<Check> checks, Map<String, Kind> names, MultivaluedMap<String, String> values) {
    names.forEach(
        (name, kind) -> {
          List<String> given = values.get(name);
          if (given != null) {
            given.forEach(v -> checks.add(new Check(kind, v, false)));
          }
        });
  }

  private static boolean isForm(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  /** Reads the form body and puts it back for the resource. */
  private static MultivaluedMap<String, String> form(ContainerRequestContext request) {
    try {
      byte[] body = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        throw new UnknownEntityException(
            "Form too large to check"); // never pass a form we could not check
      }
      request.setEntityStream(new ByteArrayInputStream(body));
      // Jersey's own decoding of a query string ('+' a space, %XX as UTF-8), as its form reader
      // sees the fields
      return UriComponent.decodeQuery(new String(body, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new UnknownEntityException("Form not readable"); // a form we cannot check does not pass
    }
  }

  private static Optional<Long> number(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(v));
  }

  private static Response notFound(String message) {
    return Errors.notFound(message);
  }
}
