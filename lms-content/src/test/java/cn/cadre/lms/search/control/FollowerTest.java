package cn.cadre.lms.search.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The follower's rounds over the change table on H2, the embedded database (see {@link FeedChecks}). */
class FollowerTest extends FeedChecks {

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

  @Override
  Connection connection() {
    return c;
  }
}
