package nl.wmebv.service.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database cannot be reached" (503, retry) and which are a statement's own
 * error.
 */
class DatabaseOutageTest {
  @Test
  void connectionStatesAndServerShutdownsAreAnOutageAnywhereInTheCauseChain() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P02", "57P03"}) {
      assertThat(DatabaseOutage.unreachable(statement(new SQLException("down", state))))
          .as(state)
          .isTrue();
    }
    assertThat(
            DatabaseOutage.unreachable(
                new IllegalStateException(
                    statement(new SQLException("io", (String) null, new ConnectException())))))
        .isTrue();
  }

  @Test
  void aStatementsOwnErrorIsNoOutage() {
    for (String state : new String[] {"23505", "22021", "57014", "40001", null}) {
      assertThat(DatabaseOutage.unreachable(statement(new SQLException("bad", state))))
          .as(state)
          .isFalse();
    }
    assertThat(DatabaseOutage.unreachable(new IllegalArgumentException("no cause"))).isFalse();
  }

  private static UnableToExecuteStatementException statement(SQLException cause) {
    return new UnableToExecuteStatementException(cause, null);
  }
}
