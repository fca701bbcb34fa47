package cn.cadre.lms.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The change table's SQL and the follower's rounds, run the same way on H2 ({@code FollowerTest})
 * and on MariaDB ({@code ChangeFeedIT}) against the migrated schema; each subclass gives the
 * connection. The checks build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FeedChecks {

  abstract Connection connection();

  @Test
  @Order(1)
  void readsInIdOrderAndBatches() throws SQLException {
    readsInIdOrderAndBatches(connection());
  }

  @Test
  @Order(2)
  void findsARowThatCommittedBelowTheMark() throws SQLException {
    findsARowThatCommittedBelowTheMark(connection());
  }

  @Test
  @Order(3)
  void prunesOldRowsAndKnowsWhatWasIssued() throws SQLException {
    prunesOldRowsAndKnowsWhatWasIssued(connection());
  }

  static void insert(Connection c, long id, SearchKind kind, long itemId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_change (id, kind, item_id) VALUES (?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, kind.name());
      ps.setLong(3, itemId);
      ps.executeUpdate();
    }
  }

  static List<Long> ids(Follower.Batch b) {
    return b.changes().stream().map(ChangeFeed.Change::id).toList();
  }

  /** Rows above the mark in id order, in bounded batches, and the database's clock on the rows. */
  static void readsInIdOrderAndBatches(Connection c) throws SQLException {
    Instant before = ChangeFeed.now(c).minusSeconds(1);
    insert(c, 3, SearchKind.COURSE, 30);
    insert(c, 1, SearchKind.LESSON, 10);
    insert(c, 2, SearchKind.FORUM_POST, 20);
    assertEquals(List.of(new ChangeFeed.Change(1, SearchKind.LESSON, 10), new ChangeFeed.Change(2, SearchKind.FORUM_POST, 20)),
        ChangeFeed.after(c, 0, 2));
    assertEquals(3, ChangeFeed.highWater(c));
    assertEquals(List.of(1L, 2L, 3L), ChangeFeed.lateSince(c, before, 3).stream().map(ChangeFeed.Change::id).toList());

    Follower f = new Follower(new Checkpoint(0, before), Duration.ofMinutes(10));
    Follower.Batch first = f.next(c, 2);
    assertEquals(List.of(1L, 2L), ids(first));
    assertTrue(first.more(), "a full batch asks for another round");
    f.applied(first);
    Follower.Batch second = f.next(c, 2);
    assertEquals(List.of(3L), ids(second));
    assertFalse(second.more());
    f.applied(second);
    assertEquals(3, f.mark());
    assertEquals(List.of(), ids(f.next(c, 2)), "nothing twice");
  }

  /**
   * Node B's block (101...) commits first and moves the mark past node A's block (1...); A's row 4,
   * committed later, is still found by the look back, once.
   */
  static void findsARowThatCommittedBelowTheMark(Connection c) throws SQLException {
    insert(c, 101, SearchKind.FORUM_POST, 7);
    Follower f = new Follower(new Checkpoint(3, ChangeFeed.now(c)), Duration.ofMinutes(10));
    Follower.Batch b = f.next(c, 100);
    // a follower that starts (after a restart) applies again what the window holds below its mark
    assertEquals(List.of(1L, 2L, 3L, 101L), ids(b));
    f.applied(b);
    insert(c, 4, SearchKind.GARDEN_POST, 8);
    Follower.Batch late = f.next(c, 100);
    assertEquals(List.of(4L), ids(late));
    assertEquals(101, late.reached().mark(), "the mark stays where it was");
    f.applied(late);
    assertEquals(List.of(), ids(f.next(c, 100)));
  }

  /** Pruning drops only old rows; the id generator's position never goes back. */
  static void prunesOldRowsAndKnowsWhatWasIssued(Connection c) throws SQLException {
    Instant now = ChangeFeed.now(c);
    try (Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE search_change SET changed_at = TIMESTAMP '2020-01-01 00:00:00' WHERE id <= 2");
      st.executeUpdate("UPDATE id_sequence SET next_value = 200 WHERE name = 'search_change'");
    }
    assertEquals(2, ChangeFeed.prune(c, now.minus(Duration.ofDays(7))));
    assertEquals(List.of(3L, 4L, 101L), ChangeFeed.after(c, 0, 100).stream().map(ChangeFeed.Change::id).toList());
    assertEquals(200, ChangeFeed.issued(c));
  }
}
