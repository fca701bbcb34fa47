package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.courses.control.CourseCompleted;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.LessonProgress;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Completion: a lesson completes once (by verified time, decided by study tracking, or by a passed
 * quiz); a course completes when its last lesson does, and then {@link CourseCompleted} is fired
 * inside the same transaction so the ledger's entry commits with it or not at all.
 */
@Stateless
public class Progress {

  @PersistenceContext EntityManager em;
  @Inject Event<CourseCompleted> completed;

  /**
   * Idempotent: a lesson already complete keeps its first completion time and fires nothing again.
   *
   * @param at when, UTC; its China-time year picks the enrolment
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void lessonCompleted(long cadreId, long lessonId, LocalDateTime at) {
    Lesson lesson = Lookup.lesson(em, lessonId);
    LessonProgress p = em.find(LessonProgress.class, new LessonProgress.Key(cadreId, lessonId));
    if (p == null) {
      p = new LessonProgress(cadreId, lessonId, lesson.courseId());
      em.persist(p);
    } else {
      // study tracking writes this row with plain JDBC: read what is stored, not a cached copy
      em.refresh(p);
    }
    if (!p.complete(at)) {
      return;
    }
    em.flush();
    long total = em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.courseId = :c", Long.class)
        .setParameter("c", lesson.courseId()).getSingleResult();
    long done = em.createQuery("SELECT COUNT(p) FROM LessonProgress p, Lesson l WHERE p.cadreId = :k"
            + " AND p.lessonId = l.id AND l.courseId = :c AND p.completedAt IS NOT NULL", Long.class)
        .setParameter("k", cadreId).setParameter("c", lesson.courseId()).getSingleResult();
    if (done < total) {
      return;
    }
    int year = at.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).getYear();
    Enrolment e = Lookup.enrolment(em, cadreId, lesson.courseId(), year).orElse(null);
    if (e != null && e.complete(at)) {
      Course c = em.find(Course.class, lesson.courseId());
      completed.fire(new CourseCompleted(e.id(), cadreId, c.id(), e.year(), c.credits(), e.required(), at));
    }
  }
}
