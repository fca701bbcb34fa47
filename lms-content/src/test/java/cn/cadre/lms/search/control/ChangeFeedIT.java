package cn.cadre.lms.search.control;

import cn.cadre.lms.testing.MariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The change table's SQL on real MariaDB: V8 applies, and the follower's queries read it right. */
class ChangeFeedIT extends FeedChecks {

  static MariaDb db;
  static Connection c;

  @BeforeAll
  static void migrate() throws SQLException {
    db = MariaDb.migrated("lms_q");
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

  @Override
  Connection connection() {
    return c;
  }
}
