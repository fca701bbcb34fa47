package cn.cadre.lms.tracking.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A study session closed with verified seconds: fired inside the transaction that stores the
 * session's last decisions, so the credit ledger appends its entry in the same commit or not at all.
 *
 * @param sessionId the session, named as the ledger entry's source
 * @param countedSeconds the seconds the server counted in this session (more than zero)
 * @param day the China-time day the session's time is booked on (for the daily cap)
 * @param year the assessment year the time counts toward
 * @param courseCredits the course's credit value, the cap on what its time can earn
 * @param required whether the course is required for this cadre this year
 * @param closedAt when the session closed, UTC
 */
public record StudyTimeVerified(
    String sessionId, long cadreId, long courseId, long lessonId, int countedSeconds, LocalDate day,
    int year, BigDecimal courseCredits, boolean required, LocalDateTime closedAt) {}
