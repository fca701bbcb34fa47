package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.control.ChainBreak.Problem;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.directory.control.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies every chain of a year within a scope: the entries are read once, in cadre and seq
 * order, and each cadre's run is handed to {@link HashChain} with its balance row. A balance row
 * whose entries are all gone is a break too.
 */
public final class LedgerVerification {

  private LedgerVerification() {}

  public static VerificationReport verify(Connection c, Scope scope, int year) throws SQLException {
    Map<Long, Balance> balances = balances(c, scope, year);
    ScopeSql in = ScopeSql.of(scope, "c.path");
    List<ChainBreak> found = new ArrayList<>();
    long[] counts = new long[3]; // chains, entries, breaks
    try (PreparedStatement ps = c.prepareStatement("SELECT " + prefixed() + " FROM credit_entry e JOIN cadre c"
        + " ON c.id = e.cadre_id WHERE e.assessment_year = ? AND " + in.sql() + " ORDER BY e.cadre_id, e.seq")) {
      ps.setInt(1, year);
      in.bind(ps, 2);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        List<CreditEntry> run = new ArrayList<>();
        while (rs.next()) {
          CreditEntry e = CreditLedger.row(rs);
          if (!run.isEmpty() && run.get(0).cadreId() != e.cadreId()) {
            check(run, balances, year, found, counts);
          }
          run.add(e);
        }
        check(run, balances, year, found, counts);
      }
    }
    for (Balance orphan : balances.values()) {
      if (orphan.lastSeq() > 0) {
        counts[0]++;
        note(found, counts, new ChainBreak(orphan.cadreId(), year, orphan.lastSeq(), Problem.BALANCE_HEAD,
            "balance ends at seq " + orphan.lastSeq() + ", the chain has no entries"));
      }
    }
    return new VerificationReport(year, counts[0], counts[1], counts[2], List.copyOf(found));
  }

  private static void check(List<CreditEntry> run, Map<Long, Balance> balances, int year, List<ChainBreak> found,
      long[] counts) {
    if (run.isEmpty()) {
      return;
    }
    long cadre = run.get(0).cadreId();
    counts[0]++;
    counts[1] += run.size();
    HashChain.verify(cadre, year, run, balances.remove(cadre)).forEach(b -> note(found, counts, b));
    run.clear();
  }

  private static void note(List<ChainBreak> found, long[] counts, ChainBreak b) {
    counts[2]++;
    if (found.size() < VerificationReport.MAX_LISTED) {
      found.add(b);
    }
  }

  private static Map<Long, Balance> balances(Connection c, Scope scope, int year) throws SQLException {
    ScopeSql in = ScopeSql.of(scope, "c.path");
    Map<Long, Balance> map = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT b.cadre_id, b.required_total, b.elective_total, b.last_seq,"
        + " b.last_hash FROM credit_balance b JOIN cadre c ON c.id = b.cadre_id WHERE b.assessment_year = ? AND " + in.sql())) {
      ps.setInt(1, year);
      in.bind(ps, 2);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          map.put(rs.getLong(1), new Balance(rs.getLong(1), year, rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4),
              rs.getString(5)));
        }
      }
    }
    return map;
  }

  private static String prefixed() {
    return String.join(", ", java.util.Arrays.stream(CreditLedger.COLUMNS.split(","))
        .map(s -> "e." + s.strip()).toList());
  }
}
