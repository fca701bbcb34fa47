package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.control.PlayerLesson;
import cn.cadre.lms.courses.control.StudyTarget;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.courses.entity.LessonProgress;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.control.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the lesson player and study tracking ask of the catalog: the facts a counted second needs
 * ({@link #studyTarget}) and the lesson as the player shows it ({@link #lesson}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Catalog {

  @PersistenceContext EntityManager em;

  /**
   * The lesson a cadre studies and the enrolment its time counts toward. 404 when the lesson is
   * unknown, its course unpublished or not open to the caller; 409 when the caller is not a cadre
   * enrolled in the course this assessment year.
   */
  public StudyTarget studyTarget(Actor actor, long lessonId) {
    Lesson l = em.find(Lesson.class, lessonId);
    Course c = l == null ? null : em.find(Course.class, l.courseId());
    String cadrePath = Lookup.cadrePath(em, actor);
    if (c == null || !(CourseAccess.studies(cadrePath, c)
        || (c.status() == cn.cadre.lms.courses.entity.CourseStatus.PUBLISHED
            && CourseAccess.reads(actor, cadrePath, c)))) {
      throw LmsException.notFound("course");
    }
    if (cadrePath == null || !CourseAccess.studies(cadrePath, c)) {
      throw LmsException.conflict("course.notEnrolled");
    }
    int year = ChinaTime.today().getYear();
    Enrolment e = Lookup.enrolment(em, actor.cadreId(), c.id(), year)
        .orElseThrow(() -> LmsException.conflict("course.notEnrolled"));
    return new StudyTarget(actor.cadreId(), l.id(), c.id(), l.kind().name(), l.lengthSeconds(),
        c.attentionChecks(), e.id(), e.year(), e.required(), c.credits());
  }

  /** The lesson for the player: readable by the course's learners and its authors (a preview). */
  public PlayerLesson lesson(Actor actor, long lessonId) {
    Lesson l = Lookup.lesson(em, lessonId);
    Course c;
    try {
      c = Lookup.readable(em, actor, l.courseId());
    } catch (LmsException e) {
      throw LmsException.notFound("lesson");
    }
    List<Lesson> all = Lookup.lessons(em, c.id());
    int at = all.indexOf(l);
    Long previous = at > 0 ? all.get(at - 1).id() : null;
    Long next = at >= 0 && at < all.size() - 1 ? all.get(at + 1).id() : null;
    List<PlayerLesson.Question> questions = l.kind() != LessonKind.QUIZ ? List.of()
        : Lessons.questionsOf(em, l.id()).stream()
            .map(q -> new PlayerLesson.Question(q.id(), q.kind().name(), q.prompt(), q.options())).toList();
    int used = 0;
    boolean completed = false;
    if (actor.cadreId() != null) {
      used = Quizzes.attemptsUsed(em, actor.cadreId(), l.id());
      LessonProgress p = em.find(LessonProgress.class, new LessonProgress.Key(actor.cadreId(), l.id()));
      completed = p != null && p.completedAt() != null;
    }
    String mediaType = null;
    String mediaUrl = l.mediaUrl();
    if (l.mediaId() != null) {
      MediaFile m = em.find(MediaFile.class, l.mediaId());
      mediaUrl = "/api/media/" + l.mediaId();
      mediaType = m == null ? null : m.contentType();
    }
    return new PlayerLesson(l.id(), l.title(), l.kind().name(), c.id(), c.title(), l.lengthSeconds(), l.body(),
        mediaUrl, mediaType, questions, l.passPercent(), used, l.maxAttempts() == null ? 0 : l.maxAttempts(),
        completed, previous, next);
  }
}
