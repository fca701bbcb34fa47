package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.credits.control.DemoCredits;
import cn.cadre.lms.credits.control.RuleBook;
import cn.cadre.lms.demo.boundary.DemoLoader;
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

/**
 * Gives the demo cadres a year of credits, once: only when the demo data is active and the ledger
 * is still empty, so a restart or a real installation never gets demo credits.
 */
@Singleton
@Startup
// the end of the start-up chain, by one name: Payara 6 misreads several @DependsOn names as a cycle
@DependsOn("PeopleIndexer")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCreditsLoader {

  private static final Logger LOG = Logger.getLogger(DemoCreditsLoader.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject DemoLoader demo;

  @PostConstruct
  void load() {
    if (!demo.active()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (ledgerUsed(c)) {
        return;
      }
      var today = ChinaTime.today();
      var rules = RuleBook.forYear(c, today.getYear());
      if (rules.isEmpty()) {
        return;
      }
      long t0 = System.nanoTime();
      int n = DemoCredits.load(c, rules.get(), today, 20261129L);
      LOG.info(() -> "LMS demo credits: " + n + " ledger entries in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("demo credits failed to load", e);
    }
  }

  private static boolean ledgerUsed(Connection c) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM credit_balance")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }
}
