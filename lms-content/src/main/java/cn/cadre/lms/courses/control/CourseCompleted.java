package cn.cadre.lms.courses.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A cadre completed every lesson of a course: fired inside the completing transaction so the
 * ledger tops the course's credits up to its full value in the same commit.
 *
 * @param enrolmentId the enrolment, named as the ledger entry's source
 * @param year the assessment year the enrolment belongs to
 * @param courseCredits the course's credit value
 * @param required whether the course is required for this cadre this year
 * @param completedAt when, UTC
 */
public record CourseCompleted(
    long enrolmentId, long cadreId, long courseId, int year, BigDecimal courseCredits, boolean required,
    LocalDateTime completedAt) {}
