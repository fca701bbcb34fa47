package cn.cadre.lms.common;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A transaction the database rolled back to break a deadlock, or after a lock wait it gave up on,
 * did nothing wrong, and nothing of it was kept: the database's own advice is to run it again.
 * Code outside any transaction (a JAX-RS resource calling a boundary) runs such a transaction
 * through {@link #retried}, so that the caller gets its answer instead of a 500.
 *
 * <p>Only for a transaction whose work can simply run again: its in-memory effects must survive a
 * rollback or be undone by one (see {@code StudyTracker.open}).
 */
public final class Deadlocks {

  /** Tries in all, the first one included. */
  public static final int ATTEMPTS = 3;

  /** MySQL and MariaDB: ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT. */
  private static final int MYSQL_DEADLOCK = 1213;
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

  private static final Logger LOG = Logger.getLogger(Deadlocks.class.getName());

  private Deadlocks() {
  }

  /**
   * Runs the transaction, and again (up to {@link #ATTEMPTS} in all) while it fails as a deadlock
   * victim; any other failure, and the last deadlock, reach the caller unchanged.
   */
  public static <T> T retried(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isDeadlock(e)) {
          throw e;
        }
        LOG.fine(() -> "deadlock victim, running the transaction again: " + e);
        // a short random pause, so that the two transactions that met do not meet again at once
        pause(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 1));
      }
    }
  }

  /** Whether the failure, or any of its causes, is the database breaking a deadlock or a lock wait. */
  public static boolean isDeadlock(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
          || sql.getErrorCode() == MYSQL_DEADLOCK || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT)) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before running a transaction again", e);
    }
  }
}
