package cn.cadre.lms.testing;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of the test's own on the real MariaDB (127.0.0.1:3306, root, no password unless
 * lms.test.db.* say otherwise). Each run makes a fresh one, named with its creation time, and drops
 * it; leftovers of an aborted run more than {@value #STALE_HOURS} hours old are dropped first, so
 * reruns never pile up and two runs at the same time never drop each other's database.
 */
public final class MariaDb implements AutoCloseable {

  public static final String HOST = System.getProperty("lms.test.db.host", "127.0.0.1");
  public static final String PORT = System.getProperty("lms.test.db.port", "3306");
  public static final String USER = System.getProperty("lms.test.db.user", "root");
  public static final String PASSWORD = System.getProperty("lms.test.db.password", "");

  static final int STALE_HOURS = 2;

  private final String name;

  private MariaDb(String name) {
    this.name = name;
  }

  public static MariaDb create(String prefix) {
    dropLeftovers(prefix);
    String name = prefix + "_" + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 6);
    admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return new MariaDb(name);
  }

  /** A new database with the platform's schema (the Flyway migrations it ships). */
  public static MariaDb migrated(String prefix) {
    MariaDb db = create(prefix);
    org.flywaydb.core.Flyway.configure().dataSource(db.url(), USER, PASSWORD).load().migrate();
    return db;
  }

  /** A new database with the platform's schema and the Huaibei demo of the given shape. */
  public static MariaDb withDemo(String prefix, cn.cadre.lms.demo.DemoSpec spec) throws SQLException {
    MariaDb db = migrated(prefix);
    try (Connection c = db.connect()) {
      cn.cadre.lms.demo.HuaibeiDemo.load(c, spec, "not-a-real-hash");
    }
    return db;
  }

  public String name() {
    return name;
  }

  /**
   * An account of the tests' own with a password, for servers that refuse an empty one (Payara's
   * JDBC pools do); it may use only the tests' databases.
   */
  public static final String APP_USER = "lms_test";
  public static final String APP_PASSWORD = "lms-test-2026";

  private boolean granted;

  public void grantAppUser() {
    granted = true;
    for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
      admin("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
      admin("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + APP_USER + "'@'" + host + "'");
    }
  }

  public String url() {
    return "jdbc:mysql://" + HOST + ":" + PORT + "/" + name
        + "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&connectionTimeZone=UTC";
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  /**
   * The platform's persistence unit on this database, resource-local: EclipseLink outside the
   * server, for the tests of a boundary's queries.
   */
  public EntityManagerFactory persistenceUnit() {
    return TestDb.persistenceUnit(url(), USER, PASSWORD);
  }

  @Override
  public void close() {
    if (granted) {
      // privileges outlive a dropped database in MariaDB; take them back so reruns leave nothing
      for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
        try {
          admin("REVOKE ALL PRIVILEGES ON `" + name + "`.* FROM '" + APP_USER + "'@'" + host + "'");
        } catch (IllegalStateException alreadyGone) {
          // nothing to take back: the grant is gone already
        }
      }
    }
    admin("DROP DATABASE IF EXISTS " + name);
  }

  /** True for a name of this prefix made more than STALE_HOURS ago (or in the old format). */
  static boolean stale(String prefix, String db) {
    String[] parts = db.substring(prefix.length() + 1).split("_");
    try {
      long created = Long.parseLong(parts[0]);
      return parts.length < 2 || Instant.now().getEpochSecond() - created > STALE_HOURS * 3600L;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static void dropLeftovers(String prefix) {
    List<String> old = new ArrayList<>();
    try (Connection c = server(); Statement st = c.createStatement();
        var rs = st.executeQuery("SHOW DATABASES LIKE '" + prefix + "\\_%'")) {
      while (rs.next()) {
        if (stale(prefix, rs.getString(1))) {
          old.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB is not reachable at " + HOST + ":" + PORT, e);
    }
    old.forEach(db -> admin("DROP DATABASE IF EXISTS " + db));
    List<String[]> grants = new ArrayList<>();
    try (Connection c = server(); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT Db, Host FROM mysql.db WHERE User = '" + APP_USER + "' AND Db LIKE '" + prefix + "\\_%'")) {
      while (rs.next()) {
        if (stale(prefix, rs.getString(1))) {
          grants.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the test account's grants", e);
    }
    grants.forEach(g -> admin("REVOKE ALL PRIVILEGES ON `" + g[0] + "`.* FROM '" + APP_USER + "'@'" + g[1] + "'"));
  }

  private static Connection server() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://" + HOST + ":" + PORT + "/?useSSL=false&allowPublicKeyRetrieval=true", USER, PASSWORD);
  }

  private static void admin(String sql) {
    try (Connection c = server(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on MariaDB at " + HOST + ":" + PORT, e);
    }
  }
}
