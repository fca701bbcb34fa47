package cn.cadre.lms.credits.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Credits an event earns after the year's caps, and the first cap that cut them (null when none did).
 */
public record Award(BigDecimal amount, Cap cappedBy) {

  /** The caps of the year's rules; each has a message key naming it in an entry's reason. */
  public enum Cap {
    COURSE,
    DAY,
    ELECTIVE;

    public String key() {
      return "credits.cap." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Award {
    amount = amount.setScale(2, RoundingMode.DOWN);
  }

  /** This award cut to {@code limit} (no cut when null); a cut is remembered unless one came first. */
  Award capTo(BigDecimal limit, Cap cap) {
    if (limit == null || amount.compareTo(limit) <= 0) {
      return this;
    }
    BigDecimal cut = limit.max(BigDecimal.ZERO);
    return new Award(cut, cappedBy == null ? cap : cappedBy);
  }

  public boolean nothing() {
    return amount.signum() <= 0;
  }
}
