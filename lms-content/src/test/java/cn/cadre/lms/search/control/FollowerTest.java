package cn.cadre.lms.search.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The follower's rounds over the change table on H2, the embedded database (see {@link FeedChecks}). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowerTest {

  static Connection c;

  @BeforeAll
  static void migrate() throws SQLException {
    String url = "jdbc:h2:mem:search_feed;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    c = DriverManager.getConnection(url, "sa", "");
  }

  @AfterAll
  static void close() throws SQLException {
    c.close();
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
