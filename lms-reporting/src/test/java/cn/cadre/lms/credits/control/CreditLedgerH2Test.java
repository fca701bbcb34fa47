package cn.cadre.lms.credits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.demo.HuaibeiDemo;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The ledger's SQL on embedded H2, the platform's default database: the migration, the demo
 * history, an append under the lock, the review statement and verification all run there as on
 * MariaDB (where {@link CreditLedgerIT} tests them in depth).
 */
class CreditLedgerH2Test {

  @Test
  void theLedgerWorksOnH2() throws Exception {
    String url = "jdbc:h2:mem:credits;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      HuaibeiDemo.load(c, new DemoSpec(DemoSpec.huaibei().seed(), DemoSpec.MIN_CADRES), "not-a-real-hash");
      CreditRules rules = RuleBook.forYear(c, 2026).orElseThrow();
      assertTrue(DemoCredits.load(c, rules, LocalDate.of(2026, 11, 29), 3) > 5000);
      Scope city = Scope.of(List.of("/340600/"));
      assertTrue(LedgerVerification.verify(c, city, 2026).ok());

      long cadre;
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(id) FROM cadre WHERE status = 'SERVING'")) {
        rs.next();
        cadre = rs.getLong(1);
      }
      Balance before = CreditLedger.balance(c, cadre, 2026, false).orElseThrow();
      var ev = new StudyTimeVerified("h2-session", cadre, 5, 1, 45 * 60, LocalDate.of(2026, 11, 29), 2026,
          new BigDecimal("3"), true, LocalDateTime.of(2026, 11, 29, 3, 0));
      CreditEntry e = CreditEarning.study(c, ev, rules).orElseThrow();
      assertEquals(before.lastSeq() + 1, e.seq());
      assertEquals(before.lastHash(), e.prevHash());
      assertTrue(CreditEarning.study(c, ev, rules).isEmpty());
      Corrections.reverse(c, cadre, 2026, e.seq(), "h2", 1, LocalDateTime.of(2026, 11, 29, 4, 0));
      Corrections.adjust(c, cadre, 2026, CreditKind.ELECTIVE, new BigDecimal("1.25"), "h2", 1, LocalDateTime.now());
      assertEquals(before.elective().add(new BigDecimal("1.25")), CreditLedger.balance(c, cadre, 2026, false).orElseThrow().elective());
      assertTrue(LedgerVerification.verify(c, city, 2026).ok());

      var page = ReviewList.page(c, city, rules, new ReviewQuery(2026, null, null, null, true, 1, 20));
      assertEquals(20, page.items().size());
      assertTrue(page.total() > 500);
      assertTrue(page.items().get(0).shortfall().compareTo(page.items().get(19).shortfall()) >= 0);

      try (var st = c.createStatement()) {
        st.executeUpdate("UPDATE credit_entry SET reason_args = 'forged' WHERE cadre_id = " + cadre + " AND seq = 1");
      }
      VerificationReport broken = LedgerVerification.verify(c, city, 2026);
      assertFalse(broken.ok());
      assertEquals(List.of(new ChainBreak.Problem[] {ChainBreak.Problem.HASH_MISMATCH}).get(0), broken.breaks().get(0).problem());
    }
  }
}
