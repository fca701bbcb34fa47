package cn.cadre.lms.credits.control;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.SourceType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrator's corrections: a reversal (a negating entry naming the reversed one) or a
 * manual grant. Both carry the administrator's reason; neither touches an existing row.
 */
public final class Corrections {

  public static final BigDecimal MAX_ADJUSTMENT = new BigDecimal("100");
  public static final int MAX_REASON = 200;

  private Corrections() {}

  /** Reverses entry {@code seq}: 404 when there is none, 409 when it is a reversal or reversed already. */
  public static CreditEntry reverse(Connection c, long cadreId, int year, int seq, String reason, long by,
      LocalDateTime now) throws SQLException {
    String text = reasonText(reason);
    CreditLedger.lock(c, cadreId, year);
    CreditEntry target = CreditLedger.entry(c, cadreId, year, seq).orElseThrow(() -> LmsException.notFound("creditEntry"));
    if (target.sourceType() == SourceType.CORRECTION) {
      throw LmsException.conflict("credits.reversalNotReversible");
    }
    if (CreditLedger.credited(c, cadreId, year, SourceType.CORRECTION, Integer.toString(seq))) {
      throw LmsException.conflict("credits.alreadyReversed", seq);
    }
    return CreditLedger.append(c, new EntryDraft(cadreId, year, target.kind(), target.amount().negate(),
        SourceType.CORRECTION, Integer.toString(seq), target.courseId(), null, "credits.reason.reversal",
        List.of(Integer.toString(seq), text), now, by));
  }

  /** Grants {@code amount} credits of {@code kind} by hand (0.01 to 100, two decimals). */
  public static CreditEntry adjust(Connection c, long cadreId, int year, CreditKind kind, BigDecimal amount,
      String reason, long by, LocalDateTime now) throws SQLException {
    List<FieldProblem> p = new ArrayList<>();
    if (amount.signum() <= 0 || amount.compareTo(MAX_ADJUSTMENT) > 0 || amount.stripTrailingZeros().scale() > 2) {
      p.add(new FieldProblem("amount", "credits.adjustmentRange", MAX_ADJUSTMENT));
    }
    if (!p.isEmpty()) {
      throw LmsException.invalid(p);
    }
    String text = reasonText(reason);
    return CreditLedger.append(c, new EntryDraft(cadreId, year, kind, amount, SourceType.ADJUSTMENT, null, null, null,
        "credits.reason.adjustment", List.of(text), now, by));
  }

  /** The reason as stored: trimmed, control characters removed; required, at most MAX_REASON. */
  static String reasonText(String reason) {
    String text = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
    if (text.isEmpty()) {
      throw LmsException.invalid("reason", "field.required");
    }
    if (text.length() > MAX_REASON) {
      throw LmsException.invalid("reason", "field.tooLong", MAX_REASON);
    }
    return text;
  }
}
