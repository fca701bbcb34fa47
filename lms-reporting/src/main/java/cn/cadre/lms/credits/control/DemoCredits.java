package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.credits.entity.SourceType;
import cn.cadre.lms.directory.entity.Rank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A believable year of credits for the demo cadres, up to {@code asOf}: most are short of the
 * requirement (as in late November), about one in five is done. Every entry is sealed by {@link
 * CreditEntry#seal} exactly as the live ledger does, so the demo ledger verifies; rows go in as
 * JDBC batches in one transaction. The demo account {@code cadre} is always left short.
 */
public final class DemoCredits {

  static final String[] TITLES = {"习近平新时代中国特色社会主义思想专题", "党章党规党纪学习", "乡村振兴战略与实践",
      "数字政府建设", "安全生产责任制", "基层治理现代化", "生态文明建设", "依法行政与法治政府"};
  private static final int BATCH = 1000;

  private DemoCredits() {}

  /** Writes the histories; returns the number of entries written. */
  public static int load(Connection c, CreditRules rules, LocalDate asOf, long seed) throws SQLException {
    Random random = new Random(seed);
    long demoCadre = demoCadreId(c);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int written = write(c, rules, asOf, random, demoCadre);
      c.commit();
      return written;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static int write(Connection c, CreditRules rules, LocalDate asOf, Random random, long demoCadre)
      throws SQLException {
    int written = 0;
    try (PreparedStatement cadres = c.prepareStatement(
            "SELECT id, cadre_rank FROM cadre WHERE status = 'SERVING' ORDER BY id");
        PreparedStatement entries = c.prepareStatement(CreditLedger.INSERT_ENTRY);
        PreparedStatement balances = c.prepareStatement(CreditLedger.INSERT_BALANCE);
        ResultSet rs = cadres.executeQuery()) {
      int pending = 0;
      while (rs.next()) {
        long id = rs.getLong(1);
        BigDecimal need = rules.requirement(Rank.valueOf(rs.getString(2)));
        int n = batch(entries, balances, id, rules.year(), history(id, rules, need, id == demoCadre, asOf, random));
        written += n;
        pending += n;
        if (pending >= BATCH) {
          entries.executeBatch();
          balances.executeBatch();
          pending = 0;
        }
      }
      entries.executeBatch();
      balances.executeBatch();
    }
    return written;
  }

  /** Adds one cadre's chain and its balance row to the batches; returns the entries added. */
  private static int batch(PreparedStatement entries, PreparedStatement balances, long cadreId, int year,
      List<CreditEntry> chain) throws SQLException {
    Balance b = Balance.empty(cadreId, year);
    for (CreditEntry e : chain) {
      CreditLedger.bind(entries, e);
      entries.addBatch();
      b = b.after(e);
    }
    CreditLedger.bindBalance(balances, b);
    balances.addBatch();
    return chain.size();
  }

  /** One cadre's chain: required credits toward a target, a few electives, in date order. */
  static List<CreditEntry> history(long cadreId, CreditRules rules, BigDecimal need, boolean keepShort,
      LocalDate asOf, Random random) {
    boolean done = !keepShort && random.nextInt(5) == 0;
    double share = keepShort ? 0.55 : done ? 1.0 + random.nextDouble() * 0.15 : 0.2 + random.nextDouble() * 0.72;
    BigDecimal target = need.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN);
    List<BigDecimal> amounts = new ArrayList<>();
    List<CreditKind> kinds = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    while (sum.compareTo(target) < 0) {
      BigDecimal a = BigDecimal.valueOf(100 + random.nextInt(400), 2).min(target.subtract(sum)).max(new BigDecimal("0.10"));
      amounts.add(a);
      kinds.add(CreditKind.REQUIRED);
      sum = sum.add(a);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      amounts.add(BigDecimal.valueOf(100 + random.nextInt(300), 2));
      kinds.add(CreditKind.ELECTIVE);
    }
    List<LocalDateTime> times = times(amounts.size(), asOf, random);
    List<CreditEntry> chain = new ArrayList<>();
    String prev = CreditEntry.GENESIS;
    for (int i = 0; i < amounts.size(); i++) {
      int minutes = amounts.get(i).multiply(BigDecimal.valueOf(rules.minutesPerCredit())).intValue();
      String title = TITLES[random.nextInt(TITLES.length)];
      CreditEntry e = CreditEntry.seal(cadreId, rules.year(), i + 1, kinds.get(i), amounts.get(i), SourceType.STUDY_TIME,
          "demo-" + cadreId + "-" + (i + 1), null, times.get(i).toLocalDate(), "credits.reason.study",
          List.of(title, Integer.toString(minutes)), times.get(i), null, prev);
      chain.add(e);
      prev = e.hash();
    }
    return chain;
  }

  private static List<LocalDateTime> times(int n, LocalDate asOf, Random random) {
    LocalDate first = LocalDate.of(asOf.getYear(), 1, 6);
    int days = (int) Math.max(1, asOf.toEpochDay() - first.toEpochDay());
    List<LocalDateTime> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      t.add(first.plusDays(random.nextInt(days)).atTime(1 + random.nextInt(12), random.nextInt(60), random.nextInt(60)));
    }
    t.sort(null);
    return t;
  }

  private static long demoCadreId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT cadre_id FROM person WHERE username = 'cadre'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }
}
