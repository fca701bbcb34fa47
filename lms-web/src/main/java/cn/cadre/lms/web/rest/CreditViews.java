package cn.cadre.lms.web.rest;

import cn.cadre.lms.credits.entity.CreditEntry;
import cn.cadre.lms.web.CreditTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The credit API's response shapes. */
public final class CreditViews {

  private CreditViews() {}

  /** A ledger entry with its reason in the caller's language, and the key and arguments it came from. */
  public record EntryView(int year, int seq, String kind, BigDecimal amount, String sourceType, String sourceRef,
      Long courseId, LocalDate studyDay, String reason, String reasonKey, List<String> reasonArgs,
      LocalDateTime createdAt, Long createdBy, String hash) {
    public static EntryView of(CreditEntry e, Locale locale) {
      return new EntryView(e.year(), e.seq(), e.kind().name(), e.amount(), e.sourceType().name(), e.sourceRef(),
          e.courseId(), e.studyDay(), CreditTexts.reason(locale, e), e.reasonKey(), e.reasonArgs(), e.createdAt(),
          e.createdBy(), e.hash());
    }
  }
}
