package cn.cadre.lms.demo.boundary;

import cn.cadre.lms.accounts.control.PasswordHashing;
import cn.cadre.lms.courses.control.MediaStore;
import cn.cadre.lms.demo.DemoCourses;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.demo.DemoSummary;
import cn.cadre.lms.demo.HuaibeiDemo;
import cn.cadre.lms.schema.boundary.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the Huaibei-shaped demo data set into an empty database: by default only on embedded H2
 * ({@code lms.demo=auto}); {@code lms.demo=true} asks for it explicitly on MySQL, {@code false}
 * never. It never loads into a database that already holds cadres.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SchemaMigration schema;
  @Inject PasswordHashing hashing;
  @Inject MediaStore media;

  @Inject
  @ConfigProperty(name = "lms.demo", defaultValue = "auto")
  String mode;

  @Inject
  @ConfigProperty(name = "lms.demo.cadres", defaultValue = "4128")
  int cadres;

  @Inject
  @ConfigProperty(name = "lms.bootstrap.admin")
  java.util.Optional<String> bootstrapAdmin;

  private boolean active;

  @PostConstruct
  void load() {
    // a first administrator being created means a real installation: no demo accounts beside it
    boolean wanted = "true".equalsIgnoreCase(mode)
        || ("auto".equalsIgnoreCase(mode) && schema.embedded() && bootstrapAdmin.filter(a -> !a.isBlank()).isEmpty());
    if (!wanted) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (hasTree(c)) {
        // demo data or a real installation (a first administrator's root node): keep what is stored
        active = demoAccountsPresent(c);
        LOG.info("LMS database already holds an organisation tree; no demo data loaded");
      } else {
        DemoSummary s =
            HuaibeiDemo.load(c, new DemoSpec(DemoSpec.huaibei().seed(), cadres), hashing.hash(HuaibeiDemo.DEMO_PASSWORD));
        active = true;
        LOG.info(() -> "LMS demo data loaded: " + s);
        int courses = DemoCourses.load(c, media::put);
        LOG.info(() -> "LMS demo catalog loaded: " + courses + " courses; short course: " + DemoCourses.SHORT_COURSE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("demo data failed to load", e);
    }
    if (!active) {
      return;
    }
    StringBuilder sb = new StringBuilder("LMS demo accounts (password " + HuaibeiDemo.DEMO_PASSWORD + "):");
    HuaibeiDemo.ACCOUNTS.forEach(a -> sb.append("\n  ").append(a.username()).append("  ").append(a.role()).append("  ").append(a.scopeName()));
    LOG.info(sb::toString);
  }

  public boolean active() {
    return active;
  }

  private static boolean hasTree(Connection c) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM org_node") > 0;
  }

  private static boolean demoAccountsPresent(Connection c) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM person WHERE username IN ('admin', 'suixi', 'xiangshan', 'operator')") == 4;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
