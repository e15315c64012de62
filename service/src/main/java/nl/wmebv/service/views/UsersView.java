package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.auth.MunicipalityAccess;
import nl.wmebv.service.core.auth.UserAccounts.Account;

/**
 * The users page (admins only): every user with role and whether it may log in, a form to add one,
 * and per user: change role, new password, disable or enable, and the municipalities the user sees.
 * A generated password is shown once, in this view only.
 */
public class UsersView extends PageView {
  /** The values of the add form, to fill it in again after a mistake. */
  public record NewUserForm(String username, String displayName, String role) {
    public static final NewUserForm EMPTY = new NewUserForm("", "", "VIEWER");
  }

  /** A generated password to show once: whose and what, and whether the user is new. */
  public record OneTimePassword(String username, String password, boolean created) {
    @Override
    public String toString() {
      return "OneTimePassword[" + username + "]";
    }
  }

  private final boolean allowed;
  private final List<Account> accounts;
  private final NewUserForm form;
  private final OneTimePassword oneTimePassword;
  private final String message;
  private final boolean error;
  private List<MunicipalityJson> municipalities = List.of();
  private Map<Long, MunicipalityAccess> access = Map.of();

  public UsersView(
      boolean allowed,
      List<Account> accounts,
      NewUserForm form,
      OneTimePassword oneTimePassword,
      String message,
      boolean error,
      WebUser webUser) {
    super("/views/gebruikers.ftlh", webUser);
    this.allowed = allowed;
    this.accounts = allowed ? accounts : List.of();
    this.form = form == null ? NewUserForm.EMPTY : form;
    this.oneTimePassword = oneTimePassword;
    this.message = message;
    this.error = error;
  }

  /** The municipalities the admin can give, and what each listed user sees now. */
  public UsersView withScopes(
      List<MunicipalityJson> municipalities, Map<Long, MunicipalityAccess> access) {
    this.municipalities = municipalities;
    this.access = access;
    return this;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  /** True when the user sees every municipality, those registered later too. */
  public boolean seesAll(long userId) {
    return access.getOrDefault(userId, MunicipalityAccess.none()).all();
  }

  /** True when the user was given this municipality (or sees all). */
  public boolean sees(long userId, long municipalityId) {
    return access.getOrDefault(userId, MunicipalityAccess.none()).allows(municipalityId);
  }

  /** False for a non-admin: the page shows only the refusal. */
  public boolean isAllowed() {
    return allowed;
  }

  public List<Account> getAccounts() {
    return accounts;
  }

  public NewUserForm getForm() {
    return form;
  }

  /** The password to show once, or null. */
  public OneTimePassword getOneTimePassword() {
    return oneTimePassword;
  }

  public String getMessage() {
    return message;
  }

  public boolean isError() {
    return error;
  }
}
