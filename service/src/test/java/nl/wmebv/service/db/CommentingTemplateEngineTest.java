package nl.wmebv.service.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;

class CommentingTemplateEngineTest extends DaoTestBase {
  /** A DAO with a list attribute, which only a template engine can expand. */
  interface Probe {
    @SqlQuery("SELECT count(*) FROM (VALUES (1), (2), (3)) v(x) WHERE x IN (<xs>)")
    int countIn(@BindList List<Integer> xs);
  }

  @Test
  void expandsListAttributesAndNamesTheDaoMethodInEveryRendering() {
    List<String> executed = new ArrayList<>();
    Jdbi logged =
        db.jdbi()
            .setSqlLogger(
                new SqlLogger() {
                  @Override
                  public void logAfterExecution(StatementContext context) {
                    executed.add(context.getRenderedSql());
                  }
                });
    Probe probe = logged.onDemand(Probe.class);
    assertThat(probe.countIn(List.of(1, 3))).isEqualTo(2);
    assertThat(probe.countIn(List.of(2))).isEqualTo(1); // the cached parse, with other list lengths
    assertThat(probe.countIn(List.of(1, 2, 3))).isEqualTo(3);
    assertThat(executed)
        .hasSize(3)
        .allMatch(sql -> sql.startsWith("/* Probe.countIn */ SELECT count(*)"));
    logged.useHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    assertThat(executed.get(3)).isEqualTo("SELECT 1"); // no DAO method, no comment
  }
}
