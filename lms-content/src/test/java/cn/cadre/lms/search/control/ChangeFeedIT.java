package cn.cadre.lms.search.control;

import cn.cadre.lms.testing.MariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The change table's SQL on real MariaDB: V8 applies, and the follower's queries read it right. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedIT {

  static MariaDb db;
  static Connection c;

  @BeforeAll
  static void migrate() throws SQLException {
    db = MariaDb.create("lms_q");
    Flyway.configure().dataSource(db.url(), MariaDb.USER, MariaDb.PASSWORD).load().migrate();
    c = db.connect();
  }

  @AfterAll
  static void drop() throws SQLException {
    if (c != null) {
      c.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  @Order(1)
  void readsInIdOrderAndBatches() throws SQLException {
    FeedChecks.readsInIdOrderAndBatches(c);
  }

  @Test
  @Order(2)
  void findsARowThatCommittedBelowTheMark() throws SQLException {
    FeedChecks.findsARowThatCommittedBelowTheMark(c);
  }

  @Test
  @Order(3)
  void prunesOldRowsAndKnowsWhatWasIssued() throws SQLException {
    FeedChecks.prunesOldRowsAndKnowsWhatWasIssued(c);
  }
}
