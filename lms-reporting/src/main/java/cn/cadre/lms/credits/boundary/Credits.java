package cn.cadre.lms.credits.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.control.Balance;
import cn.cadre.lms.credits.control.CadreFacts;
import cn.cadre.lms.credits.control.Corrections;
import cn.cadre.lms.credits.control.CreditLedger;
import cn.cadre.lms.credits.control.CreditProgress;
import cn.cadre.lms.credits.control.LedgerVerification;
import cn.cadre.lms.credits.control.RuleBook;
import cn.cadre.lms.credits.control.VerificationReport;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * A cadre's credits: progress and ledger (the cadre, and readers whose scope holds the cadre),
 * corrections (administrators whose manage scope holds the cadre), the year's rules (the center)
 * and the verification of the chains (center and sub-center administrators, within scope).
 */
@Stateless
public class Credits {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject ReviewCache reviews;

  /** A year's rules, and whether the year has its own row or follows an earlier year's. */
  public record YearRules(CreditRules rules, boolean ownRow) {}

  public CreditProgress progress(Actor actor, long cadreId, int year) {
    return sql(c -> {
      CadreFacts cadre = readable(c, actor, cadreId);
      Balance b = CreditLedger.balance(c, cadreId, year, false).orElse(Balance.empty(cadreId, year));
      return CreditProgress.of(year, b, rules(c, year).requirement(cadre.rank()));
    });
  }

  /** The cadre's ledger for the year, oldest first. */
  public List<CreditEntry> entries(Actor actor, long cadreId, int year) {
    return sql(c -> {
      readable(c, actor, cadreId);
      return CreditLedger.entries(c, cadreId, year);
    });
  }

  public CreditEntry reverse(Actor actor, long cadreId, int year, int seq, String reason) {
    return sql(c -> {
      managed(c, actor, cadreId);
      reviews.clear();
      return Corrections.reverse(c, cadreId, year, seq, reason, actor.personId(), now());
    });
  }

  public CreditEntry adjust(Actor actor, long cadreId, int year, CreditKind kind, BigDecimal amount, String reason) {
    return sql(c -> {
      managed(c, actor, cadreId);
      reviews.clear();
      return Corrections.adjust(c, cadreId, year, kind, amount, reason, actor.personId(), now());
    });
  }

  public YearRules rules(Actor actor, int year) {
    center(actor);
    return sql(c -> new YearRules(rules(c, year), RuleBook.ownRow(c, year)));
  }

  /** Stores the year's rules (422 with the fields at fault); later years without rows follow them. */
  public YearRules saveRules(Actor actor, CreditRules rules) {
    center(actor);
    var problems = rules.problems();
    if (!problems.isEmpty()) {
      throw LmsException.invalid(problems);
    }
    return sql(c -> {
      RuleBook.save(c, rules, actor.personId());
      return new YearRules(rules, true);
    });
  }

  /** Every chain of the year within the caller's manage scope, with every break found. */
  public VerificationReport verify(Actor actor, int year) {
    Scope scope = actor.manageScope();
    if (scope.isEmpty()) {
      throw LmsException.forbidden();
    }
    return sql(c -> LedgerVerification.verify(c, scope, year));
  }

  private static void center(Actor actor) {
    if (!actor.has(Role.CENTER_ADMIN)) {
      throw LmsException.forbidden();
    }
  }

  static CreditRules rules(Connection c, int year) throws SQLException {
    return RuleBook.forYear(c, year).orElseThrow(() -> LmsException.notFound("creditRules"));
  }

  /** The cadre when the caller is that cadre or reads the cadre's unit; else 404, like an unknown id. */
  static CadreFacts readable(Connection c, Actor actor, long cadreId) throws SQLException {
    return CadreFacts.find(c, cadreId)
        .filter(f -> Long.valueOf(cadreId).equals(actor.cadreId()) || actor.readScope().covers(f.path()))
        .orElseThrow(() -> LmsException.notFound("cadre"));
  }

  private static CadreFacts managed(Connection c, Actor actor, long cadreId) throws SQLException {
    return CadreFacts.find(c, cadreId)
        .filter(f -> actor.manageScope().covers(f.path()))
        .orElseThrow(() -> LmsException.notFound("cadre"));
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /** Work on the transaction's connection; a database failure is unexpected (a 500 with an incident id). */
  <T> T sql(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("credit ledger: " + e.getMessage(), e);
    }
  }

  /** A unit of JDBC work. */
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
