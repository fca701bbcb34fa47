package cn.cadre.lms.courses.control;

import java.math.BigDecimal;

/**
 * What study tracking needs to know about a lesson a cadre opens: its length and kind, whether the
 * course asks for attention checks, and the enrolment the time counts toward.
 *
 * @param lengthSeconds the lesson's expected study time; the cap on what its first viewing counts
 * @param year the assessment year of the enrolment
 * @param required whether the course is required for this cadre that year
 * @param courseCredits the course's credit value
 */
public record StudyTarget(
    long cadreId, long lessonId, long courseId, String kind, int lengthSeconds, boolean attentionChecks,
    long enrolmentId, int year, boolean required, BigDecimal courseCredits) {}
