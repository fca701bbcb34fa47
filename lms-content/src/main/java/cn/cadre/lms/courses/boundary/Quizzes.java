package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.QuizResult;
import cn.cadre.lms.courses.control.QuizScoring;
import cn.cadre.lms.courses.control.StudyTarget;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.courses.entity.QuizAttempt;
import cn.cadre.lms.courses.entity.QuizQuestion;
import cn.cadre.lms.directory.control.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Quiz attempts. Each is numbered; past the lesson's limit a submission is refused (409), and a
 * racing second submission of the same number fails on the unique key and is refused the same way,
 * never as a server error. A passing attempt completes the lesson.
 */
@Stateless
public class Quizzes {

  @PersistenceContext EntityManager em;
  @Inject Catalog catalog;
  @Inject Progress progress;

  public QuizResult submit(Actor actor, long lessonId, List<List<Integer>> answers) {
    StudyTarget target = catalog.studyTarget(actor, lessonId);
    Lesson l = em.find(Lesson.class, lessonId);
    if (l.kind() != LessonKind.QUIZ) {
      throw LmsException.conflict("lesson.notAQuiz");
    }
    // submissions of one cadre in one course take turns on the enrolment's row, and the attempts
    // are then read with a locking read, which sees what an earlier turn committed (a plain read in
    // MySQL's repeatable-read keeps this transaction's older snapshot); the unique key stays the
    // last guard
    em.find(Enrolment.class, target.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
    int used = lockedAttempts(target.cadreId(), lessonId);
    if (used >= l.maxAttempts()) {
      throw LmsException.conflict("quiz.noAttemptsLeft", l.maxAttempts());
    }
    List<QuizQuestion> questions = Lessons.questionsOf(em, lessonId);
    QuizScoring.Score score = QuizScoring.score(questions, answers, l.passPercent());
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    QuizAttempt attempt = new QuizAttempt(target.cadreId(), lessonId, used + 1, encode(answers), score.percent(),
        score.passed(), now);
    try {
      em.persist(attempt);
      em.flush();
    } catch (PersistenceException e) {
      throw LmsException.conflict("quiz.noAttemptsLeft", l.maxAttempts());
    }
    if (score.passed()) {
      progress.lessonCompleted(target.cadreId(), lessonId, now);
    }
    return new QuizResult(attempt.attemptNo(), score.percent(), score.passed(), l.maxAttempts() - used - 1,
        score.right());
  }

  @SuppressWarnings("unchecked")
  private int lockedAttempts(long cadreId, long lessonId) {
    List<Number> numbers = em.createNativeQuery(
            "SELECT attempt_no FROM quiz_attempt WHERE cadre_id = ?1 AND lesson_id = ?2 FOR UPDATE")
        .setParameter(1, cadreId).setParameter(2, lessonId).getResultList();
    return numbers.stream().mapToInt(Number::intValue).max().orElse(0);
  }

  static int attemptsUsed(EntityManager em, long cadreId, long lessonId) {
    Integer max = em.createQuery(
            "SELECT MAX(a.attemptNo) FROM QuizAttempt a WHERE a.cadreId = :k AND a.lessonId = :l", Integer.class)
        .setParameter("k", cadreId).setParameter("l", lessonId).getSingleResult();
    return max == null ? 0 : max;
  }

  /** "0|1,2|0": each question's chosen options, as the attempt's record. */
  private static String encode(List<List<Integer>> answers) {
    String s = answers.stream()
        .map(a -> a.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
        .collect(Collectors.joining("|"));
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
