package nl.wmebv.service;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.BasicCredentialCache;
import nl.wmebv.service.core.auth.LoginThrottle;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.UserAccounts;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.auth.AuthFilter;
import nl.wmebv.service.resources.auth.CsrfFilter;
import nl.wmebv.service.resources.auth.LoginResource;
import nl.wmebv.service.resources.auth.MunicipalityScopeFilter;
import nl.wmebv.service.resources.auth.UserScopeResource;
import nl.wmebv.service.resources.web.UserPagesResource;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;

/**
 * Login for every page and API call; roles; CSRF tokens on every change made with the session
 * cookie.
 */
final class AuthWiring {
  private AuthWiring() {}

  static UserService register(WmebvConfiguration config, Environment environment, Jdbi jdbi) {
    UserService users = new UserService(jdbi, config.getAuth().getSessionHours());
    LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    environment
        .jersey()
        .register(
            new AuthFilter(users, new BasicCredentialCache(users, Clock.systemUTC()), throttle));
    environment.jersey().register(new CsrfFilter());
    MunicipalityScopes scopes = new MunicipalityScopes(jdbi);
    environment.jersey().register(new MunicipalityScopeFilter(scopes));
    environment.jersey().register(RolesAllowedDynamicFeature.class);
    environment
        .jersey()
        .register(new LoginResource(users, throttle, config.getAuth().isSecureCookies()));
    environment
        .jersey()
        .register(
            new UserPagesResource(new UserAccounts(jdbi), scopes, new MunicipalityService(jdbi)));
    environment.jersey().register(new UserScopeResource(scopes));
    return users;
  }
}
