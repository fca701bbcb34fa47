package cn.cadre.lms.credits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseCompleted;
import cn.cadre.lms.credits.control.ChainBreak.Problem;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.credits.entity.SourceType;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.testing.MariaDb;
import cn.cadre.lms.tracking.control.StudyTimeVerified;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger's SQL on real MariaDB: the migration applies, the demo history verifies, appends
 * chain and balance, the observers' rules and idempotence, corrections, the review list's filters
 * and order, and verification finding rows tampered with in the database.
 */
class CreditLedgerIT {

  static final String SUIXI = "/340600/340621/";
  static final int YEAR = 2026;
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 2, 0);

  static MariaDb db;
  static Connection c;
  static CreditRules rules;

  @BeforeAll
  static void migrateAndLoad() throws SQLException {
    db = MariaDb.withDemo("lms_q", new DemoSpec(DemoSpec.huaibei().seed(), DemoSpec.MIN_CADRES));
    c = db.connect();
    rules = RuleBook.forYear(c, YEAR).orElseThrow();
    DemoCredits.load(c, rules, LocalDate.of(2026, 11, 29), 7);
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

  static long cadreWithout(String where) throws SQLException {
    // a serving cadre of Suixi whose chain the test may use alone
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM cadre WHERE status = 'SERVING'"
        + " AND path LIKE '" + SUIXI + "%' AND " + where + " ORDER BY id")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long fresh() throws SQLException {
    // a cadre with an empty ledger: the demo history is removed for it (both tables, consistently)
    long id = cadreWithout("id NOT IN (SELECT cadre_id FROM credit_entry WHERE source_type <> 'STUDY_TIME')"
        + " AND id > " + lastFresh);
    lastFresh = id;
    exec("DELETE FROM credit_entry WHERE cadre_id = " + id);
    exec("DELETE FROM credit_balance WHERE cadre_id = " + id);
    return id;
  }

  static long lastFresh;

  static void exec(String sql) throws SQLException {
    try (var st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  static StudyTimeVerified session(String id, long cadre, long course, int seconds, String credits, boolean required) {
    return new StudyTimeVerified(id, cadre, course, 1, seconds, LocalDate.of(2026, 11, 20), YEAR,
        new BigDecimal(credits), required, NOW);
  }

  @Test
  void theRulesOf2026AreThereAndLaterYearsFollowThem() throws SQLException {
    assertEquals(45, rules.minutesPerCredit());
    assertEquals(new BigDecimal("60.00"), rules.requirement(Rank.COUNTY));
    assertEquals(2031, RuleBook.forYear(c, 2031).orElseThrow().year());
    assertEquals(new BigDecimal("50.00"), RuleBook.forYear(c, 2031).orElseThrow().requirement(Rank.SECTION));
    assertFalse(RuleBook.ownRow(c, 2031));
  }

  @Test
  void theDemoHistoryVerifiesAndLeavesMostCadresShort() throws SQLException {
    VerificationReport r = LedgerVerification.verify(c, Scope.of(List.of("/340600/")), YEAR);
    assertTrue(r.ok(), () -> r.breaks().toString());
    assertTrue(r.chains() > 1000, "chains " + r.chains());
    assertTrue(r.entries() > r.chains() * 5, "entries " + r.entries());
    var q = new ReviewQuery(YEAR, null, null, null, true, 0, 10);
    long shortOnes = ReviewList.page(c, Scope.of(List.of("/340600/")), rules, q).total();
    long all = ReviewList.page(c, Scope.of(List.of("/340600/")), rules, new ReviewQuery(YEAR, null, null, null, false, 0, 10)).total();
    assertTrue(shortOnes > all / 2 && shortOnes < all, shortOnes + " of " + all + " short");
  }

  @Test
  void studyTimeIsCreditedOnceAndCappedByCourseAndDay() throws SQLException {
    long cadre = fresh();
    CreditEntry first = CreditEarning.study(c, session("s-1", cadre, 11, 90 * 60, "3", true), rules).orElseThrow();
    assertEquals(new BigDecimal("2.00"), first.amount());
    assertEquals(1, first.seq());
    assertEquals("credits.reason.study", first.reasonKey());
    // the same session delivered again earns nothing
    assertTrue(CreditEarning.study(c, session("s-1", cadre, 11, 90 * 60, "3", true), rules).isEmpty());
    // the course may earn 1 more
    CreditEntry capped = CreditEarning.study(c, session("s-2", cadre, 11, 90 * 60, "3", true), rules).orElseThrow();
    assertEquals(new BigDecimal("1.00"), capped.amount());
    assertEquals("credits.reason.studyCapped", capped.reasonKey());
    assertEquals("credits.cap.course", capped.reasonArgs().get(2));
    assertTrue(CreditEarning.study(c, session("s-3", cadre, 11, 90 * 60, "3", true), rules).isEmpty(), "course full");
    // the day has earned 3 of its 8: another course may add 5 today
    CreditEntry day = CreditEarning.study(c, session("s-4", cadre, 12, 600 * 60, "20", false), rules).orElseThrow();
    assertEquals(new BigDecimal("5.00"), day.amount());
    assertEquals("credits.cap.day", day.reasonArgs().get(2));
    Balance b = CreditLedger.balance(c, cadre, YEAR, false).orElseThrow();
    assertEquals(new BigDecimal("3.00"), b.required());
    assertEquals(new BigDecimal("5.00"), b.elective());
    assertEquals(3, b.lastSeq());
    assertEquals(day.hash(), b.lastHash());
    assertEquals(first.hash(), CreditLedger.entries(c, cadre, YEAR).get(1).prevHash());
  }

  @Test
  void completionTopsUpOnceAndCorrectionsReverseOnce() throws SQLException {
    long cadre = fresh();
    CreditEarning.study(c, session("s-9", cadre, 21, 45 * 60, "4", true), rules).orElseThrow();
    var done = new CourseCompleted(77, cadre, 21, YEAR, new BigDecimal("4"), true, NOW);
    assertEquals(new BigDecimal("3.00"), CreditEarning.completion(c, done, rules).orElseThrow().amount());
    assertTrue(CreditEarning.completion(c, done, rules).isEmpty(), "the same enrolment is credited once");
    CreditEntry reversal = Corrections.reverse(c, cadre, YEAR, 2, "重复计入", 5, NOW);
    assertEquals(new BigDecimal("-3.00"), reversal.amount());
    assertEquals(SourceType.CORRECTION, reversal.sourceType());
    assertEquals(List.of("2", "重复计入"), reversal.reasonArgs());
    assertEquals(409, assertThrows(LmsException.class, () -> Corrections.reverse(c, cadre, YEAR, 2, "again", 5, NOW)).status());
    assertEquals(409, assertThrows(LmsException.class, () -> Corrections.reverse(c, cadre, YEAR, 3, "undo", 5, NOW)).status());
    assertEquals(404, assertThrows(LmsException.class, () -> Corrections.reverse(c, cadre, YEAR, 99, "x", 5, NOW)).status());
    assertEquals("reason", assertThrows(LmsException.class,
        () -> Corrections.reverse(c, cadre, YEAR, 1, "  ", 5, NOW)).fields().get(0).field());
    assertEquals("amount", assertThrows(LmsException.class, () -> Corrections.adjust(c, cadre, YEAR,
        CreditKind.REQUIRED, new BigDecimal("0.001"), "线下培训", 5, NOW)).fields().get(0).field());
    Corrections.adjust(c, cadre, YEAR, CreditKind.REQUIRED, new BigDecimal("6"), "线下培训认定", 5, NOW);
    assertEquals(new BigDecimal("7.00"), CreditLedger.balance(c, cadre, YEAR, false).orElseThrow().required());
    // after a reversal the course may earn again what was taken back
    assertEquals(new BigDecimal("3.00"), CreditLedger.courseEarned(c, cadre, YEAR, 21).negate().add(new BigDecimal("4")));
    assertTrue(HashChain.verify(cadre, YEAR, CreditLedger.entries(c, cadre, YEAR),
        CreditLedger.balance(c, cadre, YEAR, false).orElse(null)).isEmpty());
  }

  @Test
  void concurrentAppendsToOneChainNeverFork() throws Exception {
    long cadre = fresh();
    Corrections.adjust(c, cadre, YEAR, CreditKind.ELECTIVE, BigDecimal.ONE, "start", 5, NOW);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(pool.submit(() -> {
        try (Connection own = db.connect()) {
          own.setAutoCommit(false);
          for (int i = 0; i < 10; i++) {
            Corrections.adjust(own, cadre, YEAR, CreditKind.ELECTIVE, new BigDecimal("0.5"), "parallel", 5, NOW);
            own.commit();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    List<CreditEntry> chain = CreditLedger.entries(c, cadre, YEAR);
    assertEquals(41, chain.size());
    assertTrue(HashChain.verify(cadre, YEAR, chain, CreditLedger.balance(c, cadre, YEAR, false).orElseThrow()).isEmpty());
  }

  @Test
  void theReviewFiltersByScopeRankAndShortfallAndSortsByShortfall() throws SQLException {
    Scope suixi = Scope.of(List.of(SUIXI));
    var all = ReviewList.page(c, suixi, rules, new ReviewQuery(YEAR, null, null, null, false, 0, 200));
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT COUNT(*) FROM cadre WHERE status = 'SERVING' AND path LIKE '" + SUIXI + "%'")) {
      rs.next();
      assertEquals(rs.getLong(1), all.total());
    }
    for (int i = 1; i < all.items().size(); i++) {
      assertTrue(all.items().get(i - 1).shortfall().compareTo(all.items().get(i).shortfall()) >= 0, "sorted by shortfall");
    }
    var county = ReviewList.page(c, suixi, rules, new ReviewQuery(YEAR, null, null, Rank.COUNTY, true, 0, 200));
    assertFalse(county.items().isEmpty());
    county.items().forEach(r -> {
      assertEquals(Rank.COUNTY, r.rank());
      assertEquals(new BigDecimal("60.00"), r.requirement());
      assertTrue(r.required().compareTo(r.requirement()) < 0);
      assertEquals(r.requirement().subtract(r.required()), r.shortfall());
    });
    // the cached path (an order of ids, then the page's rows by id) gives the same page as the statement
    var q = new ReviewQuery(YEAR, null, null, Rank.COUNTY, true, 2, 9);
    ReviewOrder order = ReviewOrder.of(c, suixi, rules, q);
    assertEquals(county.total(), order.total());
    assertEquals(ReviewList.page(c, suixi, rules, q).items(), ReviewList.rows(c, order.page(2, 9), rules, YEAR));
    assertEquals(0, order.page(1000, 9).length);
    var page2 = ReviewList.page(c, suixi, rules, new ReviewQuery(YEAR, null, null, null, false, 1, 7));
    assertEquals(all.items().get(7).cadreId(), page2.items().get(0).cadreId());
    assertEquals(0, ReviewList.page(c, Scope.none(), rules, new ReviewQuery(YEAR, null, null, null, false, 0, 10)).total());
    // a year nobody studied: every cadre owes the whole requirement
    var next = ReviewList.page(c, suixi, rules.forYear(2027), new ReviewQuery(2027, null, null, null, true, 0, 10));
    assertEquals(all.total(), next.total());
  }

  @Test
  void verificationReportsRowsTamperedInTheDatabase() throws SQLException {
    long changed = fresh();
    long cut = fresh();
    for (long cadre : new long[] {changed, cut}) {
      for (int i = 0; i < 3; i++) {
        Corrections.adjust(c, cadre, YEAR, CreditKind.REQUIRED, new BigDecimal("2"), "线下", 5, NOW);
      }
    }
    Scope suixi = Scope.of(List.of(SUIXI));
    assertTrue(LedgerVerification.verify(c, suixi, YEAR).ok());
    exec("UPDATE credit_entry SET amount = 20 WHERE cadre_id = " + changed + " AND seq = 2");
    exec("DELETE FROM credit_entry WHERE cadre_id = " + cut + " AND seq = 2");
    VerificationReport r = LedgerVerification.verify(c, suixi, YEAR);
    assertFalse(r.ok());
    assertTrue(r.breaks().contains(new ChainBreak(changed, YEAR, 2, Problem.HASH_MISMATCH,
        r.breaks().stream().filter(b -> b.cadreId() == changed && b.problem() == Problem.HASH_MISMATCH)
            .findFirst().orElseThrow().detail())));
    assertTrue(r.breaks().stream().anyMatch(b -> b.cadreId() == cut && b.seq() == 3 && b.problem() == Problem.SEQ_GAP));
    assertTrue(r.breaks().stream().allMatch(b -> b.cadreId() == changed || b.cadreId() == cut), r.breaks()::toString);
    // repaired, for the other tests' whole-city verification
    exec("DELETE FROM credit_entry WHERE cadre_id IN (" + changed + ", " + cut + ")");
    exec("DELETE FROM credit_balance WHERE cadre_id IN (" + changed + ", " + cut + ")");
  }
}
