package cn.cadre.lms.credits.control;

import java.math.BigDecimal;

/**
 * A cadre's year at a glance: credits held, the requirement for the cadre's rank, and what is
 * still missing of it (never below zero).
 */
public record CreditProgress(int year, BigDecimal required, BigDecimal elective, BigDecimal requirement,
    BigDecimal shortfall) {

  public static CreditProgress of(int year, Balance b, BigDecimal requirement) {
    return new CreditProgress(year, b.required(), b.elective(), requirement,
        requirement.subtract(b.required()).max(BigDecimal.ZERO).setScale(2));
  }

  /** Required credits as a share of the requirement, 0-100, for a progress bar. */
  public int percent() {
    if (requirement.signum() <= 0) {
      return 100;
    }
    return required.multiply(BigDecimal.valueOf(100)).divide(requirement, 0, java.math.RoundingMode.DOWN)
        .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
  }
}
