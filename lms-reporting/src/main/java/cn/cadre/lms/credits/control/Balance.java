package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import java.math.BigDecimal;

/** A cadre's year in totals, and the chain's head the next entry links to. */
public record Balance(long cadreId, int year, BigDecimal required, BigDecimal elective, int lastSeq, String lastHash) {

  public static Balance empty(long cadreId, int year) {
    return new Balance(cadreId, year, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, CreditEntry.GENESIS);
  }

  /** The balance once {@code e} is appended. */
  public Balance after(CreditEntry e) {
    boolean req = e.kind() == CreditKind.REQUIRED;
    return new Balance(cadreId, year, req ? required.add(e.amount()) : required,
        req ? elective : elective.add(e.amount()), e.seq(), e.hash());
  }
}
