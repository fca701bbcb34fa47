package cn.cadre.lms.progress.boundary;

import cn.cadre.lms.testing.MariaDb;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The progress report's statement and scope cut on real MariaDB, in a database of the test's own. */
class ProgressReportIT extends ProgressCases {

  static MariaDb db;
  static ProgressReport report;

  @BeforeAll
  static void migrateAndLoad() throws SQLException {
    db = MariaDb.migrated("lms_q");
    try (Connection c = db.connect()) {
      load(c);
    }
    MysqlDataSource ds = new MysqlDataSource();
    ds.setUrl(db.url());
    ds.setUser(MariaDb.USER);
    ds.setPassword(MariaDb.PASSWORD);
    report = on(ds);
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  @Override
  ProgressReport report() {
    return report;
  }
}
