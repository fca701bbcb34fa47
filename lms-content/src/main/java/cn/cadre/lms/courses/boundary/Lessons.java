package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.LessonDraft;
import cn.cadre.lms.courses.control.QuestionDraft;
import cn.cadre.lms.courses.control.RichText;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.courses.entity.QuizQuestion;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An author's lesson editing: add, change, move and remove lessons and set a quiz's questions, all
 * only while the course is a draft, because learners' progress and credits name published lessons.
 */
@Stateless
public class Lessons {

  public static final int MAX_QUESTIONS = 50;

  @PersistenceContext EntityManager em;
  // lessons change only in drafts, which search does not show; the events keep the rule in one
  // place should that ever change (the index asks the source, which answers for drafts with nothing)
  @Inject Event<SearchableChanged> searchable;

  public Lesson add(Actor actor, long courseId, LessonDraft draft) {
    Course c = draftOf(actor, courseId);
    Integer last = em.createQuery("SELECT MAX(l.position) FROM Lesson l WHERE l.courseId = :c", Integer.class)
        .setParameter("c", c.id()).getSingleResult();
    Lesson l = new Lesson(c.id(), last == null ? 1 : last + 1);
    define(l, draft);
    em.persist(l);
    searchable.fire(SearchableChanged.of(SearchKind.LESSON, l.id()));
    return l;
  }

  public Lesson update(Actor actor, long lessonId, LessonDraft draft) {
    Lesson l = Lookup.lesson(em, lessonId);
    draftOf(actor, l.courseId());
    if (l.kind() == LessonKind.QUIZ && draft.kind() != LessonKind.QUIZ) {
      removeQuestions(l.id());
    }
    define(l, draft);
    searchable.fire(SearchableChanged.of(SearchKind.LESSON, l.id()));
    return l;
  }

  public void delete(Actor actor, long lessonId) {
    Lesson l = Lookup.lesson(em, lessonId);
    draftOf(actor, l.courseId());
    removeQuestions(l.id());
    em.remove(l);
    searchable.fire(SearchableChanged.of(SearchKind.LESSON, l.id()));
    em.flush();
    renumber(Lookup.lessons(em, l.courseId()));
  }

  /** Puts the course's lessons in the given order; the list must name each lesson once. */
  public List<Lesson> reorder(Actor actor, long courseId, List<Long> lessonIds) {
    draftOf(actor, courseId);
    List<Lesson> lessons = Lookup.lessons(em, courseId);
    if (lessonIds == null || lessonIds.size() != lessons.size()
        || !new HashSet<>(lessonIds).equals(new HashSet<>(lessons.stream().map(Lesson::id).toList()))) {
      throw LmsException.invalid("lessonIds", "field.sameLessons");
    }
    List<Lesson> ordered = lessonIds.stream()
        .map(id -> lessons.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow()).toList();
    renumber(ordered);
    return ordered;
  }

  /** Replaces a quiz's questions with these, in this order. */
  public List<QuizQuestion> setQuestions(Actor actor, long lessonId, List<QuestionDraft> drafts) {
    Lesson l = Lookup.lesson(em, lessonId);
    draftOf(actor, l.courseId());
    if (l.kind() != LessonKind.QUIZ) {
      throw LmsException.conflict("lesson.notAQuiz");
    }
    if (drafts == null || drafts.isEmpty()) {
      throw LmsException.invalid("questions", "field.required");
    }
    if (drafts.size() > MAX_QUESTIONS) {
      throw LmsException.invalid("questions", "field.tooLarge", MAX_QUESTIONS);
    }
    List<QuizQuestion> made = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      QuestionDraft d = drafts.get(i);
      if (d == null) {
        throw LmsException.invalid("questions[" + i + "]", "field.required");
      }
      made.add(new QuizQuestion(l.id(), i + 1, d.kind(), d.prompt(), d.options(), d.answer(),
          "questions[" + i + "]"));
    }
    removeQuestions(l.id());
    em.flush();
    made.forEach(em::persist);
    return made;
  }

  /** The questions with their answers, for the author. */
  public List<QuizQuestion> questions(Actor actor, long lessonId) {
    Lesson l = Lookup.lesson(em, lessonId);
    Lookup.authored(em, actor, l.courseId());
    return questionsOf(em, l.id());
  }

  static List<QuizQuestion> questionsOf(EntityManager em, long lessonId) {
    return em.createQuery("SELECT q FROM QuizQuestion q WHERE q.lessonId = :l ORDER BY q.position",
            QuizQuestion.class)
        .setParameter("l", lessonId).getResultList();
  }

  private void define(Lesson l, LessonDraft d) {
    if (d.mediaId() != null && !d.mediaId().isBlank()) {
      MediaFile m = em.find(MediaFile.class, d.mediaId().strip());
      boolean fits = m != null && (d.kind() == LessonKind.DOCUMENT ? m.contentType().equals("application/pdf")
          : m.contentType().startsWith("video/"));
      if (!fits) {
        throw LmsException.invalid("mediaId", "field.wrongMedia");
      }
    }
    l.define(d.title(), d.kind(), d.lengthSeconds(), d.mediaId() == null ? null : d.mediaId().strip(),
        d.mediaUrl(), RichText.sanitize(d.body()), d.passPercent(), d.maxAttempts());
  }

  private Course draftOf(Actor actor, long courseId) {
    Course c = Lookup.authored(em, actor, courseId);
    c.requireDraft();
    return c;
  }

  private void removeQuestions(long lessonId) {
    em.createQuery("DELETE FROM QuizQuestion q WHERE q.lessonId = :l").setParameter("l", lessonId).executeUpdate();
  }

  /** Two passes, so the unique (course, position) never sees two lessons on one place mid-way. */
  private void renumber(List<Lesson> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).moveTo(-(i + 1));
    }
    em.flush();
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).moveTo(i + 1);
    }
    em.flush();
  }
}
