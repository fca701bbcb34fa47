package cn.cadre.lms.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything reads it, and says which database the platform is
 * on: a silent fall-back to H2 when MySQL was meant is the worst kind of surprise.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private String product;

  @PostConstruct
  void migrate() {
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
      String where = describe(c);
      LOG.info(() -> "LMS database: " + where);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "LMS schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
  }

  /** True on the embedded H2 database (the demo and station default). */
  public boolean embedded() {
    return product != null && product.toUpperCase().contains("H2");
  }

  private static String describe(Connection c) throws SQLException {
    var md = c.getMetaData();
    return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion() + " at " + md.getURL();
  }
}
