package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Users and their login sessions. */
@RegisterConstructorMapper(UserRow.class)
public interface UserDao {
  @SqlUpdate(
      """
      INSERT INTO app_user (username, display_name, password_hash, role)
      VALUES (:username, :displayName, :passwordHash, :role)""")
  @GetGeneratedKeys
  UserRow insert(String username, String displayName, String passwordHash, String role);

  @SqlQuery("SELECT * FROM app_user WHERE username = :username")
  Optional<UserRow> findByUsername(String username);

  @SqlQuery("SELECT * FROM app_user WHERE id = :id")
  Optional<UserRow> findById(long id);

  @SqlQuery("SELECT * FROM app_user ORDER BY username")
  List<UserRow> list();

  @SqlUpdate(
      "UPDATE app_user SET password_hash = :passwordHash, role = :role, active = true WHERE id = :id")
  int reset(long id, String passwordHash, String role);

  @SqlUpdate("UPDATE app_user SET role = :role WHERE id = :id")
  int setRole(long id, String role);

  /**
   * The active admins, locked until the transaction ends: two admins taking each other's rights at
   * the same moment wait for each other here, so the second sees the first's change and the last
   * admin remains.
   */
  @SqlQuery("SELECT id FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE")
  java.util.List<Long> lockActiveAdmins();

  @SqlUpdate("UPDATE app_user SET password_hash = :passwordHash WHERE id = :id")
  int setPassword(long id, String passwordHash);

  @SqlUpdate("UPDATE app_user SET active = :active WHERE id = :id")
  int setActive(long id, boolean active);

  @SqlUpdate(
      """
      INSERT INTO user_session (token_hash, user_id, csrf_token, expires_at)
      VALUES (:tokenHash, :userId, :csrfToken, now() + make_interval(hours => :hours))""")
  void createSession(String tokenHash, long userId, String csrfToken, int hours);

  /** The live session's user and CSRF token; expired sessions and inactive users find nothing. */
  @SqlQuery(
      """
      SELECT u.id, u.username, u.display_name, u.role, s.csrf_token FROM user_session s
      JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = :tokenHash AND s.expires_at > now() AND u.active""")
  @RegisterConstructorMapper(SessionRow.class)
  Optional<SessionRow> findSession(String tokenHash);

  @SqlUpdate("DELETE FROM user_session WHERE token_hash = :tokenHash")
  int deleteSession(String tokenHash);

  @SqlUpdate("DELETE FROM user_session WHERE user_id = :userId")
  int deleteSessionsOf(long userId);

  @SqlUpdate("DELETE FROM user_session WHERE expires_at <= now()")
  int deleteExpiredSessions();
}
