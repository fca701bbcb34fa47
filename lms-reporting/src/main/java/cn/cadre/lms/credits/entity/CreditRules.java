package cn.cadre.lms.credits.entity;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.directory.entity.Rank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One assessment year's credit rules and the arithmetic they imply.
 *
 * @param minutesPerCredit minutes of verified study that earn one credit (2026: 45)
 * @param dailyCap the most credits study time may earn on one day
 * @param electiveCap the most elective credits a year may hold; null for no cap
 * @param required the required credits a cadre of each rank owes for the year
 */
public record CreditRules(
    int year, int minutesPerCredit, BigDecimal dailyCap, BigDecimal electiveCap, Map<Rank, BigDecimal> required) {

  static final BigDecimal MAX_CREDITS = new BigDecimal("1000");

  public CreditRules {
    // an EnumMap, not Map.copyOf: a missing figure stays null for problems() to name
    Map<Rank, BigDecimal> copy = new EnumMap<>(Rank.class);
    copy.putAll(required);
    required = java.util.Collections.unmodifiableMap(copy);
  }

  /** What is wrong with these rules, named by the API's fields; empty when they may be stored. */
  public List<FieldProblem> problems() {
    List<FieldProblem> p = new ArrayList<>();
    if (year < 2000 || year > 2100) {
      p.add(new FieldProblem("year", "field.invalid"));
    }
    if (minutesPerCredit < 1 || minutesPerCredit > 600) {
      p.add(new FieldProblem("minutesPerCredit", "credits.rules.minutesRange", 1, 600));
    }
    positive(p, "dailyCap", dailyCap, false);
    positive(p, "electiveCap", electiveCap, true);
    positive(p, "requiredCounty", required.get(Rank.COUNTY), false);
    positive(p, "requiredSection", required.get(Rank.SECTION), false);
    positive(p, "requiredBelowSection", required.get(Rank.BELOW_SECTION), false);
    return p;
  }

  private static void positive(List<FieldProblem> p, String field, BigDecimal v, boolean optional) {
    if (v == null) {
      if (!optional) {
        p.add(new FieldProblem(field, "field.required"));
      }
    } else if (v.signum() <= 0 || v.compareTo(MAX_CREDITS) > 0 || v.stripTrailingZeros().scale() > 2) {
      p.add(new FieldProblem(field, "credits.rules.creditsRange", MAX_CREDITS));
    }
  }

  /** The same rules for another year: a year without its own row follows the latest earlier one. */
  public CreditRules forYear(int other) {
    return new CreditRules(other, minutesPerCredit, dailyCap, electiveCap, required);
  }

  public BigDecimal requirement(Rank rank) {
    BigDecimal r = required.get(rank);
    return (r == null ? BigDecimal.ZERO : r).setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Credits earned by {@code seconds} of verified study, rounded down to a hundredth. */
  public BigDecimal creditsFor(int seconds) {
    if (seconds <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(minutesPerCredit * 60L), 2, RoundingMode.DOWN);
  }

  /**
   * What a study session earns: its time's credits, cut by what the course may still earn this year
   * (its credit value less what it earned), by what the day may still earn (the daily cap less what
   * the day earned) and, for an elective course, by the elective room left. The first cap that cut
   * it is named, for the entry's reason.
   */
  public Award studyAward(int seconds, BigDecimal courseCredits, BigDecimal courseEarned, BigDecimal dayEarned,
      CreditKind kind, BigDecimal electiveTotal) {
    return new Award(creditsFor(seconds), null)
        .capTo(courseCredits.subtract(courseEarned), Award.Cap.COURSE)
        .capTo(dailyCap.subtract(dayEarned), Award.Cap.DAY)
        .capTo(kind == CreditKind.ELECTIVE ? electiveLeft(electiveTotal) : null, Award.Cap.ELECTIVE);
  }

  /**
   * What group study at a village station earns: like study time, the minutes' credits cut by the
   * course's remaining value (none for a broadcast: {@code courseCredits} null), the day's cap and
   * the elective room.
   */
  public Award stationAward(int seconds, BigDecimal courseCredits, BigDecimal courseEarned, BigDecimal dayEarned,
      CreditKind kind, BigDecimal electiveTotal) {
    return new Award(creditsFor(seconds), null)
        .capTo(courseCredits == null ? null : courseCredits.subtract(courseEarned), Award.Cap.COURSE)
        .capTo(dailyCap.subtract(dayEarned), Award.Cap.DAY)
        .capTo(kind == CreditKind.ELECTIVE ? electiveLeft(electiveTotal) : null, Award.Cap.ELECTIVE);
  }

  /** What completing a course adds: the rest of its credit value, within the elective room. */
  public Award completionAward(BigDecimal courseCredits, BigDecimal courseEarned, CreditKind kind,
      BigDecimal electiveTotal) {
    return new Award(courseCredits.subtract(courseEarned).max(BigDecimal.ZERO), null)
        .capTo(kind == CreditKind.ELECTIVE ? electiveLeft(electiveTotal) : null, Award.Cap.ELECTIVE);
  }

  /** The elective room left for a year holding {@code electiveTotal}; null when there is no cap. */
  public BigDecimal electiveLeft(BigDecimal electiveTotal) {
    return electiveCap == null ? null : electiveCap.subtract(electiveTotal).max(BigDecimal.ZERO);
  }

  /** The required credits of each rank in the order of {@link Rank}. */
  public static Map<Rank, BigDecimal> requirements(BigDecimal county, BigDecimal section, BigDecimal below) {
    Map<Rank, BigDecimal> m = new EnumMap<>(Rank.class);
    m.put(Rank.COUNTY, county);
    m.put(Rank.SECTION, section);
    m.put(Rank.BELOW_SECTION, below);
    return m;
  }
}
