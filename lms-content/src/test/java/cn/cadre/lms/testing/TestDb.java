package cn.cadre.lms.testing;

import cn.cadre.lms.demo.DemoCourses;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.demo.HuaibeiDemo;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A database for a test of SQL that must run on both of the platform's databases: a class of such
 * tests is written once against this, and run by a subclass on MariaDB ({@link #mariaDb}) and by
 * one on embedded H2 ({@link #h2}).
 */
public interface TestDb extends AutoCloseable {

  String url();

  String user();

  String password();

  default Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /** The platform's schema (its Flyway migrations), the smallest Huaibei demo, and the demo courses. */
  default void migrateWithDemo() throws SQLException {
    Flyway.configure().dataSource(url(), user(), password()).load().migrate();
    try (Connection c = connect()) {
      HuaibeiDemo.load(c, new DemoSpec(DemoSpec.huaibei().seed(), DemoSpec.MIN_CADRES), "not-a-real-hash");
      DemoCourses.load(c, (id, bytes) -> { });
    }
  }

  /**
   * The platform's persistence unit on this database, resource-local: EclipseLink outside the
   * server, for the tests of a boundary's queries.
   */
  default EntityManagerFactory persistenceUnit() {
    return persistenceUnit(url(), user(), password());
  }

  /** The platform's persistence unit, resource-local, on the database at {@code url}. */
  static EntityManagerFactory persistenceUnit(String url, String user, String password) {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.nonJtaDataSource", "");
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", user);
    props.put("jakarta.persistence.jdbc.password", password);
    // outside the server nothing weaves the entities; EclipseLink says so once per lazy link
    props.put("eclipselink.logging.level", "SEVERE");
    return Persistence.createEntityManagerFactory("lms", props);
  }

  /** Drops what the test made (nothing for H2 in memory, which goes with the test JVM). */
  @Override
  void close();

  /** A new database of the test's own on the real MariaDB ({@link MariaDb}), dropped on close. */
  static TestDb mariaDb(String prefix) {
    MariaDb db = MariaDb.create(prefix);
    return new TestDb() {
      public String url() {
        return db.url();
      }

      public String user() {
        return MariaDb.USER;
      }

      public String password() {
        return MariaDb.PASSWORD;
      }

      public void close() {
        db.close();
      }
    };
  }

  /** A named in-memory H2 database, kept until the test JVM ends. */
  static TestDb h2(String name) {
    return new TestDb() {
      public String url() {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
      }

      public String user() {
        return "sa";
      }

      public String password() {
        return "";
      }

      public void close() {
        // the in-memory database goes with the test JVM
      }
    };
  }
}
