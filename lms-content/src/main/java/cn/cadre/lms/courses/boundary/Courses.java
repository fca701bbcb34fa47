package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.courses.control.CourseDetail;
import cn.cadre.lms.courses.control.CourseDraft;
import cn.cadre.lms.courses.control.RichText;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.LessonKind;
import cn.cadre.lms.courses.entity.LessonProgress;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog as authors and learners see it: list with filters, a course's page, and the author's
 * create, edit, publish and withdraw. Every read passes {@link CourseAccess}.
 */
@Stateless
public class Courses {

  @PersistenceContext EntityManager em;
  @Inject Event<SearchableChanged> searchable;

  /** Courses the caller may see, filtered by category, a title or teacher fragment and status. */
  public List<CourseCard> list(Actor actor, String category, String q, CourseStatus status) {
    Cadre cadre = Lookup.cadreOf(em, actor);
    String cadrePath = cadre == null ? null : cadre.path();
    int year = ChinaTime.today().getYear();
    Map<Long, LocalDate> required = Reach.required(em, cadre, year);
    Set<Long> enrolled = cadre == null ? Set.of() : Set.copyOf(em.createQuery(
            "SELECT e.courseId FROM Enrolment e WHERE e.cadreId = :k AND e.year = :y", Long.class)
        .setParameter("k", cadre.id()).setParameter("y", year).getResultList());
    Map<Long, Integer> lessonCounts = lessonCounts();
    String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    return em.createQuery("SELECT c FROM Course c ORDER BY c.status, c.publishedAt DESC, c.id DESC", Course.class)
        .getResultList().stream()
        .filter(c -> status == null || c.status() == status)
        .filter(c -> category == null || category.isBlank() || c.category().equals(category.strip()))
        .filter(c -> needle == null || c.title().toLowerCase(Locale.ROOT).contains(needle)
            || c.teacher().toLowerCase(Locale.ROOT).contains(needle))
        .filter(c -> CourseAccess.reads(actor, cadrePath, c))
        .map(c -> CourseCard.of(c, lessonCounts.getOrDefault(c.id(), 0), required.containsKey(c.id()),
            enrolled.contains(c.id()), CourseAccess.authors(actor, c)))
        .toList();
  }

  /** The categories of the courses the caller may see, for the catalog's filter. */
  public List<String> categories(Actor actor) {
    return list(actor, null, null, null).stream().map(CourseCard::category).distinct().sorted().toList();
  }

  public CourseDetail detail(Actor actor, long id) {
    Course c = Lookup.readable(em, actor, id);
    Cadre cadre = Lookup.cadreOf(em, actor);
    int year = ChinaTime.today().getYear();
    Map<Long, LessonProgress> progress = new HashMap<>();
    CourseDetail.MyEnrolment mine = null;
    boolean required = false;
    if (cadre != null) {
      em.createQuery("SELECT p FROM LessonProgress p WHERE p.cadreId = :k AND p.courseId = :c", LessonProgress.class)
          .setParameter("k", cadre.id()).setParameter("c", id).getResultList()
          .forEach(p -> progress.put(p.lessonId(), p));
      Enrolment e = Lookup.enrolment(em, cadre.id(), id, year).orElse(null);
      if (e != null) {
        mine = new CourseDetail.MyEnrolment(e.id(), e.year(), e.required(), e.dueOn(), e.completedAt());
      }
      required = e != null ? e.required() : Reach.required(em, cadre, year).containsKey(id);
    }
    List<CourseDetail.LessonRow> rows = Lookup.lessons(em, id).stream().map(l -> {
      LessonProgress p = progress.get(l.id());
      return new CourseDetail.LessonRow(l.id(), l.position(), l.title(), l.kind().name(), l.lengthSeconds(),
          p == null ? 0 : p.countedSeconds(), p != null && p.completedAt() != null);
    }).toList();
    CourseCard card = CourseCard.of(c, rows.size(), required, mine != null, CourseAccess.authors(actor, c));
    return new CourseDetail(card, c.summary(), c.attentionChecks(), c.version(), rows, mine);
  }

  public Course create(Actor actor, CourseDraft draft) {
    Scope authoring = CourseAccess.authorScope(actor);
    if (authoring.isEmpty()) {
      throw LmsException.forbidden();
    }
    String owner = draft.ownerPath() == null || draft.ownerPath().isBlank()
        ? authoring.prefixes().get(0) : draft.ownerPath().strip();
    if (!cn.cadre.lms.directory.entity.OrgPath.isValid(owner) || !authoring.covers(owner)) {
      throw LmsException.invalid("ownerPath", "field.outsideScope");
    }
    Course c = new Course(owner, actor.personId(), now());
    describe(c, draft);
    em.persist(c);
    searchable.fire(SearchableChanged.of(SearchKind.COURSE, c.id()));
    return c;
  }

  public Course update(Actor actor, long id, CourseDraft draft, Long version) {
    Course c = Lookup.authored(em, actor, id);
    if (version != null && version != c.version()) {
      throw LmsException.conflict("problem.staleVersion");
    }
    if (c.status() == CourseStatus.WITHDRAWN) {
      throw LmsException.conflict("course.notPublished");
    }
    describe(c, draft);
    searchable.fire(SearchableChanged.of(SearchKind.COURSE, c.id()));
    return c;
  }

  private void describe(Course c, CourseDraft d) {
    c.describe(d.title(), d.teacher(), d.category(), RichText.sanitize(d.summary()), d.credits(),
        d.attentionChecks());
    if (d.coverId() != null && !d.coverId().isBlank()) {
      MediaFile cover = em.find(MediaFile.class, d.coverId());
      if (cover == null || !cover.contentType().startsWith("image/")) {
        throw LmsException.invalid("coverId", "field.invalid");
      }
      c.cover(cover.id());
    } else {
      c.cover(null);
    }
  }

  /** Publishes a course whose every lesson has its content: a quiz its questions, media their file. */
  public Course publish(Actor actor, long id) {
    Course c = Lookup.authored(em, actor, id);
    List<Lesson> lessons = Lookup.lessons(em, id);
    if (lessons.isEmpty()) {
      throw LmsException.conflict("course.noLessons");
    }
    Map<Long, Long> questions = em.createQuery(
            "SELECT q.lessonId, COUNT(q) FROM QuizQuestion q WHERE q.lessonId IN :ls GROUP BY q.lessonId",
            Object[].class)
        .setParameter("ls", lessons.stream().map(Lesson::id).toList())
        .getResultList().stream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    for (Lesson l : lessons) {
      if (l.kind() == LessonKind.QUIZ && questions.getOrDefault(l.id(), 0L) == 0) {
        throw LmsException.conflict("course.quizWithoutQuestions", l.title());
      }
    }
    c.publish(now());
    findable(c, lessons);
    return c;
  }

  public Course withdraw(Actor actor, long id) {
    Course c = Lookup.authored(em, actor, id);
    c.withdraw();
    findable(c, Lookup.lessons(em, id));
    return c;
  }

  /** Publishing and withdrawing change what search finds: the course and each of its lessons. */
  private void findable(Course c, List<Lesson> lessons) {
    searchable.fire(SearchableChanged.of(SearchKind.COURSE, c.id()));
    if (!lessons.isEmpty()) {
      searchable.fire(new SearchableChanged(SearchKind.LESSON, lessons.stream().map(Lesson::id).toList()));
    }
  }

  private Map<Long, Integer> lessonCounts() {
    return em.createQuery("SELECT l.courseId, COUNT(l) FROM Lesson l GROUP BY l.courseId", Object[].class)
        .getResultList().stream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).intValue()));
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
