package cn.cadre.lms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.testing.MariaDb;
import jakarta.ejb.EJBException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running a transaction again when MariaDB chose it as a deadlock victim: the failures are real
 * ones, made by two connections taking two rows' locks in opposite orders, and reach
 * {@link Deadlocks} wrapped as the EJB container wraps them for a JAX-RS resource.
 */
class DeadlocksIT {

  static MariaDb db;

  @BeforeAll
  static void table() throws SQLException {
    db = MariaDb.create("lms_dl");
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE pair (id INT PRIMARY KEY, v INT NOT NULL)");
      st.execute("INSERT INTO pair VALUES (1, 0), (2, 0)");
    }
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  /**
   * One transaction on its own connection: locks row {@code first}, waits until the other
   * transaction has locked its row, then adds 1 to both rows; rolled back on any failure.
   */
  static int addOne(int first, CountDownLatch mine, CountDownLatch theirs) throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE pair SET v = v + 1 WHERE id = " + first);
        if (mine != null) {
          mine.countDown();
          await(theirs);
        }
        st.executeUpdate("UPDATE pair SET v = v + 1 WHERE id = " + (3 - first));
        c.commit();
        return first;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Two transactions in opposite orders: exactly one of them is rolled back as the victim. */
  static SQLException realDeadlock() throws Exception {
    CountDownLatch one = new CountDownLatch(1);
    CountDownLatch two = new CountDownLatch(1);
    CompletableFuture<Object> a = CompletableFuture.supplyAsync(() -> outcome(() -> addOne(1, one, two)));
    CompletableFuture<Object> b = CompletableFuture.supplyAsync(() -> outcome(() -> addOne(2, two, one)));
    Object ra = a.get(60, TimeUnit.SECONDS);
    Object rb = b.get(60, TimeUnit.SECONDS);
    assertTrue(ra instanceof SQLException ^ rb instanceof SQLException, "one victim: " + ra + " / " + rb);
    return (SQLException) (ra instanceof SQLException ? ra : rb);
  }

  interface Tx {
    int run() throws SQLException;
  }

  static Object outcome(Tx tx) {
    try {
      return tx.run();
    } catch (SQLException e) {
      return e;
    }
  }

  static int v(int id) throws SQLException {
    try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT v FROM pair WHERE id = " + id)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the other transaction never took its lock");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void mariaDbsDeadlockVictimIsKnownThroughTheContainersWrapping() throws Exception {
    SQLException victim = realDeadlock();
    assertTrue(Deadlocks.isDeadlock(victim), victim.getSQLState() + " " + victim.getErrorCode() + " " + victim);
    assertTrue(Deadlocks.isDeadlock(new EJBException(new IllegalStateException("study sessions", victim))));
  }

  @Test
  void otherDatabaseFailuresAreNotDeadlocks() throws SQLException {
    SQLException duplicate;
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      duplicate = assertThrows(SQLException.class, () -> st.execute("INSERT INTO pair VALUES (1, 5)"));
    }
    assertFalse(Deadlocks.isDeadlock(new EJBException(new IllegalStateException(duplicate))));
    assertFalse(Deadlocks.isDeadlock(LmsException.conflict("study.superseded")));
    assertFalse(Deadlocks.isDeadlock(null));
  }

  @Test
  void theVictimRunsAgainAndBothTransactionsTakeEffectOnce() throws Exception {
    int before1 = v(1);
    int before2 = v(2);
    CountDownLatch one = new CountDownLatch(1);
    CountDownLatch two = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    // each side meets the other on its first attempt only; the victim's second attempt runs alone
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> Deadlocks.retried(() -> unchecked(() ->
        addOne(1, attempts.incrementAndGet() <= 2 ? one : null, two))));
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> Deadlocks.retried(() -> unchecked(() ->
        addOne(2, attempts.incrementAndGet() <= 2 ? two : null, one))));
    assertEquals(1, a.get(60, TimeUnit.SECONDS));
    assertEquals(2, b.get(60, TimeUnit.SECONDS));
    assertEquals(3, attempts.get(), "two first attempts, one of them the victim, and its second attempt");
    assertEquals(before1 + 2, v(1), "each transaction added once");
    assertEquals(before2 + 2, v(2));
  }

  @Test
  void aTransactionThatKeepsLosingFailsAfterTheLastAttemptWithItsOwnFailure() throws Exception {
    RuntimeException victim = new EJBException(new IllegalStateException(realDeadlock()));
    AtomicInteger attempts = new AtomicInteger();
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> Deadlocks.retried(() -> {
      attempts.incrementAndGet();
      throw victim;
    }));
    assertSame(victim, thrown);
    assertEquals(Deadlocks.ATTEMPTS, attempts.get());
  }

  @Test
  void anyOtherFailureIsNotRunAgain() {
    AtomicInteger attempts = new AtomicInteger();
    LmsException refused = LmsException.conflict("study.superseded");
    assertSame(refused, assertThrows(LmsException.class, () -> Deadlocks.retried(() -> {
      attempts.incrementAndGet();
      throw refused;
    })));
    assertEquals(1, attempts.get());
    assertNotNull(Deadlocks.retried(() -> "answered"));
  }

  static int unchecked(Tx tx) {
    try {
      return tx.run();
    } catch (SQLException e) {
      throw new EJBException(new IllegalStateException(e));
    }
  }
}
