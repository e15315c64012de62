package nl.wmebv.service.db;

import java.nio.file.Path;

/**
 * A process that starts the embedded PostgreSQL on a data directory, says READY and waits: to be
 * killed.
 */
public final class EmbeddedDatabaseChild {
  private EmbeddedDatabaseChild() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
    System.out.println("READY " + db.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
