package cn.cadre.lms.credits.control;

import cn.cadre.lms.credits.entity.CreditKind;
import cn.cadre.lms.credits.entity.SourceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** An entry before the ledger gives it its seq and seals it into the chain. */
public record EntryDraft(
    long cadreId, int year, CreditKind kind, BigDecimal amount, SourceType sourceType, String sourceRef,
    Long courseId, LocalDate studyDay, String reasonKey, List<String> reasonArgs, LocalDateTime createdAt,
    Long createdBy) {}
