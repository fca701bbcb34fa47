package cn.cadre.lms.progress.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The same cases on embedded H2, the platform's default database: the statement must run there too. */
class ProgressReportH2Test extends ProgressCases {

  static ProgressReport report;

  @BeforeAll
  static void migrateAndLoad() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:progress;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    Flyway.configure().dataSource(ds).load().migrate();
    try (Connection c = ds.getConnection()) {
      load(c);
    }
    report = on(ds);
  }

  @Override
  ProgressReport report() {
    return report;
  }
}
