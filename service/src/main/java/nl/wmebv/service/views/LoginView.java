package nl.wmebv.service.views;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** The login page. */
public class LoginView extends View {
  private final String next;
  private final String error;
  private final String loginToken;

  public LoginView(String next, String error, String loginToken) {
    super("/views/login.ftlh", StandardCharsets.UTF_8);
    this.next = next;
    this.error = error;
    this.loginToken = loginToken;
  }

  public String getNext() {
    return next;
  }

  public String getError() {
    return error;
  }

  public String getLoginToken() {
    return loginToken;
  }
}
