package nl.wmebv.service.schedule;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections all fail from {@link #kill()} on, those already open included,
 * with the SQLState of a lost connection (08006): the instance that uses it can no longer beat or
 * write.
 */
final class KillableDataSource implements DataSource {
  private final DataSource target;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private volatile boolean killed;

  KillableDataSource(DataSource target) {
    this.target = target;
  }

  void heal() {
    killed = false;
  }

  void kill() {
    killed = true;
    for (Connection c : open) {
      try {
        c.close();
      } catch (SQLException e) {
        // gone either way
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (killed) {
      throw lost();
    }
    Connection real = target.getConnection();
    open.add(real);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if ("close".equals(method.getName())) {
                open.remove(real);
              } else if (killed && !"isClosed".equals(method.getName())) {
                throw lost();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static SQLException lost() {
    return new SQLException(
        "An I/O error occurred while sending to the backend (instance killed)", "08006");
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
